package org.diplotrack.ui.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import org.diplotrack.chart.ChartTheme;
import org.diplotrack.chart.Lanes;
import org.diplotrack.chart.TimelineData;
import org.diplotrack.chart.TimelineLayout;
import org.diplotrack.chart.TimelinePainter;
import org.diplotrack.chart.Viewport;
import org.diplotrack.model.RepresentationTimeline;
import org.diplotrack.model.ContactMarks;
import org.diplotrack.model.l10n.DisplayFormats;
import org.diplotrack.ui.Messages;
import org.jfree.fx.FXGraphics2D;
import org.jfree.fx.FXHints;

/**
 * The timeline on screen: a canvas painted by the same {@link TimelinePainter} that draws
 * exported charts, through FXGraphics2D. The wheel or a pinch zooms around the pointer, dragging
 * or a sideways swipe pans, Page Down / Page Up select the next / previous contact and Enter
 * opens it,
 * + / − / ← / → / Home do the same from the keyboard; hovering a marker shows the contact, a
 * click selects it and a double-click opens it.
 */
public final class TimelineCanvas extends Region {
    private static final double WHEEL_ZOOM = 0.85;

    private final Canvas canvas = new Canvas();
    /** A ring over the chart while it has the keys (the canvas would cover a border of the region). */
    private final Region focusRing = new Region();
    private final Tooltip tooltip = new Tooltip();
    private FXGraphics2D graphics;
    private TimelinePainter painter;
    private TimelineData data = TimelineData.of(ContactMarks.empty());
    private Viewport viewport;
    private TimelineLayout layout;
    private long selectedId;
    private boolean lanesByPair;
    private ChartTheme theme = ChartTheme.LIGHT;
    /** What is shown, for the overview slider; updated on every paint and every move. */
    private final ReadOnlyObjectWrapper<Viewport> shownProperty =
            new ReadOnlyObjectWrapper<>();
    /** How many contacts the last frame drew as density bars (0 when drawn one by one). */
    private final ReadOnlyIntegerWrapper densityCount =
            new ReadOnlyIntegerWrapper();
    /** Painting waits until the timeline is on screen: a hidden tab need not pay for Java2D. */
    private boolean active;
    private boolean dirty = true;
    private double dragX = Double.NaN;
    private boolean dragged;
    private LongConsumer onSelect = id -> { };
    private LongConsumer onOpen = id -> { };
    private BiConsumer<Long, Consumer<String>> describe = (id, answer) -> { };
    /** The contact under the pointer (0 for none): a description that arrives late is for it or dropped. */
    private long hoveredId;

