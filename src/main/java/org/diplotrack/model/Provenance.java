package org.diplotrack.model;

/**
 * How a contact arrived in the record: typed in, imported from a native file, or taken from an
 * event dataset (with the dataset's name, file, original event id and raw CAMEO code).
 */
public record Provenance(Origin origin, String dataset, String file, String eventId, String cameoCode) {

    public enum Origin {
        MANUAL, NATIVE_IMPORT, DATASET_IMPORT;

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

    public String label() {
        return switch (origin) {
            case MANUAL -> "entered by hand";
            case NATIVE_IMPORT -> "imported from " + (file == null ? "a DiploTrack file" : file);
            case DATASET_IMPORT -> dataset + (eventId == null ? "" : " event " + eventId)
                    + (cameoCode == null ? "" : ", CAMEO " + cameoCode)
                    + (file == null ? "" : ", from " + file);
        };
    }
}
