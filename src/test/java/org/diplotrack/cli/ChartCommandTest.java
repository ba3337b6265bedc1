package org.diplotrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ChartCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("cli.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(CLOCK, all);
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("cli.db")).sorted().toList();
        }
    }

    @Test
    void pngFromTheSeedHasThePixelsOfItsPhysicalSizeAtTheDpi() throws Exception {
        Path png = dir.resolve("ca-ru.png");
        CliRun run = run("chart", "-o", png.toString(), "--dyad", "CA-RU", "--size", "a4-landscape", "--dpi", "100",
                "--title", "Canada–Russia contacts");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("3 contacts").contains("1169 × 827 pixels");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1169); // 297 mm at 100 DPI
        assertThat(image.getHeight()).isEqualTo(827);
        assertThat(files()).containsExactly("ca-ru.png");
    }

    @Test
    void lanesCanBeChosenAndAnUnknownChoiceIsAUsageError() throws Exception {
        Path byPair = dir.resolve("by-pair.svg");
        assertThat(run("chart", "-o", byPair.toString(), "--dyad", "CA-RU", "--lanes", "pair").exitCode()).isZero();
        // Level names stand in the legend; as lane labels they stand a second time.
        assertThat(svgTexts(byPair)).as("one lane, named by its pair").contains("Canada–Russia")
                .containsOnlyOnce("Deputy minister");
        Path byLevel = dir.resolve("by-level.svg");
        assertThat(run("chart", "-o", byLevel.toString(), "--dyad", "CA-RU").exitCode()).isZero();
        assertThat(java.util.Collections.frequency(svgTexts(byLevel), "Deputy minister"))
                .as("one pair: a lane per level by default").isEqualTo(2);
        assertThat(svgTexts(byLevel)).doesNotContain("Canada–Russia");

        CliRun bad = run("chart", "-o", dir.resolve("bad.svg").toString(), "--lanes", "country");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--lanes must be pair or level, not 'country'");
        assertThat(files()).containsExactlyInAnyOrder("by-level.svg", "by-pair.svg");
    }

    private static List<String> svgTexts(Path svg) throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < d.getElementsByTagName("text").getLength(); i++) {
            texts.add(d.getElementsByTagName("text").item(i).getTextContent().strip());
        }
        return texts;
    }

    @Test
    void svgFromTheSeedHasTheTitleAndPairAsText() throws Exception {
        Path svg = dir.resolve("ca-ru.svg");
        CliRun run = run("chart", "-o", svg.toString(), "--dyad", "CA-RU", "--from", "2014", "--to", "2024",
                "--title", "Canada–Russia contacts", "--width", "1600", "--height", "900");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains("Canada–Russia contacts").contains("Canada–Russia (CA-RU), 2014 to 2024")
                .contains("Generated 2026-11-28");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 1600 900");
    }

    @Test
    void pdfFromTheSeedWithItsDataAsCsv() throws Exception {
        Path pdf = dir.resolve("ca-ru.pdf");
        Path csv = dir.resolve("ca-ru.csv");
        CliRun run = run("chart", "-o", pdf.toString(), "--dyad", "CA-RU", "--size", "letter-landscape",
                "--title", "Canada–Russia contacts", "--palette", "greyscale", "--data", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(792f);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(612f);
            assertThat(new PDFTextStripper().getText(doc)).contains("Canada–Russia contacts")
                    .contains("Source: DiploTrack, 3 contacts");
        }
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(csv))).getRecords();
        assertThat(rows).hasSize(3);
        assertThat(files()).containsExactly("ca-ru.csv", "ca-ru.pdf");
    }

    @Test
    void anUnknownFormatIsOneLineAndNoFile() throws Exception {
        CliRun run = run("chart", "-o", dir.resolve("chart.gif").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("diplotrack chart: --output")
                .contains("'.gif'");
        assertThat(files()).isEmpty();
    }

    @Test
    void aZeroSizeIsOneLineAndNoFile() throws Exception {
        CliRun run = run("chart", "-o", dir.resolve("chart.png").toString(), "--width", "0", "--height", "900");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("above zero");
        CliRun dpi = run("chart", "-o", dir.resolve("chart.png").toString(), "--dpi", "1200");
        assertThat(dpi.exitCode()).isEqualTo(2);
        assertThat(dpi.err().lines()).singleElement().asString().contains("between 72 and 600");
        assertThat(files()).isEmpty();
    }

    @Test
    void anUnwritablePathIsOneLineAndNoFile() throws Exception {
        Path missing = dir.resolve("no-such-folder").resolve("chart.pdf");
        CliRun run = run("chart", "-o", missing.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().contains("cannot write")
                .contains("does not exist");
        assertThat(files()).isEmpty();
    }
}
