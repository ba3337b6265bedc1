package org.diplotrack.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.diplotrack.model.RepresentationTimeline;
import org.diplotrack.model.l10n.DisplayFormats;
import org.diplotrack.model.l10n.Localization;

/**
 * Draws the timeline through {@link Graphics2D}: lanes by level, a calendar axis, one marker per
 * contact (colour = level; filled = held, hollow = planned or offered, crossed = declined or
 * cancelled) and a legend. The screen and every export use this one painter.
 */
public final class TimelinePainter {
    private static final double MARKER_RADIUS = 7;
    private static final double PAD = 12;
    private static final double AXIS_HEIGHT = 30;
    /**
     * Markers give way to density bars where they would pile up — more than this many of a
     * lane within one marker's width: there only, the rest keep their markers — and everywhere
     * when more than {@link #MARKER_BUDGET} start in view (each marker costs some 15 µs to
     * rasterise in software: the frame must stay smooth).
     */
    static final int MAX_STACK = 4;
    static final int MARKER_BUDGET = 600;
    private static final double DENSITY_BIN = 3;
    /** The contact ceiling's trailing window, as in the dyad summary. */
    public static final int CEILING_WINDOW_MONTHS = 12;

    private final ChartTheme theme;
    /** Lanes by level for one pair (with its ceiling), or by pair for several. */
    private boolean lanesByPair;
    private boolean zoomHints = true;
    // Export options (issue 5): the legend can be left out, and levels coloured by another palette.
    private boolean legendShown = true;
    private ChartPalette palette = ChartPalette.COLOUR_BLIND_SAFE;
    /** The day the ceiling note reads at most: today, so that a view into the future does not guess. */
    private LocalDate asOf;
    /** Each side's representation in the other, drawn as bands under the lanes; empty for none. */
    private List<RepresentationTimeline> representation = List.of();
    /** What is worked out once per data and lane choice, not per frame. */
    private Prepared prepared;

    private record Prepared(TimelineData data, boolean byPair, Lanes lanes, LaneIndex index,
                            List<CeilingSteps.Step> ceiling) {
        static Prepared of(TimelineData data, boolean byPair) {
            Lanes lanes = byPair ? Lanes.byPair(data) : Lanes.byLevel(data);
            // The ceiling is one pair's: lanes by level over several pairs go without it.
            boolean ceiling = !byPair && onePair(data);
            return new Prepared(data, byPair, lanes, LaneIndex.of(data, lanes),
                    ceiling ? CeilingSteps.of(data, CEILING_WINDOW_MONTHS) : null);
        }

        private static boolean onePair(TimelineData data) {
            for (int i = 1; i < data.size(); i++) {
                if (!data.pair(i).equals(data.pair(0))) {
                    return false;
                }
            }
            return true;
        }
    }

    public TimelinePainter(ChartTheme theme) {
        this.theme = theme;
    }

    /** Draws the legend above the lanes (the default) or leaves it out. */
    public void setLegendShown(boolean shown) {
        this.legendShown = shown;
    }

    /** How levels are coloured; Okabe–Ito ({@link ChartPalette#COLOUR_BLIND_SAFE}) by default. */
    public void setPalette(ChartPalette palette) {
        this.palette = palette;
    }

    private Color colourOfRank(int rank) {
        return palette.colourOfRank(rank, theme.background());
    }

    /**
     * Today, for the ceiling note: it reads the ceiling at the chart's right edge, or today when
     * the edge lies later. Unset, it reads the edge.
     */
    public void setAsOf(LocalDate today) {
        this.asOf = today;
    }

    /**
     * Who headed each side's mission in the other, as bands under the lanes (issue 17); for one
     * pair's chart. Empty (the default) draws no bands.
     */
    public void setRepresentation(List<RepresentationTimeline> sides) {
        this.representation = sides == null ? List.of()
                : sides.stream().filter(side -> !side.intervals().isEmpty()).toList();
    }

