package org.diplotrack.chart.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.diplotrack.chart.ChartPalette;
import org.diplotrack.chart.TimelineData;
import org.diplotrack.chart.Viewport;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Dyad;
import org.diplotrack.TestMissions;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mission;
import org.diplotrack.model.MissionRank;
import org.diplotrack.model.Missions;
import org.diplotrack.model.Mode;
import org.diplotrack.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ChartExportTest {
    private static final String TITLE = "Canada–Russia contacts";

    @TempDir
    Path dir;

    static ChartContent seed() {
        TimelineData data = TimelineData.of(SeedData.contacts());
        return new ChartContent(data, null, false, FilterWords.of(ContactFilter.forDyad(Dyad.parse("CA-RU"))),
                LocalDate.of(2026, 11, 28));
    }

    /** Many contacts of one pair over 30 years, so the painter draws density strips. */
    static ChartContent many(int n) {
        Random random = new Random(7);
        List<TimelineData.Mark> marks = new ArrayList<>(n);
        long start = LocalDate.of(1995, 1, 1).toEpochDay();
        for (int i = 0; i < n; i++) {
            long day = start + random.nextInt(30 * 365);
            marks.add(new TimelineData.Mark(i + 1, day, day, false, Level.values()[random.nextInt(7)],
                    Mode.values()[random.nextInt(Mode.values().length)], Status.values()[random.nextInt(6)], "CA-RU"));
        }
        return new ChartContent(TimelineData.ofMarks(marks), null, false, "Canada–Russia (CA-RU), all dates",
                LocalDate.of(2026, 11, 28));
    }

    private static ExportOptions options(ExportFormat format) {
        return ExportOptions.DEFAULTS.withFormat(format).withTitle(TITLE);
    }

    @Test
    void pngHasThePhysicalSizeTimesTheDpiAndItsDpiInPhys() throws Exception {
        Path file = dir.resolve("chart.png");
        ExportOptions options = options(ExportFormat.PNG).withSize(ChartSize.Preset.A4_LANDSCAPE.size()).withDpi(150);
        new ChartExport(options, seed()).write(file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.round(297 / 25.4 * 150)); // 1754
        assertThat(image.getHeight()).isEqualTo((int) Math.round(210 / 25.4 * 150)); // 1240
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
            assertThat(Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis"))).isEqualTo(5906); // 150 / 0.0254
            IIOMetadataNode title = (IIOMetadataNode) root.getElementsByTagName("iTXtEntry").item(0);
            assertThat(title.getAttribute("keyword")).isEqualTo("Title");
            assertThat(title.getAttribute("text")).isEqualTo(TITLE);
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("chart.png");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .as("readable like any new file, not private like a temporary one").isEqualTo("rw-r--r--");
        }
    }

    @Test
    void pngIsNotBlankAndItsTitleAndLegendRegionsHaveDarkPixels() throws Exception {
        Path file = dir.resolve("chart.png");
        new ChartExport(options(ExportFormat.PNG).withSize(ChartSize.px(1200, 700)), seed()).write(file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        // Histogram: a chart has a background and many other colours.
        java.util.Map<Integer, Integer> histogram = new java.util.HashMap<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                histogram.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        int total = histogram.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(histogram.get(0xFFFFFF)).as("background").isLessThan(total * 95 / 100);
        assertThat(histogram).hasSizeGreaterThan(20);
        assertThat(darkPixels(image, 0, 0, 600, 40)).as("title region").isGreaterThan(100);
        assertThat(darkPixels(image, 0, 70, 1200, 130)).as("legend region").isGreaterThan(100);
        // The caption is in the muted grey (#666).
        assertThat(darkPixels(image, 0, 660, 1200, 700, 140)).as("caption region").isGreaterThan(50);
    }

    static int darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
        return darkPixels(image, x0, y0, x1, y1, 100);
    }

    static int darkPixels(BufferedImage image, int x0, int y0, int x1, int y1, int below) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                int luma = (((rgb >> 16) & 255) * 299 + ((rgb >> 8) & 255) * 587 + (rgb & 255) * 114) / 1000;
                n += luma < below ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void svgIsXmlWithTheTitlePairAndLegendAsTextAndOneShapePerContact() throws Exception {
        Path file = dir.resolve("chart.svg");
        new ChartExport(options(ExportFormat.SVG).withSize(ChartSize.Preset.A4_LANDSCAPE.size()), seed()).write(file);
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("297mm");
        List<String> texts = texts(svg.getElementsByTagName("text"));
        assertThat(texts).contains(TITLE, "Minister", "Ambassador", "held", "planned / offered");
        assertThat(String.join(" ", texts)).contains("Canada–Russia (CA-RU)").contains("Source: DiploTrack, 3 contacts");
        assertThat(texts).as("the ceiling at the right edge answers at what level, since when")
                .anyMatch(t -> t.matches("Ambassador since Jan 29, 2022, as of \\w{3} \\d{1,2}, 2022"));
        String xml = Files.readString(file);
        // Markers: the seed's three contacts are an embassy channel (held, filled), a visit and a phone call.
        assertThat(xml).contains("<text");
        assertThat(svg.getElementsByTagName("path").getLength() + svg.getElementsByTagName("circle").getLength()
                + svg.getElementsByTagName("ellipse").getLength()).isGreaterThan(3);
    }

    @Test
    void eachSidesHeadsOfMissionAreBandsUnderTheLanesWithTheirRanks() throws Exception {
        // Canada's ambassador in Moscow until mid-2021, then a chargé; Russia's ambassador in Ottawa throughout.
        List<Mission> missions = List.of(
                TestMissions.of(TestMissions.CA, TestMissions.RU, MissionRank.AMBASSADOR, "A. Example", "2019-01-10",
                        "2021-06-30"),
                TestMissions.of(TestMissions.CA, TestMissions.RU, MissionRank.CHARGE_AD_INTERIM, "B. Example",
                        "2021-09-01", null),
                TestMissions.of(TestMissions.RU, TestMissions.CA, MissionRank.AMBASSADOR, "Oleg Stepanov", "2021-01-15",
                        null));
        ChartContent content = seed().withRepresentation(Missions.timelines(missions, Dyad.parse("CA-RU")));
        ChartContent wide = new ChartContent(content.data(), new Viewport(LocalDate.of(2019, 1, 1).toEpochDay(),
                LocalDate.of(2022, 12, 31).toEpochDay()), false, content.filterWords(), content.generated(), null, null,
                content.representation());
        Path file = dir.resolve("bands.svg");
        new ChartExport(options(ExportFormat.SVG).withSize(ChartSize.Preset.A4_LANDSCAPE.size())
                .withRange(ExportOptions.Range.VIEW), wide).write(file);
        List<String> texts = texts(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                .getElementsByTagName("text"));
        assertThat(texts).contains("Canada → Russia", "Russia → Canada", "ambassador", "chargé d'affaires a.i.");

        Path plain = dir.resolve("plain.svg");
        new ChartExport(options(ExportFormat.SVG), seed()).write(plain);
        assertThat(texts(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(plain.toFile())
                .getElementsByTagName("text"))).as("no missions, no bands").doesNotContain("Canada → Russia");
    }

    @Test
    void theBandsArePaintedUnderTheLanesInTheAmbassadorsShade() throws Exception {
        List<Mission> missions = List.of(TestMissions.of(TestMissions.RU, TestMissions.CA, MissionRank.AMBASSADOR,
                "Oleg Stepanov", "2021-01-15", null));
        Path with = dir.resolve("with.png");
        Path without = dir.resolve("without.png");
        ExportOptions png = options(ExportFormat.PNG).withSize(ChartSize.px(1200, 700));
        new ChartExport(png, seed().withRepresentation(Missions.timelines(missions, Dyad.parse("CA-RU")))).write(with);
        new ChartExport(png, seed()).write(without);
        // The light theme's text (#222222) at 90 % over white: the ambassador's shade, and only the band's.
        int shade = new java.awt.Color(56, 56, 56).getRGB();
        int[] rowWith = longestRun(ImageIO.read(with.toFile()), shade);
        assertThat(rowWith[1]).as("a long stretch of the ambassador's shade").isGreaterThan(300);
        assertThat(rowWith[0]).as("in the lower part, over the axis").isGreaterThan(700 / 2);
        assertThat(longestRun(ImageIO.read(without.toFile()), shade)[1]).as("no band without missions").isLessThan(20);
    }

    /** The row with the longest run of pixels of {@code rgb}, and that run's length. */
    private static int[] longestRun(BufferedImage image, int rgb) {
        int bestRow = -1;
        int best = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            int run = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                run = image.getRGB(x, y) == rgb ? run + 1 : 0;
                if (run > best) {
                    best = run;
                    bestRow = y;
                }
            }
        }
        return new int[] {bestRow, best};
    }

    @Test
    void theCeilingNoteReadsNoLaterThanTheDayTheChartIsMade() throws Exception {
        // The seed's chart runs to August 2022; made on 2022-03-01, it cannot speak for the months after.
        ChartContent early = new ChartContent(seed().data(), null, false, "Canada–Russia", LocalDate.of(2022, 3, 1));
        Path file = dir.resolve("early.svg");
        new ChartExport(options(ExportFormat.SVG), early).write(file);
        List<String> texts = texts(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                .getElementsByTagName("text"));
        assertThat(texts).contains("Ambassador since Jan 29, 2022, as of Mar 1, 2022");
    }

    @Test
    void svgDrawsOneMarkerPerContactWhenNotAggregated() throws Exception {
        // Same span and lanes; the second chart has five more invited contacts. A hollow marker is
        // one filled shape (the background inside) and one outline, and nothing else changes.
        long first = LocalDate.of(2010, 1, 1).toEpochDay();
        List<TimelineData.Mark> base = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            base.add(new TimelineData.Mark(i + 1, first + i * 365, first + i * 365, false, Level.MINISTER, Mode.VISIT,
                    Status.INVITED, "CA-RU"));
        }
        List<TimelineData.Mark> more = new ArrayList<>(base);
        for (int i = 0; i < 5; i++) {
            more.add(new TimelineData.Mark(100 + i, first + 180 + i * 700, first + 180 + i * 700, false, Level.MINISTER,
                    Mode.VISIT, Status.INVITED, "CA-RU"));
        }
        ExportOptions options = options(ExportFormat.SVG);
        Path a = dir.resolve("a.svg");
        Path b = dir.resolve("b.svg");
        new ChartExport(options, new ChartContent(TimelineData.ofMarks(base), null, false, "x", LocalDate.of(2026, 1, 1)))
                .write(a);
        new ChartExport(options, new ChartContent(TimelineData.ofMarks(more), null, false, "x", LocalDate.of(2026, 1, 1)))
                .write(b);
        assertThat(shapes(b) - shapes(a)).isEqualTo(5 * 2);
        assertThat(Files.readString(b)).doesNotContain("drawn as density");
    }

    private static int shapes(Path svg) throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        int n = 0;
        for (String tag : List.of("path", "circle", "ellipse", "rect", "line", "polygon", "polyline")) {
            n += d.getElementsByTagName(tag).getLength();
        }
        return n;
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    @Test
    void pdfHasOnePageOfTheRequestedSizeAndItsTextIsText() throws Exception {
        Path file = dir.resolve("chart.pdf");
        new ChartExport(options(ExportFormat.PDF).withSize(ChartSize.Preset.A4_LANDSCAPE.size()), seed()).write(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(box.getHeight()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.5f));
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(TITLE).contains("Source: DiploTrack, 3 contacts")
                    .contains("Level of a contact").contains("Generated 2026-11-28")
                    .contains("Minister").contains("Ambassador").contains("held");
        }
    }

    @Test
    void optionsAreChecked() {
        assertThatThrownBy(() -> ExportOptions.DEFAULTS.withDpi(71)).hasMessageContaining("between 72 and 600");
        assertThatThrownBy(() -> ChartSize.px(0, 900)).hasMessageContaining("above zero");
        assertThatThrownBy(() -> ChartSize.parseLengths("297mm", "8in")).hasMessageContaining("same unit");
        assertThatThrownBy(() -> ExportFormat.of(Path.of("a.gif"))).hasMessageContaining(".gif");
        assertThat(ChartSize.parseLengths("297mm", "210 mm").pixelWidth(300)).isEqualTo(3508);
        assertThat(ChartSize.Preset.A4_LANDSCAPE.size().layoutScale()).isEqualTo(1);
    }

    @Test
    void aJournalColumnIsLaidOutLargerAndScaledDownSoItsLanesKeepTheirRoom() throws Exception {
        ChartSize column = ChartSize.Preset.JOURNAL_COLUMN.size();
        assertThat(column.layoutWidth()).isCloseTo(480, org.assertj.core.data.Offset.offset(0.01));
        assertThat(column.layoutScale()).isCloseTo(0.7, org.assertj.core.data.Offset.offset(0.01));
        Path png = dir.resolve("column.png");
        new ChartExport(options(ExportFormat.PNG).withSize(column).withDpi(300), seed()).write(png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1051); // 89 mm at 300 DPI, whatever the layout
        Path pdf = dir.resolve("column.pdf");
        new ChartExport(options(ExportFormat.PDF).withSize(column), seed()).write(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(252.28f,
                    org.assertj.core.data.Offset.offset(0.5f)); // 89 mm in points
        }
    }

    @Test
    void aFailedExportLeavesNoFileBehind() throws Exception {
        Path file = dir.resolve("chart.png");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(new byte[1000]);
            throw new IOException("disk full");
        })).hasMessage("disk full");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        assertThatThrownBy(() -> new ChartExport(options(ExportFormat.PNG), seed()).write(dir.resolve("no/x.png")))
                .hasMessageContaining("does not exist");
    }

    @Test
    void vectorFilesOfManyContactsStaySmall() throws Exception {
        ChartContent many = many(20_000);
        for (ExportFormat format : List.of(ExportFormat.SVG, ExportFormat.PDF)) {
            Path file = dir.resolve("many." + format.extension());
            new ChartExport(options(format), many).write(file);
            assertThat(Files.size(file)).as(format + " size").isLessThan(1_000_000);
        }
    }

    @Test
    void palettesAndDarkBackgroundChangeTheColours() {
        ChartContent seed = seed();
        BufferedImage light = new ChartExport(options(ExportFormat.PNG), seed).image(400, 225);
        BufferedImage dark = new ChartExport(options(ExportFormat.PNG).withDark(true), seed).image(400, 225);
        assertThat(light.getRGB(2, 2) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(dark.getRGB(2, 2) & 0xFFFFFF).isNotEqualTo(0xFFFFFF);
        assertThat(ChartPalette.GREYSCALE.colourOfRank(5, java.awt.Color.WHITE).getRed())
                .isLessThan(ChartPalette.GREYSCALE.colourOfRank(1, java.awt.Color.WHITE).getRed());
        java.awt.Color grey = ChartPalette.GREYSCALE.colourOfRank(3, java.awt.Color.WHITE);
        assertThat(grey.getRed()).isEqualTo(grey.getGreen()).isEqualTo(grey.getBlue());
    }

    @Test
    void filterWordsReadLikeASentence() {
        ContactFilter f = ContactFilter.forDyad(Dyad.parse("CA-RU"))
                .withRange(org.diplotrack.model.PartialDate.parse("2014"), org.diplotrack.model.PartialDate.parse("2024"))
                .withLevels(java.util.Set.of(Level.MINISTER, Level.AMBASSADOR)).withStatuses(java.util.Set.of(Status.HELD));
        assertThat(FilterWords.of(f)).isEqualTo(
                "Canada–Russia (CA-RU), 2014 to 2024, levels minister, ambassador, status held");
        assertThat(FilterWords.of(ContactFilter.ALL)).isEqualTo("all pairs, all dates");
    }


    @Test
    void theWholeRangeSpansTheFilterDatesWhenGiven() {
        TimelineData data = TimelineData.of(SeedData.contacts());
        ExportOptions whole = ExportOptions.DEFAULTS;
        ChartContent open = new ChartContent(data, null, false, "x", LocalDate.of(2026, 1, 1));
        assertThat(open.viewport(whole)).isEqualTo(Viewport.fit(data));
        ChartContent dated = new ChartContent(data, null, false, "x", LocalDate.of(2026, 1, 1),
                org.diplotrack.model.PartialDate.parse("2014"), org.diplotrack.model.PartialDate.parse("2024"));
        assertThat(dated.viewport(whole)).isEqualTo(new Viewport(LocalDate.of(2014, 1, 1).toEpochDay(),
                LocalDate.of(2025, 1, 1).toEpochDay()));
    }
}
