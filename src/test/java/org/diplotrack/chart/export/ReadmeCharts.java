package org.diplotrack.chart.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.diplotrack.RandomContacts;
import org.diplotrack.chart.TimelineData;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Dyad;

/**
 * Writes the exported charts shown in the README: the seed timeline and a larger generated
 * sample (all pairs). {@code java … ReadmeCharts OUT_DIR}
 */
public final class ReadmeCharts {
    private ReadmeCharts() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/readme-charts");
        Files.createDirectories(out);
        LocalDate today = LocalDate.now();
        ChartContent seed = new ChartContent(TimelineData.of(SeedData.contacts()), null, false,
                FilterWords.of(ContactFilter.forDyad(Dyad.parse("CA-RU"))), today);
        new ChartExport(ExportOptions.DEFAULTS.withTitle("Canada–Russia contacts").withSize(ChartSize.px(1200, 675)),
                seed).write(out.resolve("export-seed.png"));
        ChartContent sample = new ChartContent(TimelineData.of(new RandomContacts(42).next(3_000)), null, true,
                FilterWords.of(ContactFilter.ALL), today);
        new ChartExport(ExportOptions.DEFAULTS.withTitle("3,000 generated contacts between 12 countries")
                .withSize(ChartSize.px(1200, 675)), sample).write(out.resolve("export-sample.png"));
    }
}
