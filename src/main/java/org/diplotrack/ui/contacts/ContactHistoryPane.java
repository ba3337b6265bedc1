package org.diplotrack.ui.contacts;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.diplotrack.model.Change;
import org.diplotrack.model.FieldChange;
import org.diplotrack.model.l10n.DisplayFormats;
import org.diplotrack.ui.Messages;

/**
 * The history tab of the detail pane: a contact's recorded changes, newest first, each with
 * when, who and what, and every field it changed before and after.
 */
public final class ContactHistoryPane extends VBox {

    public ContactHistoryPane() {
        getStyleClass().add("contact-history");
        showNone();
    }

    /** Nothing selected. */
    public void showNone() {
        getChildren().setAll(DetailLayout.placeholder(Messages.get("detail.empty")));
    }

    public void showLoading() {
        getChildren().setAll(DetailLayout.placeholder(Messages.get("history.loading")));
    }

    public void showFailed(String reason) {
        getChildren().setAll(DetailLayout.placeholder(Messages.get("history.failed", reason)));
    }

    public void show(List<Change> changes) {
        if (changes.isEmpty()) {
            getChildren().setAll(DetailLayout.placeholder(Messages.get("history.empty")));
            return;
        }
        getChildren().clear();
        for (Change c : changes) {
            VBox entry = new VBox(2);
            entry.getStyleClass().add("history-entry");
            Label head = text(Messages.get("history.row", DisplayFormats.moment(c.at()), c.who(), c.kind().label()));
            head.getStyleClass().add("section-title");
            entry.getChildren().add(head);
            if (!c.fields().isEmpty()) {
                GridPane grid = DetailLayout.namesAndValues();
                int row = 0;
                for (FieldChange f : c.fields()) {
                    String none = Messages.get("history.value.none");
                    row = DetailLayout.addRow(grid, row, f.label(),
                            text(f.shown(f.before(), none) + " \u2192 " + f.shown(f.after(), none)));
                }
                entry.getChildren().add(grid);
            }
            getChildren().add(entry);
        }
    }

    private static Label text(String s) {
        return DetailLayout.text(s);
    }
}
