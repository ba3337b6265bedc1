package org.diplotrack.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Keeps a table's short columns (date, countries, level, mode, status) as wide as the widest text
 * of its rows, so they are never cut short; the free-text columns take what is left, and when even
 * that is not enough the table scrolls sideways instead of cutting a level or a country.
 */
public final class ColumnFit<T> {
    /** Cell padding, the level's colour bar and the header's sort arrow. */
    public static final double CELL_EXTRA = 16;
    /** The table's own border and the vertical scroll bar's room. */
    private static final double BORDERS = 16;
    private final TableView<T> table;
    private final List<Fitted<T>> columns = new ArrayList<>();
    private final Map<String, Double> widths = new HashMap<>();

    private record Fitted<T>(TableColumn<T, ?> column, Function<T, String> text, double max) {
    }

    public ColumnFit(TableView<T> table) {
        this.table = table;
    }

    /** Fits {@code column} to its header and {@code text} of every row, at most {@code max} px. */
    public ColumnFit<T> fit(TableColumn<T, ?> column, Function<T, String> text, double max) {
        columns.add(new Fitted<>(column, text, max));
        return this;
    }

    /** Fits now and whenever the rows or the width change; the other columns, which take what is left, no narrower than their headers. */
    public void start() {
        for (TableColumn<T, ?> column : table.getColumns()) {
            if (columns.stream().noneMatch(f -> f.column() == column)) {
                column.setMinWidth(width(column.getText()) + CELL_EXTRA);
            }
        }
        table.getItems().addListener((ListChangeListener<T>) change -> refit());
        table.widthProperty().addListener((obs, old, now) -> scrollWhenTooNarrow());
        refit();
    }

    /**
     * Fills the width while every column's minimum fits; beyond that the columns keep their
     * widths and the table scrolls sideways (a constrained table would cut them off instead).
     */
    private void scrollWhenTooNarrow() {
        double needed = table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + BORDERS;
        var policy = needed > table.getWidth() && table.getWidth() > 0
                ? TableView.UNCONSTRAINED_RESIZE_POLICY : TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN;
        if (table.getColumnResizePolicy() != policy) {
            table.setColumnResizePolicy(policy);
        }
    }

    private void refit() {
        if (widths.size() > 10_000) {
            widths.clear();
        }
        for (Fitted<T> f : columns) {
            double widest = width(f.column().getText());
            for (T c : table.getItems()) {
                widest = Math.max(widest, width(f.text().apply(c)));
            }
            double width = Math.min(f.max(), widest + CELL_EXTRA);
            f.column().setMinWidth(width);
            f.column().setPrefWidth(width);
        }
        scrollWhenTooNarrow();
    }

    /** Pages repeat the same levels, modes and pairs: each text is measured once. */
    private double width(String text) {
        return widths.computeIfAbsent(text, t -> TextWidth.of(t, TextWidth.WINDOW_FONT));
    }
}
