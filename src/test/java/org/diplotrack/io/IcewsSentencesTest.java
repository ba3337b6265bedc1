package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Country;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Report;
import org.diplotrack.model.Side;
import org.diplotrack.model.Status;
import org.junit.jupiter.api.Test;

/** Reading a sentence at a time keeps the rows' order and holds no more than a sentence. */
class IcewsSentencesTest {
    private static RowResult row(long line, String story) {
        Report r = new Report("ICEWS", "e" + line, "040", PartialDate.parse("2018-06-01"), null, null, null,
                Level.UNKNOWN, Mode.OTHER, "f", null, story, 1, null, null, null);
        Contact c = Contact.builder().a(Side.of(Country.of("CA"), Level.UNKNOWN))
                .b(Side.of(Country.of("RU"), Level.UNKNOWN)).date(r.date()).mode(Mode.OTHER).status(Status.HELD)
                .provenance(new Provenance(Provenance.Origin.DATASET_IMPORT, "ICEWS", "f", r.eventId(), "040"))
                .reports(List.of(r)).build();
        return RowResult.contact(line, c);
    }

    /** A sentence's row, then 10,000 rows of other codes, then another sentence's. */
    private static final class CountingRows implements RowReader {
        private final List<RowResult> rows = new ArrayList<>();
        private int read;

        CountingRows() {
            rows.add(row(1, "s1"));
            for (int i = 0; i < 10_000; i++) {
                rows.add(RowResult.skip(2 + i, SkipReason.NOT_CONTACT_CODE));
            }
            rows.add(row(10_002, "s2"));
        }

        @Override
        public RowResult next() {
            return read < rows.size() ? rows.get(read++) : null;
        }
    }

    @Test
    void aLongRunOfSkippedRowsIsNotHeldWithTheSentence() throws Exception {
        CountingRows source = new CountingRows();
        IcewsSentences sentences = new IcewsSentences(source);
        assertThat(sentences.next().line()).isEqualTo(1);
        assertThat(source.read).as("rows read to give the first").isLessThan(100);
        List<Long> lines = new ArrayList<>(List.of(1L));
        for (RowResult r = sentences.next(); r != null; r = sentences.next()) {
            lines.add(r.line());
        }
        assertThat(lines).hasSize(10_002).isSorted();
    }
}
