package org.diplotrack.chart.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Issue 5's benchmark: time and size of a PNG (A4 landscape at 300 DPI), an SVG and a PDF (A4
 * landscape) of 1k, 100k and 1M generated contacts of one pair over 30 years. Each export runs
 * twice and the second (warm) run is reported, with the first in brackets.
 * Run by {@code src/tools/export-benchmark.sh [OUT_DIR] [COUNTS...]}.
 */
public final class ExportBenchmark {
    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/export-benchmark");
        Files.createDirectories(out);
        int[] counts = {1_000, 100_000, 1_000_000};
        if (args.length > 1) {
            counts = new int[args.length - 1];
            for (int i = 1; i < args.length; i++) {
                counts[i - 1] = Integer.parseInt(args[i]);
            }
        }
        System.out.printf(Locale.ROOT, "| contacts | format | time (warm, cold) | file size |%n|---|---|---|---|%n");
        for (int n : counts) {
            ChartContent content = ChartExportTest.many(n);
            for (ExportFormat format : ExportFormat.values()) {
                ExportOptions options = ExportOptions.DEFAULTS.withFormat(format).withTitle(String.format(Locale.ROOT,
                        "Benchmark: %,d contacts", n)).withSize(ChartSize.Preset.A4_LANDSCAPE.size()).withDpi(300);
                Path file = out.resolve(String.format(Locale.ROOT, "contacts-%d.%s", n, format.extension()));
                long cold = time(options, content, file);
                long warm = time(options, content, file);
                System.out.printf(Locale.ROOT, "| %,d | %s | %.2f s (%.2f s) | %s |%n", n, format, warm / 1e9,
                        cold / 1e9, size(Files.size(file)));
            }
        }
    }

    private static long time(ExportOptions options, ChartContent content, Path file) throws Exception {
        long t = System.nanoTime();
        new ChartExport(options, content).write(file);
        return System.nanoTime() - t;
    }

    private static String size(long bytes) {
        return bytes > 1_000_000 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1e6)
                : String.format(Locale.ROOT, "%d kB", Math.round(bytes / 1e3));
    }
}
