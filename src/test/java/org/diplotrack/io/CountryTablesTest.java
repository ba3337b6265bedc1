package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Country;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CAMEO and ICEWS country tables know the codes and names event data uses (decision 0023). */
class CountryTablesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "CAMEO {0} is {1}")
    @CsvSource({"WSB, PS", "GZS, PS", "PSE, PS", "TMP, TL", "TLS, TL", "IMY, IM", "MTN, ME", "KSV, XK", "KOS, XK",
            "ZAR, CD", "ROM, RO", "BAG, IQ"})
    void cameoCodes(String code, String iso) {
        assertThat(CameoTables.cameoCountry(code)).isEqualTo(Country.of(iso));
    }

    @Test
    void cameoRegionsAreNoCountry() {
        for (String region : new String[] {"AFR", "EUR", "SAF", "WST", "MEA"}) {
            assertThat(CameoTables.cameoCountry(region)).as(region).isNull();
        }
    }

    @ParameterizedTest(name = "ICEWS ''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {"Macao|MO", "Macau|MO", "Kosovo|XK", "Occupied Palestinian Territory|PS",
            "Palestinian Territory, Occupied|PS", "Timor-Leste|TL", "East Timor|TL", "Korea, Republic of|KR",
            "Tanzania, United Republic of|TZ", "Cote d'Ivoire|CI", "Russian Federation|RU", "Montenegro|ME"})
    void icewsNames(String name, String iso) {
        assertThat(CameoTables.icewsCountry(name)).isEqualTo(Country.of(iso));
    }

    private static ImportReport run(Path file, ImportFormat format, CollectingStore store) {
        return new DataImport().run(file, format, false, ImportProgress.NONE, () -> false, store);
    }

    /** A Kosovo row of each format: imported as XK (before, "unknown country"). */
    @Test
    void kosovoRowsAreImported() throws IOException {
        Path ice = dir.resolve("kosovo.tab");
        Files.writeString(ice, MalformedInputTest.HEADER + "\n"
                + MalformedInputTest.icews("1", "2018-06-01", "046", "Kosovo") + "\n", StandardCharsets.UTF_8);
        CollectingStore store = new CollectingStore();
        ImportReport report = run(ice, ImportFormat.ICEWS, store);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(store.contacts.get(0).b().country()).isEqualTo(Country.of("XK"));

        // A GDELT 2.0 row of the sample, its second actor made Kosovo's government.
        String[] row = Files.readAllLines(Fixtures.gdelt2(), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("881990888\t")).findFirst().orElseThrow().split("\t", -1);
        row[15] = "KSVGOV";
        row[16] = "KOSOVO";
        row[17] = "KSV";
        row[22] = "GOV";
        Path gd = Files.writeString(dir.resolve("kosovo.export.CSV"), String.join("\t", row) + "\n");
        CollectingStore gdelt = new CollectingStore();
        assertThat(run(gd, ImportFormat.GDELT2, gdelt).imported()).isEqualTo(1);
        Contact c = gdelt.contacts.get(0);
        assertThat(c.a().country()).isEqualTo(Country.of("RU"));
        assertThat(c.b().country()).isEqualTo(Country.of("XK"));
    }
}
