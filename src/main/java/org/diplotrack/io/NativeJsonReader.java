package org.diplotrack.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Report;
import org.diplotrack.model.Setting;
import org.diplotrack.model.Side;
import org.diplotrack.model.Source;
import org.diplotrack.model.Status;
import org.diplotrack.model.l10n.Localization;

/**
 * Reads the native JSON format (see the README). Contacts are read one at a time from a
 * stream, so an error names the line where the faulty contact starts and the field at fault.
 */
public final class NativeJsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * @param fileName how the input is named in error messages
     * @throws ImportException naming file, line and field on any bad input
     */
    public List<Contact> read(InputStream in, String fileName) {
        try (JsonParser p = MAPPER.createParser(in)) {
            return readDocument(p, fileName);
        } catch (JsonProcessingException e) {
            throw new ImportException(fileName, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), null,
                    Localization.text("import.error.notJson", e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ImportException(fileName, 0, null, Localization.text("import.error.unreadable", e.getMessage()));
        }
    }

    private List<Contact> readDocument(JsonParser p, String fileName) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new ImportException(fileName, line(p), null, Localization.text("import.error.jsonObject",
                    NativeJson.FORMAT));
        }
        String format = null;
        Integer version = null;
        List<Contact> contacts = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "format" -> format = p.getValueAsString();
                case "version" -> version = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                case "contacts" -> {
                    checkHeader(format, version, fileName, line(p));
                    contacts = readContacts(p, fileName);
                }
                default -> p.skipChildren();
            }
        }
        checkHeader(format, version, fileName, line(p));
        if (contacts == null) {
            throw new ImportException(fileName, line(p), "contacts", Localization.text("import.error.missing"));
        }
        return contacts;
    }

    private static void checkHeader(String format, Integer version, String fileName, long line) {
        if (!NativeJson.FORMAT.equals(format)) {
            throw new ImportException(fileName, line, "format",
                    Localization.text("import.error.jsonFormat", NativeJson.FORMAT, quote(format)));
        }
        if (version == null || version < 1 || version > NativeJson.VERSION) {
            throw new ImportException(fileName, line, "version", Localization.text("import.error.jsonVersion",
                    String.valueOf(NativeJson.VERSION), String.valueOf(version)));
        }
    }

    private List<Contact> readContacts(JsonParser p, String fileName) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new ImportException(fileName, line(p), "contacts", Localization.text("import.error.jsonArray"));
        }
        List<Contact> contacts = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            long line = line(p);
            JsonNode node = MAPPER.readTree(p);
            contacts.add(new ContactReader(fileName, line, node).contact());
        }
        return contacts;
    }

    private static long line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private static String quote(String s) {
        return s == null ? "nothing" : "\"" + s + "\"";
    }

    /** Maps one contact object to the model, naming the field of the first problem. */
    private record ContactReader(String file, long line, JsonNode node) {

        Contact contact() {
            if (!node.isObject()) {
                throw error(null, Localization.text("import.error.jsonContact"));
            }
            return wrap("contact", () -> new Contact(0,
                    side(node, "a"), side(node, "b"),
                    required(node, "date", PartialDate::parse),
                    optional(node, "endDate", PartialDate::parse),
                    node.path("approximate").asBoolean(false),
                    required(node, "mode", Mode::fromCode),
                    setting(node.path("setting")),
                    required(node, "status", Status::fromCode),
                    text(node, "location"), text(node, "summary"),
                    strings(node, "tags"), sources(node.path("sources")),
                    provenance(node.path("provenance")),
                    reports(node.path("reports")),
                    optional(node, "created", Instant::parse),
                    optional(node, "modified", Instant::parse)));
        }

        private Side side(JsonNode parent, String name) {
            JsonNode s = parent.path(name);
            if (!s.isObject()) {
                throw error(name, Localization.text("import.error.jsonSide"));
            }
            List<Participant> participants = new ArrayList<>();
            for (JsonNode p : s.path("participants")) {
                participants.add(wrap(name + ".participants",
                        () -> new Participant(text(p, "name"), text(p, "title"))));
            }
            return new Side(required(s, name + ".country", "country", Countries::lookup),
                    optionalOr(s, name + ".level", "level", Level::fromCode, Level.UNKNOWN),
                    text(s, "portfolio"), participants);
        }

        private Setting setting(JsonNode s) {
            if (s.isMissingNode() || s.isNull()) {
                return Setting.BILATERAL;
            }
            return wrap("setting", () -> new Setting(
                    optionalOr(s, "setting.kind", "kind", Setting.Kind::fromCode, Setting.Kind.BILATERAL),
                    text(s, "event")));
        }

        private List<Source> sources(JsonNode array) {
            List<Source> sources = new ArrayList<>();
            int i = 0;
            for (JsonNode s : array) {
                String field = "sources[" + i++ + "]";
                sources.add(wrap(field, () -> new Source(text(s, "publication"), text(s, "title"),
                        text(s, "author"), text(s, "url"),
                        optional(s, field + ".published", "published", PartialDate::parse),
                        optional(s, field + ".accessed", "accessed", LocalDate::parse),
                        text(s, "quote"))));
            }
            return sources;
        }

        private List<Report> reports(JsonNode array) {
            List<Report> reports = new ArrayList<>();
            int i = 0;
            for (JsonNode r : array) {
                String field = "reports[" + i++ + "]";
                reports.add(wrap(field, () -> new Report(text(r, "dataset"), text(r, "eventId"), text(r, "code"),
                        required(r, field + ".date", "date", PartialDate::parse),
                        optional(r, field + ".reported", "reported", LocalDate::parse),
                        text(r, "actorA"), text(r, "actorB"),
                        optional(r, field + ".level", "level", Level::fromCode),
                        optional(r, field + ".mode", "mode", Mode::fromCode),
                        text(r, "file"), text(r, "url"), text(r, "story"),
                        optional(r, field + ".sentence", "sentence", Integer::valueOf),
                        optional(r, field + ".sources", "sources", Integer::valueOf),
                        optional(r, field + ".articles", "articles", Integer::valueOf),
                        optional(r, field + ".root", "root", NativeJsonReader::strictBoolean))));
            }
            return reports;
        }

        private Provenance provenance(JsonNode p) {
            if (p.isMissingNode() || p.isNull()) {
                return Provenance.nativeImport(file);
            }
            return wrap("provenance", () -> new Provenance(
                    optionalOr(p, "provenance.origin", "origin", Provenance.Origin::fromCode,
                            Provenance.Origin.NATIVE_IMPORT),
                    text(p, "dataset"), text(p, "file"), text(p, "eventId"), text(p, "cameoCode")));
        }

        private List<String> strings(JsonNode parent, String name) {
            List<String> values = new ArrayList<>();
            for (JsonNode v : parent.path(name)) {
                if (!v.isTextual()) {
                    throw error(name, Localization.text("import.error.jsonText", String.valueOf(v)));
                }
                values.add(v.asText());
            }
            return values;
        }

        private static String text(JsonNode parent, String name) {
            JsonNode v = parent.path(name);
            return v.isMissingNode() || v.isNull() ? null : v.asText();
        }

        private <T> T required(JsonNode parent, String name, Function<String, T> parse) {
            return required(parent, name, name, parse);
        }

        private <T> T required(JsonNode parent, String field, String name, Function<String, T> parse) {
            T value = optional(parent, field, name, parse);
            if (value == null) {
                throw error(field, Localization.text("import.error.missing"));
            }
            return value;
        }

        private <T> T optional(JsonNode parent, String name, Function<String, T> parse) {
            return optional(parent, name, name, parse);
        }

        private <T> T optionalOr(JsonNode parent, String field, String name, Function<String, T> parse, T dflt) {
            T value = optional(parent, field, name, parse);
            return value == null ? dflt : value;
        }

        private <T> T optional(JsonNode parent, String field, String name, Function<String, T> parse) {
            String value = text(parent, name);
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw error(field, e.getMessage());
            }
        }

        private <T> T wrap(String field, Supplier<T> build) {
            try {
                return build.get();
            } catch (ImportException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw error(field, e.getMessage());
            }
        }

        private ImportException error(String field, String problem) {
            return new ImportException(file, line, field, problem);
        }
    }

    private static Boolean strictBoolean(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(Localization.text("import.error.jsonBoolean", text));
        };
    }
}
