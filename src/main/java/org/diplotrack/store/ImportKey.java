package org.diplotrack.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Mission;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Report;
import org.diplotrack.model.Side;
import org.diplotrack.model.Source;

/**
 * What makes two contacts "the same" for an import (the {@code import_key} column): a dataset
 * event is itself by dataset, event id and date (ICEWS ids are unique only with the date), so
 * re-importing it adds nothing even if the mapping rules changed; any other contact is itself
 * by its content (everything but id, timestamps and provenance), so importing an export back
 * adds nothing either. Each of a dataset contact's reports has the key of its event, which is
 * what an import checks (several reports may make one contact, decision 0025). Missions follow the same rule with their own fields: a dataset's record by
 * dataset, record id and first day, any other mission by its content.
 */
final class ImportKey {
    private ImportKey() {
    }

    static String of(Contact c) {
        Provenance p = c.provenance();
        if (p.origin() == Provenance.Origin.DATASET_IMPORT && p.dataset() != null && p.eventId() != null) {
            return "event:" + p.dataset() + "|" + p.eventId() + "|" + c.date();
        }
        return "sha1:" + sha1(canonical(c));
    }

    /** The import key of a dataset's report: its dataset, event id and date (the {@code report} table's index). */
    static String of(Report r) {
        return "event:" + r.dataset() + "|" + r.eventId() + "|" + r.date();
    }

    /** The import key of a mission (the {@code missions} table's {@code import_key}). */
    static String of(Mission m) {
        Provenance p = m.provenance();
        if (p.origin() == Provenance.Origin.DATASET_IMPORT && p.dataset() != null && p.eventId() != null) {
            return "event:" + p.dataset() + "|" + p.eventId() + "|" + m.from();
        }
        StringBuilder sb = new StringBuilder();
        field(sb, m.sending().alpha2());
        field(sb, m.receiving().alpha2());
        field(sb, m.head());
        field(sb, m.title());
        field(sb, m.rank().code());
        field(sb, m.from());
        field(sb, m.to());
        field(sb, m.end() == null ? null : m.end().code());
        field(sb, m.notes());
        sources(sb, m.sources());
        return "sha1:" + sha1(sb.toString());
    }

    /** Every content field, each one length-prefixed so no two contacts can run together. */
    private static String canonical(Contact c) {
        StringBuilder sb = new StringBuilder();
        side(sb, c.a());
        side(sb, c.b());
        field(sb, c.date());
        field(sb, c.endDate());
        field(sb, c.approximate());
        field(sb, c.mode().code());
        field(sb, c.setting().kind().code());
        field(sb, c.setting().event());
        field(sb, c.status().code());
        field(sb, c.location());
        field(sb, c.summary());
        field(sb, c.tags().size());
        c.tags().forEach(t -> field(sb, t));
        sources(sb, c.sources());
        return sb.toString();
    }

    private static void sources(StringBuilder sb, java.util.List<Source> sources) {
        field(sb, sources.size());
        for (Source s : sources) {
            field(sb, s.publication());
            field(sb, s.title());
            field(sb, s.author());
            field(sb, s.url());
            field(sb, s.published());
            field(sb, s.accessed());
            field(sb, s.quote());
        }
    }

    private static void side(StringBuilder sb, Side s) {
        field(sb, s.country().alpha2());
        field(sb, s.level().code());
        field(sb, s.portfolio());
        field(sb, s.participants().size());
        for (Participant p : s.participants()) {
            field(sb, p.name());
            field(sb, p.title());
        }
    }

    private static void field(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("-;");
        } else {
            String text = value.toString();
            sb.append(text.length()).append(':').append(text);
        }
    }

    private static String sha1(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this Java runtime", e);
        }
    }
}
