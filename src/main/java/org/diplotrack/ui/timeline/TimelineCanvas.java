package org.diplotrack.ui.timeline;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.diplotrack.chart.ChartTheme;
import org.diplotrack.chart.TimelineData;
import org.diplotrack.chart.TimelinePainter;
import org.jfree.fx.FXGraphics2D;
import org.jfree.fx.FXHints;

/**
 * The timeline on screen: a canvas that fills its region and is painted by the same
 * {@link TimelinePainter} that draws exported charts, through FXGraphics2D.
 */
public final class TimelineCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private FXGraphics2D graphics;
    private TimelinePainter painter;
    private TimelineData data = new TimelineData(java.util.List.of());
    private long selectedId;
    /** Painting waits until the timeline is on screen: a hidden tab need not pay for Java2D. */
    private boolean active;
    private boolean dirty = true;

    public TimelineCanvas() {
        getStyleClass().add("timeline");
        getChildren().add(canvas);
        setMinSize(200, 150);
    }

    public void setData(TimelineData data) {
        this.data = data;
        repaint();
    }

    public TimelineData getData() {
        return data;
    }

    public void setSelectedId(long id) {
        this.selectedId = id;
        repaint();
    }

    /** Exposed so tests can look at the pixels. */
    public Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            repaint();
        }
    }

    /** Whether the timeline is showing; it paints only then, and catches up when shown. */
    public void setActive(boolean showing) {
        this.active = showing;
        if (showing && dirty) {
            repaint();
        }
    }

    private void repaint() {
        dirty = true;
        if (active && canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            if (graphics == null) {
                graphics = new FXGraphics2D(canvas.getGraphicsContext2D());
                // Measure text with JavaFX's own metrics, so labels fit as they are drawn on screen.
                graphics.setRenderingHint(FXHints.KEY_USE_FX_FONT_METRICS, Boolean.TRUE);
                painter = new TimelinePainter(ChartTheme.LIGHT);
            }
            painter.paint(graphics, canvas.getWidth(), canvas.getHeight(), data, selectedId);
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
