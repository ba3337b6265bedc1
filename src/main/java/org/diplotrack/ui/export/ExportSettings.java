package org.diplotrack.ui.export;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.diplotrack.chart.ChartPalette;
import org.diplotrack.chart.export.ChartSize;
import org.diplotrack.chart.export.ExportFormat;
import org.diplotrack.chart.export.ExportOptions;
import org.slf4j.LoggerFactory;

/**
 * The export dialog's last choices, kept in the user's Java preferences like the window's
 * {@link org.diplotrack.ui.Settings}. The title and subtitle are not kept (they belong to one
 * chart); a value that no longer parses falls back to the default.
 */
public final class ExportSettings {
    private final Preferences node;

    public ExportSettings(Preferences node) {
        this.node = node;
    }

    public ExportOptions load() {
        ExportOptions d = ExportOptions.DEFAULTS;
        try {
            ChartSize size = new ChartSize(node.getDouble("width", d.size().width()),
                    node.getDouble("height", d.size().height()),
                    ChartSize.Unit.fromCode(node.get("unit", d.size().unit().code())));
            return new ExportOptions(ExportFormat.valueOf(node.get("format", d.format().name())),
                    ExportOptions.Range.valueOf(node.get("range", d.range().name())), size,
                    node.getInt("dpi", d.dpi()), "", null, node.getBoolean("legend", d.legend()),
                    node.getBoolean("caption", d.caption()),
                    ChartPalette.valueOf(node.get("palette", d.palette().name())), node.getBoolean("dark", d.dark()));
        } catch (IllegalArgumentException e) {
            return d;
        }
    }

    public boolean dataCsv() {
        return node.getBoolean("data", false);
    }

    public void save(ExportOptions o, boolean dataCsv) {
        node.put("format", o.format().name());
        node.put("range", o.range().name());
        node.putDouble("width", o.size().width());
        node.putDouble("height", o.size().height());
        node.put("unit", o.size().unit().code());
        node.putInt("dpi", o.dpi());
        node.putBoolean("legend", o.legend());
        node.putBoolean("caption", o.caption());
        node.put("palette", o.palette().name());
        node.putBoolean("dark", o.dark());
        node.putBoolean("data", dataCsv);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // A preference that cannot be kept must not disturb the user's work.
            LoggerFactory.getLogger(ExportSettings.class).warn("Cannot keep the export choices", e);
        }
    }
}
