package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.diplotrack.TestContacts;
import org.diplotrack.model.Contact;
import org.junit.jupiter.api.Test;

class ContactCsvWriterTest {

    @Test
    void writesOneParsableRowPerContactWithEmbeddedQuotesAndNewlines() throws Exception {
        Contact full = TestContacts.full();
        StringWriter out = new StringWriter();
        new ContactCsvWriter().write(List.of(full, SeedData.contacts().get(0)), out);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("summary")).isEqualTo(full.summary());
        assertThat(rows.get(0).get("level")).isEqualTo("minister");
        assertThat(rows.get(0).get("participants_b")).isEqualTo("Сергей Лавров (Министр иностранных дел)");
        assertThat(rows.get(1).get("mode")).isEqualTo("embassy-channel");
    }

    @Test
    void neutralisesFormulaCells() {
        assertThat(ContactCsvWriter.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(ContactCsvWriter.neutralise("+CMD")).isEqualTo("'+CMD");
        assertThat(ContactCsvWriter.neutralise("-2")).isEqualTo("'-2");
        assertThat(ContactCsvWriter.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ContactCsvWriter.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(ContactCsvWriter.neutralise("2022-01-29")).isEqualTo("2022-01-29");
        assertThat(ContactCsvWriter.neutralise("")).isEmpty();
    }
}
