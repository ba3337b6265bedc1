package org.diplotrack.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Mission;
import org.diplotrack.model.MissionEnd;
import org.diplotrack.model.MissionRank;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Source;
import org.diplotrack.model.l10n.Localization;

/**
 * Missions in the native JSON format {@code {"format": "diplotrack-missions", "version": 1,
 * "missions": [...]}} (README, "Missions"): written and read back without loss. Reading stops at
 * the first faulty mission, naming the file, the line where it starts and the field.
 */
public final class MissionJson {
    static final String FORMAT = "diplotrack-missions";
    static final int VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public void write(List<Mission> missions, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeArrayFieldStart("missions");
            for (Mission m : missions) {
                writeMission(g, m);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeMission(JsonGenerator g, Mission m) throws IOException {
        g.writeStartObject();
        if (m.id() != 0) {
            g.writeNumberField("id", m.id());
        }
        g.writeStringField("sending", m.sending().alpha2());
        g.writeStringField("receiving", m.receiving().alpha2());
        optional(g, "head", m.head());
        optional(g, "title", m.title());
        g.writeStringField("rank", m.rank().code());
        g.writeStringField("from", m.from().toString());
        optional(g, "to", m.to());
        optional(g, "end", m.end() == null ? null : m.end().code());
        optional(g, "notes", m.notes());
        g.writeArrayFieldStart("sources");
        for (Source s : m.sources()) {
            g.writeStartObject();
            optional(g, "publication", s.publication());
            optional(g, "title", s.title());
            optional(g, "author", s.author());
            optional(g, "url", s.url());
            optional(g, "published", s.published());
            optional(g, "accessed", s.accessed());
            optional(g, "quote", s.quote());
            g.writeEndObject();
        }
        g.writeEndArray();
        Provenance p = m.provenance();
        g.writeObjectFieldStart("provenance");
        g.writeStringField("origin", p.origin().code());
        optional(g, "dataset", p.dataset());
        optional(g, "file", p.file());
        optional(g, "eventId", p.eventId());
        g.writeEndObject();
        optional(g, "created", m.created());
        optional(g, "modified", m.modified());
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String field, Object value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value.toString());
        }
    }

    /**
     * @param fileName how the input is named in error messages
     * @throws ImportException naming file, line and field on any bad input
     */
    public List<Mission> read(InputStream in, String fileName) {
        try (JsonParser p = MAPPER.createParser(in)) {
            return readDocument(p, fileName);
        } catch (JsonProcessingException e) {
            throw new ImportException(fileName, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), null,
                    Localization.text("import.error.notJson", e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ImportException(fileName, 0, null, Localization.text("import.error.unreadable", e.getMessage()));
        }
    }

    private List<Mission> readDocument(JsonParser p, String fileName) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new ImportException(fileName, line(p), null, Localization.text("import.error.jsonObject", FORMAT));
        }
        String format = null;
        Integer version = null;
        List<Mission> missions = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "format" -> format = p.getValueAsString();
                case "version" -> version = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                case "missions" -> {
                    checkHeader(format, version, fileName, line(p));
                    missions = readMissions(p, fileName);
                }
                default -> p.skipChildren();
            }
        }
        checkHeader(format, version, fileName, line(p));
        if (missions == null) {
            throw new ImportException(fileName, line(p), "missions", Localization.text("import.error.missing"));
        }
        return missions;
    }

    private static void checkHeader(String format, Integer version, String fileName, long line) {
        if (!FORMAT.equals(format)) {
            throw new ImportException(fileName, line, "format", Localization.text("import.mission.jsonFormat", FORMAT,
                    format == null ? "-" : "\"" + format + "\""));
        }
        if (version == null || version < 1 || version > VERSION) {
            throw new ImportException(fileName, line, "version", Localization.text("import.error.jsonVersion",
                    String.valueOf(VERSION), String.valueOf(version)));
        }
    }

    private List<Mission> readMissions(JsonParser p, String fileName) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new ImportException(fileName, line(p), "missions", Localization.text("import.error.jsonArray"));
        }
        List<Mission> missions = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            long line = line(p);
            JsonNode node = MAPPER.readTree(p);
            missions.add(new Reader(fileName, line, node).mission());
        }
        return missions;
    }

    private static long line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    /** Maps one mission object to the model, naming the field of the first problem. */
    private record Reader(String file, long line, JsonNode node) {

        Mission mission() {
            if (!node.isObject()) {
                throw error(null, Localization.text("import.mission.jsonObject"));
            }
            return wrap(null, () -> new Mission(0,
                    required(node, "sending", Countries::lookup), required(node, "receiving", Countries::lookup),
                    text(node, "head"), text(node, "title"), required(node, "rank", MissionRank::fromCode),
                    required(node, "from", PartialDate::parse), optional(node, "to", "to", PartialDate::parse),
                    optional(node, "end", "end", MissionEnd::fromCode), text(node, "notes"),
                    sources(node.path("sources")), provenance(node.path("provenance")),
                    optional(node, "created", "created", Instant::parse),
                    optional(node, "modified", "modified", Instant::parse)));
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

        private Provenance provenance(JsonNode p) {
            if (p.isMissingNode() || p.isNull()) {
                return Provenance.nativeImport(file);
            }
            Provenance.Origin origin = optional(p, "provenance.origin", "origin", Provenance.Origin::fromCode);
            return wrap("provenance", () -> new Provenance(origin == null ? Provenance.Origin.NATIVE_IMPORT : origin,
                    text(p, "dataset"), text(p, "file"), text(p, "eventId"), null));
        }

        private static String text(JsonNode parent, String name) {
            JsonNode v = parent.path(name);
            return v.isMissingNode() || v.isNull() ? null : v.asText();
        }

        private <T> T required(JsonNode parent, String name, Function<String, T> parse) {
            T value = optional(parent, name, name, parse);
            if (value == null) {
                throw error(name, Localization.text("import.error.missing"));
            }
            return value;
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
            } catch (Mission.Invalid e) {
                throw error(field == null ? e.field() : field, e.getMessage());
            } catch (IllegalArgumentException e) {
                throw error(field, e.getMessage());
            }
        }

        private ImportException error(String field, String problem) {
            return new ImportException(file, line, field, problem);
        }
    }
}