    public TimelineCanvas() {
        getStyleClass().add("timeline");
        focusRing.getStyleClass().add("timeline-focus");
        focusRing.setMouseTransparent(true);
        focusRing.visibleProperty().bind(focusedProperty());
        getChildren().addAll(canvas, focusRing);
        setMinSize(200, 150);
        setFocusTraversable(true);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        addEventHandler(ScrollEvent.SCROLL, this::zoomWithWheel);
        addEventHandler(ZoomEvent.ZOOM, this::zoomWithPinch);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            dragX = e.getX();
            dragged = false;
            e.consume(); // else the tab pane takes the focus back, and the keys with it
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::pan);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::click);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hoveredId = 0;
            tooltip.hide();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    private List<RepresentationTimeline> representation = List.of();

    public void setData(TimelineData data) {
        this.data = data;
        repaint();
    }

    public TimelineData getData() {
        return data;
    }

    /** Rings a contact and brings it into view. */
    public void setSelectedId(long id) {
        this.selectedId = id;
        int i = id == 0 ? -1 : data.indexOf(id);
        if (i >= 0) {
            Viewport shown = shown();
            if (!shown.contains(data.startDay(i))) {
                viewport = shown.pan(data.startDay(i) - (shown.startDay() + shown.span() / 2));
            }
        }
        repaint();
    }

    public void setTheme(ChartTheme newTheme) {
        this.theme = newTheme;
        painter = null;
        repaint();
    }

    /** Each side's representation in the other, as bands under the lanes; empty for none. */
    public void setRepresentation(List<RepresentationTimeline> sides) {
        this.representation = List.copyOf(sides);
        repaint();
    }

    public List<RepresentationTimeline> getRepresentation() {
        return representation;
    }

    /** One lane per pair (several pairs shown) or per level (one pair, with its ceiling). */
    public void setLanesByPair(boolean byPair) {
        this.lanesByPair = byPair;
        repaint();
    }

    /** Shows all the contacts (Home). */
    public void fitAll() {
        viewport = null;
        repaint();
    }

    public Viewport getViewport() {
        return shown();
    }

    /** Shows this span of time (from the overview slider). */
    public void setViewport(Viewport wanted) {
        this.viewport = wanted;
        repaint();
    }

    /** The span of time shown, as it changes. */
    public ReadOnlyObjectProperty<Viewport> shownProperty() {
        return shownProperty.getReadOnlyProperty();
    }

    /**
     * The number of contacts in view drawn as density bars, or 0 when each has its marker: the
     * window says beside the chart that zooming in shows them one by one.
     */
    public ReadOnlyIntegerProperty densityCountProperty() {
        return densityCount.getReadOnlyProperty();
    }

    /** Called with a contact's id when its marker is clicked. */
    public void setOnSelect(LongConsumer handler) {
        this.onSelect = handler;
    }

    /** Called with a contact's id when its marker is double-clicked. */
    public void setOnOpen(LongConsumer handler) {
        this.onOpen = handler;
    }

    /**
     * Asked for a contact's tooltip text by id; answers through the callback, at once (a
     * contact on the table's page) or later on the FX thread (one read from the store).
     */
    public void setDescriber(BiConsumer<Long, Consumer<String>> describer) {
        this.describe = describer;
    }

    /** Exposed so tests can look at the pixels. */
    public Canvas canvas() {
        return canvas;
    }

    /** Where the last paint put things (null before the first), for tests. */
    public TimelineLayout lastLayout() {
        return layout;
    }

    /** Whether the timeline is showing; it paints only then, and catches up when shown. */
    public void setActive(boolean showing) {
        this.active = showing;
        if (showing && dirty) {
            repaint();
        }
    }

    private Viewport shown() {
        return viewport != null ? viewport : Viewport.fit(data);
    }

    /** The wheel (or a trackpad's vertical swipe) zooms around the pointer; a sideways swipe pans. */
    private void zoomWithWheel(ScrollEvent e) {
        if (layout == null || e.getDeltaX() == 0 && e.getDeltaY() == 0) {
            return;
        }
        if (Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            // Content follows the fingers, as a drag does.
            viewport = shown().pan(-e.getDeltaX() / layout.scale().pixelsPerDay());
        } else {
            double factor = Math.pow(WHEEL_ZOOM, e.getDeltaY() / 40);
            viewport = shown().zoom(factor, layout.scale().toDay(e.getX()));
        }
        repaint();
        e.consume();
    }

    /** A trackpad's pinch zooms around the fingers. */
    private void zoomWithPinch(ZoomEvent e) {
        if (layout == null || !(e.getZoomFactor() > 0)) {
            return;
        }
        viewport = shown().zoom(1 / e.getZoomFactor(), layout.scale().toDay(e.getX()));
        repaint();
        e.consume();
    }

    private void pan(MouseEvent e) {
        if (layout == null || Double.isNaN(dragX) || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double days = (dragX - e.getX()) / layout.scale().pixelsPerDay();
        dragX = e.getX();
        dragged = true;
        viewport = shown().pan(days);
        tooltip.hide();
        repaint();
    }

    private void click(MouseEvent e) {
        if (layout == null || dragged || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        OptionalLong hit = layout.markAt(e.getX(), e.getY());
        if (hit.isPresent()) {
            if (e.getClickCount() == 2) {
                onOpen.accept(hit.getAsLong());
            } else {
                onSelect.accept(hit.getAsLong());
            }
        }
    }

    private void hover(MouseEvent e) {
        OptionalLong hit = layout == null ? OptionalLong.empty() : layout.markAt(e.getX(), e.getY());
        String text;
        if (hit.isPresent()) {
            long id = hit.getAsLong();
            if (id == hoveredId && tooltip.isShowing()) {
                tooltip.show(this, e.getScreenX() + 14, e.getScreenY() + 14); // follow the pointer
                return;
            }
            hoveredId = id;
            int i = data.indexOf(id);
            // What the timeline itself knows, until the whole contact is read (at once when on the page).
            String[] shown = {i < 0 ? null : mark(data, i)};
            describe.accept(id, full -> {
                if (hoveredId == id && full != null) {
                    shown[0] = full;
                    tooltip.setText(full);
                }
            });
            text = shown[0];
        } else {
            hoveredId = 0;
            text = layout == null ? null : layout.binAt(e.getX(), e.getY()).map(TimelineCanvas::describe).orElse(null);
        }
        if (text == null) {
            tooltip.hide();
            return;
        }
        tooltip.setText(text);
        tooltip.show(this, e.getScreenX() + 14, e.getScreenY() + 14);
    }

    /** What the timeline itself knows of a marker: "Jan 29, 2022 · ambassador · embassy channel · held". */
    static String mark(TimelineData data, int i) {
        String day = DisplayFormats.day(LocalDate.ofEpochDay(data.startDay(i)));
        return Messages.get("timeline.mark", data.approximate(i) ? Messages.get("date.approximate.day", day) : day,
                data.level(i).label(), data.mode(i).label(), data.status(i).label());
    }

    /** A density bar: how many contacts, over which days, the highest level, and that zooming in shows them. */
    static String describe(TimelineLayout.Bin bin) {
        LocalDate from = LocalDate.ofEpochDay(bin.fromDay());
        LocalDate to = LocalDate.ofEpochDay(Math.max(bin.fromDay(), bin.toDay() - 1));
        return Messages.get("timeline.bin", bin.count(), DisplayFormats.day(from), DisplayFormats.day(to),
                Lanes.rankLabel(bin.topRank()));
    }

    private void key(KeyEvent e) {
        Viewport v = shown();
        switch (e.getCode()) {
            case PAGE_DOWN, PAGE_UP -> {
                // From the keyboard too: the next or previous contact in time becomes the selection.
                int at = selectedId == 0 ? -1 : data.indexOf(selectedId);
                int next = e.getCode() == KeyCode.PAGE_DOWN ? at + 1 : at < 0 ? data.size() - 1 : at - 1;
                if (next >= 0 && next < data.size()) {
                    onSelect.accept(data.id(next));
                }
                e.consume();
                return;
            }
            case ENTER -> {
                if (selectedId != 0 && data.indexOf(selectedId) >= 0) {
                    onOpen.accept(selectedId);
                }
                e.consume();
                return;
            }
            case PLUS, ADD, EQUALS -> viewport = v.zoom(0.8, v.startDay() + v.span() / 2);
            case MINUS, SUBTRACT -> viewport = v.zoom(1.25, v.startDay() + v.span() / 2);
            case LEFT -> viewport = v.pan(-v.span() / 10);
            case RIGHT -> viewport = v.pan(v.span() / 10);
            case HOME -> viewport = null;
            default -> {
                return;
            }
        }
        repaint();
        e.consume();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        focusRing.resizeRelocate(0, 0, w, h);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            repaint();
        }
    }

    private void repaint() {
        shownProperty.set(shown());
        dirty = true;
        if (active && canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            if (graphics == null) {
                graphics = new FXGraphics2D(canvas.getGraphicsContext2D());
                // Measure text with JavaFX's own metrics, so labels fit as they are drawn on screen.
                graphics.setRenderingHint(FXHints.KEY_USE_FX_FONT_METRICS, Boolean.TRUE);
            }
            if (painter == null) {
                painter = new TimelinePainter(theme);
                painter.setAsOf(LocalDate.now());
            }
            painter.setLanesByPair(lanesByPair);
            painter.setRepresentation(representation);
            layout = painter.paint(graphics, canvas.getWidth(), canvas.getHeight(), data, shown(), selectedId);
            densityCount.set(layout != null && layout.aggregated() ? layout.bins().total() : 0);
            dirty = false;
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 500;
    }
}
