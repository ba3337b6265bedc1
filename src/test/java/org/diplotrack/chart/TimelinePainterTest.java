package org.diplotrack.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Level;
import org.diplotrack.model.Status;
import org.junit.jupiter.api.Test;

class TimelinePainterTest {

    private static BufferedImage paint(TimelineData data, long selected) {
        BufferedImage image = new BufferedImage(900, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        new TimelinePainter(ChartTheme.LIGHT).paint(g, 900, 500, data, Viewport.fit(data), selected);
        g.dispose();
        return image;
    }

    /** Pixels of exactly this colour below the legend (the marks, not the legend swatches). */
    private static int countBelowLegend(BufferedImage image, Color colour) {
        int n = 0;
        for (int y = 60; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == colour.getRGB() - 0xFF000000) {
                    n++;
                }
            }
        }
        return n;
    }

    /** {@code n} held contacts of {@code pairs} pairs, every {@code days} days from 1985 on, pairs taking turns. */
    private static TimelineData evenly(int n, int pairs, double days) {
        List<TimelineData.Mark> marks = new java.util.ArrayList<>();
        long first = java.time.LocalDate.of(1985, 1, 1).toEpochDay();
        for (int i = 0; i < n; i++) {
            long day = first + (long) (i * days);
            String pair = org.diplotrack.model.Countries.all().stream().skip(i % pairs).findFirst().orElseThrow()
                    .alpha2() + "-RU";
            marks.add(new TimelineData.Mark(i + 1, day, day, false, Level.MINISTER,
                    org.diplotrack.model.Mode.VISIT, Status.HELD, pair));
        }
        return TimelineData.ofMarks(marks);
    }

    private static TimelineLayout layoutByPair(TimelineData data) {
        BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        TimelinePainter painter = new TimelinePainter(ChartTheme.LIGHT);
        painter.setLanesByPair(true);
        TimelineLayout layout = painter.paint(g, 1600, 900, data, Viewport.fit(data), 0);
        g.dispose();
        return layout;
    }

    @Test
    void markersGiveWayToDensityWhereTheyWouldPileUpNotMerelyWhenTheyAreMany() {
        // 400 contacts over 40 years in 8 lanes: about 25 px apart in each lane, room for every marker.
        TimelineLayout spread = layoutByPair(evenly(400, 8, 36.5));
        assertThat(spread.aggregated()).isFalse();
        assertThat(spread.visible()).hasSize(400);
        // 350 contacts in two weeks: they would pile up.
        assertThat(layoutByPair(evenly(350, 3, 0.04)).aggregated()).isTrue();
        // The seed: three contacts on one day, one lane by pair — three markers, not a bar.
        TimelineLayout seed = layoutByPair(TimelineData.of(SeedData.contacts()));
        assertThat(seed.aggregated()).isFalse();
        assertThat(seed.visible()).hasSize(3);
        // Spread out but more than a frame can draw one by one in time.
        TimelineLayout many = layoutByPair(evenly(TimelinePainter.MARKER_BUDGET + 1, 12, 20));
        assertThat(many.aggregated()).isTrue();
        assertThat(many.visible()).isEmpty();
    }

    @Test
    void aLongContactAmongDensityStillReadsAsASpan() {
        // 700 short contacts of one pair in 1985–2004 (density: past the marker budget), and one
        // negotiation that runs through 2010–2012, when nothing else happens.
        List<TimelineData.Mark> marks = new java.util.ArrayList<>(evenly(700, 1, 10).marks());
        String pair = marks.get(0).pair();
        long from = java.time.LocalDate.of(2010, 1, 1).toEpochDay();
        long to = java.time.LocalDate.of(2012, 12, 31).toEpochDay();
        List<TimelineData.Mark> withLong = new java.util.ArrayList<>(marks);
        withLong.add(new TimelineData.Mark(9999, from, to, false, Level.MINISTER, org.diplotrack.model.Mode.OTHER,
                Status.HELD, pair));
        TimelineData with = TimelineData.ofMarks(withLong);
        TimelineData without = TimelineData.ofMarks(marks);
        Viewport view = Viewport.fit(with);

        BufferedImage a = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        BufferedImage b = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        TimelinePainter painter = new TimelinePainter(ChartTheme.LIGHT);
        painter.setLanesByPair(true);
        Graphics2D g = a.createGraphics();
        TimelineLayout layout = painter.paint(g, 1600, 900, with, view, 0);
        g.dispose();
        g = b.createGraphics();
        painter.paint(g, 1600, 900, without, view, 0);
        g.dispose();
        assertThat(layout.aggregated()).isTrue();
        assertThat(layout.visible()).isEmpty();

        int y = (int) Math.round(layout.laneCentre(0));
        int middle = (int) Math.round(layout.scale().toX(java.time.LocalDate.of(2011, 7, 1).toEpochDay()));
        assertThat(a.getRGB(middle, y)).as("a line through 2011").isNotEqualTo(b.getRGB(middle, y));
        int later = (int) Math.round(layout.scale().toX(java.time.LocalDate.of(2013, 6, 1).toEpochDay()));
        assertThat(a.getRGB(later, y)).as("and none after it ends").isEqualTo(b.getRGB(later, y));
    }

    @Test
    void aCrowdedDayAmongSparseContactsIsABarAndTheRestKeepTheirMarkers() {
        // One lane: a contact a year for 40 years, and 12 on one summit day.
        List<TimelineData.Mark> marks = new java.util.ArrayList<>(evenly(40, 1, 365.25).marks());
        long summit = java.time.LocalDate.of(2003, 6, 1).toEpochDay() + 100;
        for (int k = 0; k < 12; k++) {
            marks.add(new TimelineData.Mark(1000 + k, summit, summit, false, Level.HEAD_OF_STATE,
                    org.diplotrack.model.Mode.THIRD_LOCATION, Status.HELD, marks.get(0).pair()));
        }
        TimelineData data = TimelineData.ofMarks(marks);
        TimelineLayout layout = layoutByPair(data);
        assertThat(layout.aggregated()).isTrue();
        assertThat(layout.bins().total()).as("the summit's twelve, and any marker they would cover")
                .isBetween(12, 14);
        assertThat(layout.visible().length + layout.bins().total()).isEqualTo(52);
        assertThat(java.util.Arrays.stream(layout.visible()).mapToLong(data::startDay)).doesNotContain(summit);
        // The pointer finds a marker far from the summit, and the summit's bar.
        int lone = layout.visible()[0];
        assertThat(layout.markAt(layout.x(lone), layout.y(lone))).hasValue(data.id(lone));
        double summitX = layout.scale().toX(summit + 0.5);
        assertThat(layout.binAt(summitX, layout.laneCentre(0))).get()
                .satisfies(bin -> assertThat(bin.count()).isGreaterThanOrEqualTo(12))
                .satisfies(bin -> assertThat(bin.topRank()).isEqualTo(5));
    }

    @Test
    void drawsEachSeedContactInItsLevelColourFilledWhenHeldHollowWhenOffered() {
        TimelineData data = TimelineData.of(SeedData.contacts());
        BufferedImage image = new BufferedImage(900, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        TimelineLayout layout = new TimelinePainter(ChartTheme.LIGHT).paint(g, 900, 500, data, Viewport.fit(data), 0);
        g.dispose();
        for (int i = 0; i < data.size(); i++) {
            TimelineData.Mark mark = data.mark(i);
            int x = (int) Math.round(layout.x(i));
            int y = (int) Math.round(layout.y(i));
            int colour = LevelPalette.colour(mark.level()).getRGB() & 0xFFFFFF;
            int centre = image.getRGB(x, y) & 0xFFFFFF;
            if (mark.status() == Status.HELD) {
                assertThat(centre).as("held %s: filled", mark.level()).isEqualTo(colour);
            } else {
                assertThat(centre).as("offered %s: hollow", mark.level()).isNotEqualTo(colour);
                int onOutline = 0;
                for (int dx = -10; dx <= 10; dx++) {
                    for (int dy = -10; dy <= 10; dy++) {
                        onOutline += (image.getRGB(x + dx, y + dy) & 0xFFFFFF) == colour ? 1 : 0;
                    }
                }
                assertThat(onOutline).as("offered %s: outlined in its colour", mark.level()).isGreaterThan(20);
            }
        }
        assertThat(countBelowLegend(image, LevelPalette.colour(Level.DEPUTY_MINISTER))).isZero();
    }

    @Test
    void eachModeHasItsOwnShape() {
        java.util.Set<String> outlines = new java.util.HashSet<>();
        for (MarkerShapes.Kind kind : MarkerShapes.Kind.values()) {
            java.awt.geom.Area area = new java.awt.geom.Area(MarkerShapes.of(kind.example(), 0, 0, 10));
            java.awt.geom.Rectangle2D b = area.getBounds2D();
            // Size and which of four probe points fall inside: no two kinds may look alike.
            outlines.add(Math.round(b.getWidth()) + "x" + Math.round(b.getHeight()) + ":"
                    + area.contains(0, -9) + area.contains(0, 9) + area.contains(-9, 0) + area.contains(8, 8));
        }
        assertThat(outlines).hasSize(MarkerShapes.Kind.values().length);
        assertThat(MarkerShapes.kind(org.diplotrack.model.Mode.HOSTED_VISIT)).isEqualTo(MarkerShapes.Kind.VISIT);
        assertThat(MarkerShapes.kind(org.diplotrack.model.Mode.VIDEO_CALL)).isEqualTo(MarkerShapes.Kind.CALL);
    }

    @Test
    void anEmptySelectionSaysSoInsteadOfDrawingAnAxis() {
        BufferedImage image = paint(TimelineData.ofMarks(List.of()), 0);
        for (int rank = 0; rank <= 5; rank++) {
            assertThat(countBelowLegend(image, LevelPalette.colourOfRank(rank))).isZero();
        }
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                dark += c.getRed() < 160 ? 1 : 0;
            }
        }
        assertThat(dark).as("the message text").isGreaterThan(50);
    }

    @Test
    void fitsASingleDayIntoAYearAroundIt() {
        TimelineData data = TimelineData.of(SeedData.contacts());
        Viewport fit = Viewport.fit(data);
        assertThat(fit.span()).isGreaterThanOrEqualTo(365);
        TimeScale scale = new TimeScale(fit.startDay(), fit.endDay(), 0, 1000);
        assertThat(scale.toX(data.firstDay())).isBetween(400.0, 600.0);
    }

    @Test
    void theLayoutFindsTheMarkUnderThePointer() {
        TimelineData data = TimelineData.of(new org.diplotrack.RandomContacts(1).next(1).stream()
                .map(c -> c.withId(77, null, null)).toList());
        BufferedImage image = new BufferedImage(900, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        TimelineLayout layout = new TimelinePainter(ChartTheme.LIGHT).paint(g, 900, 500, data, Viewport.fit(data), 0);
        g.dispose();
        assertThat(layout.markAt(layout.x(0) + 3, layout.y(0) - 2)).hasValue(77);
        assertThat(layout.markAt(layout.x(0) + 40, layout.y(0))).isEmpty();
    }

    @Test
    void manyContactsBecomeDensityBarsAndZoomingInBringsMarkersBack() {
        List<org.diplotrack.model.Contact> many = new org.diplotrack.RandomContacts(3).next(20_000);
        List<TimelineData.Mark> marks = new java.util.ArrayList<>();
        for (int i = 0; i < many.size(); i++) {
            org.diplotrack.model.Contact c = many.get(i);
            marks.add(new TimelineData.Mark(i + 1, c.date().firstDay().toEpochDay(),
                    c.lastDate().lastDay().toEpochDay(), false, c.level(), c.mode(), c.status()));
        }
        TimelineData data = TimelineData.ofMarks(marks);
        Viewport all = Viewport.fit(data);
        assertThat(data.visible(all.startDay(), all.endDay())).hasSize(20_000);
        BufferedImage image = new BufferedImage(900, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        new TimelinePainter(ChartTheme.LIGHT).paint(g, 900, 500, data, all, 0);
        g.dispose();
        assertThat(countBelowLegend(image, new Color(LevelPalette.colour(Level.MINISTER).getRGB())))
                .as("no solid markers when aggregated").isLessThan(50);

        Viewport week = new Viewport(all.startDay() + all.span() / 2, all.startDay() + all.span() / 2 + 7);
        List<TimelineData.Mark> inWeek = java.util.Arrays.stream(data.visible(week.startDay(), week.endDay()))
                .mapToObj(data::mark).toList();
        assertThat(inWeek).isNotEmpty().hasSizeLessThan(300)
                .allSatisfy(m -> assertThat(m.endDay() + 1 >= week.startDay() && m.startDay() <= week.endDay()).isTrue());
        long expected = marks.stream().filter(m -> m.endDay() + 1 >= week.startDay() && m.startDay() <= week.endDay())
                .count();
        assertThat(inWeek).hasSize((int) expected);
    }

    @Test
    void theCeilingLineFollowsTheHeldAmbassadorContactAndIsLeftOutWithLanesByPair() {
        TimelineData data = TimelineData.of(SeedData.contacts());
        int ambassador = java.util.stream.IntStream.range(0, data.size())
                .filter(i -> data.level(i) == Level.AMBASSADOR).findFirst().orElseThrow();
        for (boolean shown : new boolean[] {true, false}) {
            BufferedImage image = new BufferedImage(900, 500, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            TimelinePainter painter = new TimelinePainter(ChartTheme.LIGHT);
            painter.setLanesByPair(!shown);
            TimelineLayout layout = painter.paint(g, 900, 500, data, Viewport.fit(data), 0);
            g.dispose();
            TimelineLayout byLevel = shown ? layout : new TimelineLayout(data, layout.plot(), layout.scale(),
                    Lanes.byLevel(data), new int[0], null);
            Color right = new Color(image.getRGB((int) layout.x(ambassador) + 60,
                    (int) Math.round(byLevel.y(ambassador))));
            if (shown) {
                assertThat(right.getRed()).as("a grey line runs on from the held contact").isLessThan(200);
            } else {
                assertThat(right.getRed()).as("only the lane's background").isGreaterThan(230);
            }
        }
    }

    @Test
    void severalPairsGetALaneEachTheMostActiveFirst() {
        List<TimelineData.Mark> marks = new java.util.ArrayList<>();
        String[] pairs = {"CA-RU", "FR-RU", "CA-RU", "DE-FR", "CA-RU", "FR-RU"};
        for (int i = 0; i < pairs.length; i++) {
            marks.add(new TimelineData.Mark(i + 1, 19000 + i * 30, 19000 + i * 30, false, Level.MINISTER,
                    org.diplotrack.model.Mode.VISIT, Status.HELD, pairs[i]));
        }
        TimelineData data = TimelineData.ofMarks(marks);
        Lanes lanes = Lanes.byPair(data);
        assertThat(lanes.count()).isEqualTo(3);
        assertThat(lanes.label(0)).isEqualTo("Canada–Russia");
        assertThat(lanes.label(1)).isEqualTo("France–Russia");
        assertThat(lanes.label(2)).isEqualTo("Germany–France");
        assertThat(lanes.laneOf(3)).as("DE-FR, the fourth by date").isEqualTo(2);

        List<TimelineData.Mark> many = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String pair = org.diplotrack.model.Countries.all().stream().skip(i + 1).findFirst().orElseThrow().alpha2()
                    + "-ZW";
            for (int k = 0; k <= i; k++) {
                many.add(new TimelineData.Mark(i * 100 + k, 19000, 19000, false, Level.OFFICIAL,
                        org.diplotrack.model.Mode.OTHER, Status.HELD, pair));
            }
        }
        Lanes capped = Lanes.byPair(TimelineData.ofMarks(many));
        assertThat(capped.count()).isEqualTo(Lanes.MAX_PAIR_LANES + 1);
        assertThat(capped.label(capped.count() - 1)).isEqualTo((20 - Lanes.MAX_PAIR_LANES) + " other pairs");
        assertThat(capped.laneOf(0)).as("the least active pair goes to the last lane")
                .isEqualTo(Lanes.MAX_PAIR_LANES);
    }
}
