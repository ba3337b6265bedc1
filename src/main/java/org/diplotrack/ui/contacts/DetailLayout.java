package org.diplotrack.ui.contacts;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The pieces the detail pane's tabs share: wrapping labels and a grid of names and values. */
final class DetailLayout {
    private DetailLayout() {
    }

    /** A label that wraps and shows its text as it is (no mnemonics: data is shown verbatim). */
    static Label text(String s) {
        Label label = new Label(s);
        label.setWrapText(true);
        label.setMnemonicParsing(false);
        return label;
    }

    /** A greyed line that stands in for content: nothing selected, nothing recorded, still reading. */
    static Label placeholder(String s) {
        Label label = text(s);
        label.getStyleClass().add("placeholder");
        return label;
    }

    /**
     * Two columns: names as wide as the longest, never broken ("Происхождение" was cut in two),
     * and values in the rest.
     */
    static GridPane namesAndValues() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("detail-grid");
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, values);
        return grid;
    }

    /** Adds a row of a name and a value, styled as such; returns the next row. */
    static int addRow(GridPane grid, int row, String name, Label value) {
        Label label = text(name);
        label.getStyleClass().add("field-name");
        value.getStyleClass().add("field-value");
        grid.addRow(row, label, value);
        return row + 1;
    }
}