    /** On screen an empty span says how to get the contacts back; an export leaves it out. */
    public void setZoomHints(boolean shown) {
        this.zoomHints = shown;
    }

    /**
     * One lane per pair instead of one per level. The contact ceiling belongs to one pair, so
     * it is drawn only with lanes by level for data of a single pair.
     */
    public void setLanesByPair(boolean byPair) {
        this.lanesByPair = byPair;
    }

    /**
     * @param viewport   the span of time to show
     * @param selectedId the contact to ring, or 0 for none
     * @return where things were drawn, for hit-testing; null when there was nothing to draw
     */
    public TimelineLayout paint(Graphics2D g, double width, double height, TimelineData data, Viewport viewport,
                                long selectedId) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(theme.background());
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        g.setFont(theme.font());
        if (data.isEmpty()) {
            drawCentred(g, Localization.text("chart.notice.nothing"), width / 2, height / 2, theme.mutedText());
            return null;
        }
        Prepared p = prepare(data);
        Lanes lanes = p.lanes();
        boolean ceilingShown = p.ceiling() != null;
        double legendBottom = legendShown
                ? new LegendPainter(theme, this::colourOfRank).draw(g, PAD, PAD, width - 2 * PAD, ceilingShown) : 0;
        double labelWidth = 0;
        g.setFont(theme.font());
        FontMetrics fm = g.getFontMetrics();
        for (int i = 0; i < lanes.count(); i++) {
            labelWidth = Math.max(labelWidth, fm.stringWidth(lanes.label(i)));
        }
        List<RepresentationTimeline> bands = lanesByPair ? List.of() : representation;
        g.setFont(theme.smallFont());
        for (RepresentationTimeline side : bands) {
            labelWidth = Math.max(labelWidth, g.getFontMetrics().stringWidth(RepresentationBands.label(side)));
        }
        g.setFont(theme.font());
        double bandsHeight = RepresentationBands.height(bands);
        Rectangle2D plot = new Rectangle2D.Double(PAD + labelWidth + PAD, legendBottom + PAD,
                Math.max(1, width - labelWidth - 3 * PAD),
                Math.max(1, height - legendBottom - 2 * PAD - AXIS_HEIGHT - bandsHeight));
        TimeScale scale = new TimeScale(viewport.startDay(), viewport.endDay(), plot.getX(), plot.getMaxX());
        TimelineLayout layout = layOut(p, plot, scale, viewport);
        drawLanes(g, lanes, plot, layout.laneHeight());
        // The axis goes under the bands; its grid lines run behind them.
        drawAxis(g, scale, new Rectangle2D.Double(plot.getX(), plot.getY(), plot.getWidth(),
                plot.getHeight() + bandsHeight));
        if (!bands.isEmpty()) {
            LocalDate lastDay = LocalDate.ofEpochDay((long) Math.ceil(scale.toDay(plot.getMaxX())));
            new RepresentationBands(theme).draw(g, bands, scale, plot, plot.getX() - PAD,
                    asOf != null && asOf.isBefore(lastDay) ? asOf : lastDay);
        }
        Shape clip = g.getClip();
        g.clip(new Rectangle2D.Double(plot.getX() - MARKER_RADIUS - 4, plot.getY(),
                plot.getWidth() + 2 * MARKER_RADIUS + 8, plot.getHeight()));
        if (ceilingShown) {
            drawCeiling(g, layout, p.ceiling());
        }
        drawContacts(g, layout, viewport, selectedId);
        if (ceilingShown) {
            drawCeilingNote(g, layout, p.ceiling());
        }
        g.setClip(clip);
        if (data.truncated()) {
            g.setFont(theme.smallFont());
            drawNotice(g, Localization.text("chart.notice.truncated", data.size(), data.total()),
                    plot.getCenterX(), plot.getY() + 12);
        }
        return layout;
    }

    /** Markers where they have room, density bars where they would pile up (or everywhere, past the budget). */
    private static TimelineLayout layOut(Prepared p, Rectangle2D plot, TimeScale scale, Viewport viewport) {
        TimelineData data = p.data();
        int inView = data.countStarting(viewport.startDay(), viewport.endDay());
        if (inView <= 1) {
            return new TimelineLayout(data, plot, scale, p.lanes(), data.visible(viewport.startDay(),
                    viewport.endDay()), null);
        }
        DensityBins all = DensityBins.of(p.index(), scale, plot.getWidth(), DENSITY_BIN);
        if (inView > MARKER_BUDGET) {
            return new TimelineLayout(data, plot, scale, p.lanes(), new int[0], all);
        }
        DensityBins crowded = all.whereCrowded((int) Math.ceil(2 * MARKER_RADIUS / DENSITY_BIN), MAX_STACK);
        int[] visible = data.visible(viewport.startDay(), viewport.endDay());
        if (crowded.total() == 0) {
            return new TimelineLayout(data, plot, scale, p.lanes(), visible, null);
        }
        int[] markers = Arrays.stream(visible).filter(i -> {
            int column = crowded.columnOfDay(scale, data.startDay(i));
            return column < 0 || crowded.count(p.lanes().laneOf(i), column) == 0;
        }).toArray();
        return new TimelineLayout(data, plot, scale, p.lanes(), markers, crowded);
    }

    private Prepared prepare(TimelineData data) {
        if (prepared == null || prepared.data() != data || prepared.byPair() != lanesByPair) {
            prepared = Prepared.of(data, lanesByPair);
        }
        return prepared;
    }

    /** Density where the layout has it (with the long contacts' lines), then the markers, the selected one ringed. */
    private void drawContacts(Graphics2D g, TimelineLayout layout, Viewport viewport, long selectedId) {
        TimelineData data = layout.data();
        if (layout.aggregated()) {
            DensityPainter density = new DensityPainter(this::colourOfRank);
            density.drawLongSpans(g, layout, viewport);
            density.drawBars(g, layout);
        }
        for (int i : layout.visible()) {
            drawMark(g, layout, i, selectedId != 0 && data.id(i) == selectedId);
        }
        if (layout.aggregated()) {
            drawSelected(g, layout, viewport, selectedId);
        } else if (layout.visible().length == 0 && zoomHints) {
            g.setFont(theme.smallFont());
            drawNotice(g, Localization.text("chart.notice.emptySpan"), layout.plot().getCenterX(),
                    layout.plot().getCenterY());
        }
    }

    /** Over density, the selected contact still shows as its marker. */
    private void drawSelected(Graphics2D g, TimelineLayout layout, Viewport viewport, long selectedId) {
        int i = selectedId == 0 ? -1 : layout.data().indexOf(selectedId);
        boolean drawnAlready = false;
        for (int v : layout.visible()) {
            drawnAlready |= v == i;
        }
        if (i >= 0 && !drawnAlready && layout.data().overlaps(i, viewport.startDay(), viewport.endDay())) {
            drawMark(g, layout, i, true);
        }
    }

    /** The contact ceiling as a step line through the lanes' centres; a gap where there is none. */
    private void drawCeiling(Graphics2D g, TimelineLayout layout, List<CeilingSteps.Step> steps) {
        Color c = theme.text();
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 140));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        TimeScale scale = layout.scale();
        for (int i = 0; i < steps.size(); i++) {
            CeilingSteps.Step step = steps.get(i);
            if (step.rank() < 1) {
                continue;
            }
            double left = layout.plot().getX();
            double right = layout.plot().getMaxX();
            double x1 = Math.max(left, Math.min(right, scale.toX(step.day())));
            double x2 = i + 1 < steps.size() ? Math.max(left, Math.min(right, scale.toX(steps.get(i + 1).day())))
                    : right;
            double y = layout.laneCentre(layout.lanes().laneOfRank(step.rank()));
            g.draw(new Line2D.Double(x1, y, x2, y));
            if (i + 1 < steps.size() && steps.get(i + 1).rank() >= 1) {
                double y2 = layout.laneCentre(layout.lanes().laneOfRank(steps.get(i + 1).rank()));
                g.draw(new Line2D.Double(x2, y, x2, y2));
            }
        }
    }

    /**
     * At the right edge, over the marks: at what level, and since when — the question the chart
     * answers.
     */
    private void drawCeilingNote(Graphics2D g, TimelineLayout layout, List<CeilingSteps.Step> steps) {
        long day = (long) Math.floor(layout.scale().toDay(layout.plot().getMaxX()));
        if (asOf != null) {
            day = Math.min(day, asOf.toEpochDay());
        }
        CeilingSteps.Step atEnd = CeilingSteps.at(steps, day);
        int before = steps.indexOf(atEnd) - 1;
        if (atEnd != null && (atEnd.rank() >= 1 || before >= 0)) {
            // Where none is left, the note goes where the line ended.
            int rank = atEnd.rank() >= 1 ? atEnd.rank() : steps.get(before).rank();
            g.setFont(theme.smallFont());
            double y = layout.laneCentre(layout.lanes().laneOfRank(rank));
            drawRightAligned(g, ceilingSince(atEnd, LocalDate.ofEpochDay(day)), layout.plot().getMaxX() - 6,
                    y - 14);
        }
    }

    /**
     * "Ambassador since Jan 29, 2022, as of Aug 14, 2022", or "No held contact in 12 months since
     * Jan 30, 2023, as of Nov 28, 2026": dates as the language writes them, for people to read.
     */
    static String ceilingSince(CeilingSteps.Step step, LocalDate asOf) {
        String since = DisplayFormats.day(LocalDate.ofEpochDay(step.day()));
        String now = DisplayFormats.day(asOf);
        return step.rank() >= 1
                ? Localization.text("chart.ceiling.level", Lanes.rankLabel(step.rank()), since, now)
                : Localization.text("chart.ceiling.none", CEILING_WINDOW_MONTHS, since, now);
    }

    /** Small text ending at {@code right}, on a plate of the background colour. */
    private void drawRightAligned(Graphics2D g, String text, double right, double cy) {
        drawOnPlate(g, text, right - plateWidth(g, text), cy, theme.text());
    }

    private void drawLanes(Graphics2D g, Lanes lanes, Rectangle2D plot, double laneHeight) {
        g.setFont(theme.font());
        FontMetrics fm = g.getFontMetrics();
        for (int i = 0; i < lanes.count(); i++) {
            double top = plot.getY() + i * laneHeight;
            if (i % 2 == 0) {
                g.setColor(theme.band());
                g.fill(new Rectangle2D.Double(plot.getX(), top, plot.getWidth(), laneHeight));
            }
            g.setColor(theme.text());
            String label = lanes.label(i);
            g.drawString(label, (float) (plot.getX() - PAD - fm.stringWidth(label)),
                    (float) (top + laneHeight / 2 + (fm.getAscent() - fm.getDescent()) / 2.0));
        }
    }

    private void drawAxis(Graphics2D g, TimeScale scale, Rectangle2D plot) {
        // Set the font before asking for metrics: some Graphics2D bridges measure the current font.
        g.setFont(theme.smallFont());
        FontMetrics fm = g.getFontMetrics();
        List<TimeTicks.Tick> ticks = TimeTicks.ticks(scale, fm::stringWidth, 16);
        g.setStroke(new BasicStroke(1f));
        for (TimeTicks.Tick tick : ticks) {
            double x = scale.toX(tick.date().toEpochDay());
            g.setColor(theme.grid());
            g.draw(new Line2D.Double(x, plot.getY(), x, plot.getMaxY()));
            g.setColor(theme.mutedText());
            g.draw(new Line2D.Double(x, plot.getMaxY(), x, plot.getMaxY() + 5));
            double half = fm.stringWidth(tick.label()) / 2.0;
            if (x + half <= plot.getMaxX() + PAD) { // a label at the very end would run off the chart
                g.drawString(tick.label(), (float) (x - half), (float) (plot.getMaxY() + 7 + fm.getAscent()));
            }
        }
        g.setColor(theme.mutedText());
        g.draw(new Line2D.Double(plot.getX(), plot.getMaxY(), plot.getMaxX(), plot.getMaxY()));
    }

    private void drawMark(Graphics2D g, TimelineLayout layout, int i, boolean selected) {
        TimelineData data = layout.data();
        Color colour = colourOfRank(data.level(i).rank());
        double x = layout.x(i);
        double y = layout.y(i);
        if (data.endDay(i) > data.startDay(i)) {
            double x2 = layout.scale().toX(data.endDay(i) + 0.5);
            g.setColor(colour);
            g.fill(new RoundRectangle2D.Double(x, y - 3, x2 - x, 6, 6, 6));
        }
        if (data.approximate(i)) {
            // Faded whiskers: the date may be off by some days either way.
            g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 90));
            g.setStroke(new BasicStroke(2f));
            g.draw(new Line2D.Double(x - 3 * MARKER_RADIUS, y, x + 3 * MARKER_RADIUS, y));
        }
        Shape dot = MarkerShapes.of(data.mode(i), x, y, MARKER_RADIUS);
        g.setStroke(new BasicStroke(2.5f));
        switch (data.status(i)) {
            case HELD -> {
                g.setColor(colour);
                g.fill(dot);
            }
            case SCHEDULED, INVITED, PROPOSED -> {
                g.setColor(theme.background());
                g.fill(dot);
                g.setColor(colour);
                g.draw(dot);
            }
            case DECLINED, CANCELLED -> {
                g.setColor(theme.background());
                g.fill(dot);
                g.setColor(colour);
                g.draw(dot);
                double d = MARKER_RADIUS * 0.7;
                g.draw(new Line2D.Double(x - d, y - d, x + d, y + d));
                g.draw(new Line2D.Double(x - d, y + d, x + d, y - d));
            }
        }
        if (selected) {
            g.setColor(theme.text());
            g.setStroke(new BasicStroke(2f));
            double r = MARKER_RADIUS + 4;
            g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
    }

    /** A line of small text centred on a plate of the background colour, legible over the marks. */
    private void drawNotice(Graphics2D g, String text, double cx, double cy) {
        drawOnPlate(g, text, cx - plateWidth(g, text) / 2, cy, theme.mutedText());
    }

    private static double plateWidth(Graphics2D g, String text) {
        return g.getFontMetrics().stringWidth(text) + 10;
    }

    /** Text on a rounded plate of the background colour, its left edge at {@code left}. */
    private void drawOnPlate(Graphics2D g, String text, double left, double cy, Color colour) {
        FontMetrics fm = g.getFontMetrics();
        double h = fm.getHeight() + 3;
        Color b = theme.background();
        g.setColor(new Color(b.getRed(), b.getGreen(), b.getBlue(), 225));
        g.fill(new RoundRectangle2D.Double(left, cy - h / 2, plateWidth(g, text), h, 7, 7));
        g.setColor(colour);
        g.drawString(text, (float) (left + 5), (float) (cy + (fm.getAscent() - fm.getDescent()) / 2.0));
    }

    private void drawCentred(Graphics2D g, String text, double cx, double cy, Color colour) {
        FontMetrics fm = g.getFontMetrics();
        g.setColor(colour);
        g.drawString(text, (float) (cx - fm.stringWidth(text) / 2.0), (float) (cy + fm.getAscent() / 2.0));
    }

}
