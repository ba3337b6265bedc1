package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactQuality;
import org.junit.jupiter.api.Test;

/** The doubts of issue 18 part 5 on the fixture rows they are about, read by the real readers. */
class QualityFlagsTest {
    private static String line(Path file, String id) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith(id + "\t"))
                .findFirst().orElseThrow();
    }

    private static Contact gdelt(String row) throws IOException {
        RowResult r = new GdeltRows(new TabRecords(new StringReader(row + "\n")), true, "gdelt2-sample.tsv").next();
        assertThat(r.contact()).as("a contact: %s", r.reason()).isNotNull();
        return r.contact();
    }

    private static Contact icews(String id) throws IOException {
        List<String> lines = Files.readAllLines(Fixtures.icews(), StandardCharsets.UTF_8);
        String row = lines.stream().filter(l -> l.startsWith(id + "\t")).findFirst().orElseThrow();
        RowResult r = new IcewsRows(new TabRecords(new StringReader(lines.get(0) + "\n" + row + "\n")),
                "icews-2018-sample.tab").next();
        assertThat(r.contact()).as("a contact: %s", r.reason()).isNotNull();
        return r.contact();
    }

    private static List<String> codes(Contact c) {
        return ContactQuality.of(c).stream().map(ContactQuality.Flag::code).toList();
    }

    @Test
    void aVisitPlacedInTheVisitorsOwnCountry() throws IOException {
        // GDELT 881990869: the United Kingdom visits Saudi Arabia, geocoded "United Kingdom".
        assertThat(codes(gdelt(line(Fixtures.gdelt2(), "881990869")))).containsExactly("visit-at-home");
        assertThat(codes(gdelt(line(Fixtures.gdelt2(), "881990868")))).as("geocoded Riyadh").isEmpty();
        // ICEWS 32890778: Keiji Furuya (Japan) "makes a visit" to Tran Dai Quang, in Tokyo, Japan.
        assertThat(codes(icews("32890778"))).containsExactly("visit-at-home");
    }

    @Test
    void aMeetingAtAThirdLocationPlacedInOneOfTheTwoCountries() throws IOException {
        Contact c = icews("32891829"); // Heiko Maas meets Pavlo Klimkin "at a third location": Mariupol, Ukraine
        assertThat(c.mode()).isEqualTo(org.diplotrack.model.Mode.THIRD_LOCATION);
        assertThat(codes(c)).containsExactly("third-location-in-party");
    }

    @Test
    void aReportLongAfterItsDayReadsAsAHistoricalReference() throws IOException {
        // GDELT 881990868 was added on 2019-10-24 for 2019-09-24: thirty days, not yet a doubt.
        String row = line(Fixtures.gdelt2(), "881990868");
        assertThat(gdelt(row).reports().get(0).lag()).isEqualTo(30);
        assertThat(codes(gdelt(row))).isEmpty();
        // The same row dated a year earlier, as GDELT dates a story's mention of a past event.
        String[] f = row.split("\t", -1);
        f[1] = "20180924";
        Contact old = gdelt(String.join("\t", f));
        assertThat(codes(old)).containsExactly("late-report");
        assertThat(ContactQuality.of(old).get(0).text()).contains("395 days");
    }
}
