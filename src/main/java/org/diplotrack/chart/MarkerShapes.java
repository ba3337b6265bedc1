package org.diplotrack.chart;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.diplotrack.model.Mode;
import org.diplotrack.model.l10n.Localization;

/**
 * A marker's shape tells the contact's mode: circle for a visit, diamond for a meeting at a
 * third location, triangle for a call, square for correspondence, downward triangle for an
 * embassy channel, hexagon for anything else (talks, statements, other).
 */
public final class MarkerShapes {
    /** The kinds the legend lists, in order, with one mode each to draw them. */
    public enum Kind {
        VISIT(Mode.VISIT), THIRD_LOCATION(Mode.THIRD_LOCATION), CALL(Mode.PHONE_CALL),
        CORRESPONDENCE(Mode.CORRESPONDENCE), CHANNEL(Mode.EMBASSY_CHANNEL), OTHER(Mode.OTHER);

        private final Mode example;

        Kind(Mode example) {
            this.example = example;
        }

        /** The legend's word for the shape, in the language in use. */
        public String label() {
            return Localization.text("chart.shape." + name().toLowerCase(java.util.Locale.ROOT));
        }

        public Mode example() {
            return example;
        }
    }

    private MarkerShapes() {
    }

    public static Kind kind(Mode mode) {
        return switch (mode) {
            case VISIT, HOSTED_VISIT -> Kind.VISIT;
            case THIRD_LOCATION -> Kind.THIRD_LOCATION;
            case PHONE_CALL, VIDEO_CALL -> Kind.CALL;
            case CORRESPONDENCE -> Kind.CORRESPONDENCE;
            case EMBASSY_CHANNEL -> Kind.CHANNEL;
            case NEGOTIATION, STATEMENT, OTHER -> Kind.OTHER;
        };
    }

    /** The marker of a mode centred on (x, y) with radius r. */
    public static Shape of(Mode mode, double x, double y, double r) {
        return switch (kind(mode)) {
            case VISIT -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            case THIRD_LOCATION -> polygon(x, y, r * 1.2, 4, Math.PI / 2);
            case CALL -> polygon(x, y + r * 0.15, r * 1.15, 3, -Math.PI / 2);
            case CORRESPONDENCE -> new Rectangle2D.Double(x - r * 0.85, y - r * 0.85, 1.7 * r, 1.7 * r);
            case CHANNEL -> polygon(x, y - r * 0.15, r * 1.15, 3, Math.PI / 2);
            case OTHER -> polygon(x, y, r * 1.05, 6, 0);
        };
    }

    private static Shape polygon(double x, double y, double r, int sides, double start) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < sides; i++) {
            double a = start + 2 * Math.PI * i / sides;
            double px = x + r * Math.cos(a);
            double py = y + r * Math.sin(a);
            if (i == 0) {
                p.moveTo(px, py);
            } else {
                p.lineTo(px, py);
            }
        }
        p.closePath();
        return p;
    }
}
