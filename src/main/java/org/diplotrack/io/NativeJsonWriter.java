package org.diplotrack.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Report;
import org.diplotrack.model.Side;
import org.diplotrack.model.Source;

/** Writes contacts in the native JSON format, which {@link NativeJsonReader} reads back losslessly. */
public final class NativeJsonWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    public void write(List<Contact> contacts, Writer out) {
        writeEach(contacts::forEach, out);
    }

    /** Writes the contacts {@code contacts} hands over one at a time, so that none need be held in memory. */
    public void writeEach(Consumer<Consumer<Contact>> contacts, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", NativeJson.FORMAT);
            g.writeNumberField("version", NativeJson.VERSION);
            g.writeArrayFieldStart("contacts");
            contacts.accept(c -> {
                try {
                    writeContact(g, c);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeContact(JsonGenerator g, Contact c) throws IOException {
        g.writeStartObject();
        if (c.id() != 0) {
            g.writeNumberField("id", c.id());
        }
        g.writeStringField("date", c.date().toString());
        optional(g, "endDate", c.endDate());
        if (c.approximate()) {
            g.writeBooleanField("approximate", true);
        }
        writeSide(g, "a", c.a());
        writeSide(g, "b", c.b());
        g.writeStringField("level", c.level().code());
        g.writeStringField("mode", c.mode().code());
        g.writeObjectFieldStart("setting");
        g.writeStringField("kind", c.setting().kind().code());
        optional(g, "event", c.setting().event());
        g.writeEndObject();
        g.writeStringField("status", c.status().code());
        optional(g, "location", c.location());
        optional(g, "summary", c.summary());
        g.writeArrayFieldStart("tags");
        for (String tag : c.tags()) {
            g.writeString(tag);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sources");
        for (Source s : c.sources()) {
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
        Provenance p = c.provenance();
        g.writeObjectFieldStart("provenance");
        g.writeStringField("origin", p.origin().code());
        optional(g, "dataset", p.dataset());
        optional(g, "file", p.file());
        optional(g, "eventId", p.eventId());
        optional(g, "cameoCode", p.cameoCode());
        g.writeEndObject();
        if (!c.reports().isEmpty()) {
            writeReports(g, c.reports());
        }
        optional(g, "created", c.created());
        optional(g, "modified", c.modified());
        g.writeEndObject();
    }

    private static void writeReports(JsonGenerator g, List<Report> reports) throws IOException {
        g.writeArrayFieldStart("reports");
        for (Report r : reports) {
            g.writeStartObject();
            g.writeStringField("dataset", r.dataset());
            g.writeStringField("eventId", r.eventId());
            optional(g, "code", r.code());
            g.writeStringField("date", r.date().toString());
            optional(g, "reported", r.reported());
            optional(g, "actorA", r.actorA());
            optional(g, "actorB", r.actorB());
            g.writeStringField("level", r.level().code());
            g.writeStringField("mode", r.mode().code());
            optional(g, "file", r.file());
            optional(g, "url", r.url());
            optional(g, "story", r.story());
            number(g, "sentence", r.sentence());
            number(g, "sources", r.sources());
            number(g, "articles", r.articles());
            if (r.root() != null) {
                g.writeBooleanField("root", r.root());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String field, Integer value) throws IOException {
        if (value != null) {
            g.writeNumberField(field, value);
        }
    }

    private static void writeSide(JsonGenerator g, String name, Side side) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("country", side.country().alpha2());
        g.writeStringField("level", side.level().code());
        optional(g, "portfolio", side.portfolio());
        g.writeArrayFieldStart("participants");
        for (Participant p : side.participants()) {
            g.writeStartObject();
            optional(g, "name", p.name());
            optional(g, "title", p.title());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String field, Object value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value.toString());
        }
    }
}
