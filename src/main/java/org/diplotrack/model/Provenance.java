package org.diplotrack.model;

import org.diplotrack.model.l10n.Localization;

/**
 * How a contact arrived in the record: typed in, imported from a native file, or taken from an
 * event dataset (with the dataset's name, file, original event id and raw CAMEO code).
 */
public record Provenance(Origin origin, String dataset, String file, String eventId, String cameoCode) {

    public enum Origin {
        MANUAL, NATIVE_IMPORT, DATASET_IMPORT,
        /** Drafted from the text of an article (issue 15); {@code file} names the text when known. */
        TEXT;

        public String code() {
            return Codes.of(this);
        }

        public static Origin fromCode(String code) {
            return Codes.parse(Origin.class, values(), code);
        }
    }

    public static final Provenance MANUAL = new Provenance(Origin.MANUAL, null, null, null, null);

    public Provenance {
        if (origin == null) {
            throw new IllegalArgumentException("provenance origin is required");
        }
        dataset = Text.blankToNull(dataset);
        file = Text.blankToNull(file);
        eventId = Text.blankToNull(eventId);
        cameoCode = Text.blankToNull(cameoCode);
    }

    public static Provenance nativeImport(String file) {
        return new Provenance(Origin.NATIVE_IMPORT, null, file, null, null);
    }

    /** "imported from seed/canada-russia-2022.json", "ICEWS event 123, CAMEO 042, from …", in the language in use. */
    public String label() {
        return switch (origin) {
            case MANUAL -> Localization.text("provenance.manual");
            case NATIVE_IMPORT -> file == null ? Localization.text("provenance.nativeFile")
                    : Localization.text("provenance.native", file);
            case DATASET_IMPORT -> datasetLabel();
            case TEXT -> file == null ? Localization.text("provenance.text") : Localization.text("provenance.textFile", file);
        };
    }

    private String datasetLabel() {
        String label = Text.nullToEmpty(dataset);
        label = eventId == null ? label : Localization.text("provenance.event", label, eventId);
        label = cameoCode == null ? label : Localization.text("provenance.cameo", label, cameoCode);
        return file == null ? label : Localization.text("provenance.file", label, file);
    }
}
