package org.diplotrack.ui.shared;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.diplotrack.model.Contact;
import org.diplotrack.ui.DialogWindows;
import org.diplotrack.ui.Messages;

/**
 * The two versions of a contact side by side, field by field, when a save was refused because
 * someone else saved it meanwhile; binds to a {@link ConflictForm}.
 */
public final class ConflictDialog {
    private static final double VALUE_WIDTH = 300;

    private ConflictDialog() {
    }

    /** @return the contact to save, or empty to keep theirs and drop my edit */
    public static Optional<Contact> show(Window owner, ConflictForm form) {
        Dialog<Contact> dialog = DialogWindows.dialog(owner, new Dialog<>());
        dialog.setTitle(Messages.get("conflict.title"));
        dialog.setHeaderText(Messages.get("conflict.header"));
        ButtonType save = new ButtonType(Messages.get("conflict.save"), ButtonData.OK_DONE);
        ButtonType discard = new ButtonType(Messages.get("conflict.discard"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, discard);

        Label what = new Label(form.header());
        what.setId("conflictWhat");
        what.setWrapText(true);
        what.setMaxWidth(2 * VALUE_WIDTH + 160);
        Button allMine = new Button(Messages.get("conflict.allMine"));
        allMine.setId("conflictAllMine");
        allMine.setOnAction(e -> form.chooseAllMine());
        Button allTheirs = new Button(Messages.get("conflict.allTheirs"));
        allTheirs.setId("conflictAllTheirs");
        allTheirs.setOnAction(e -> form.chooseAllTheirs());
        HBox choices = new HBox(8, allMine, allTheirs);

        ScrollPane fields = new ScrollPane(grid(form));
        fields.setFitToWidth(true);
        fields.setPrefViewportHeight(Math.min(420, 40 + 34 * form.rows().size()));
        Label problem = new Label();
        problem.setId("conflictProblem");
        problem.getStyleClass().addAll("editor-problems", "has-errors");
        problem.setWrapText(true);
        problem.textProperty().bind(form.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        VBox content = new VBox(10, what, choices, fields, problem);
        dialog.getDialogPane().setContent(content);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("conflictSave");
        saveButton.disableProperty().bind(form.problemProperty().isNotEmpty());
        dialog.getDialogPane().lookupButton(discard).setId("conflictDiscard");
        dialog.setResultConverter(button -> button == save && !form.allTheirs() ? form.result().orElse(null) : null);
        return dialog.showAndWait();
    }

    private static GridPane grid(ConflictForm form) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("conflict-fields");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(names, new ColumnConstraints(VALUE_WIDTH), new ColumnConstraints(VALUE_WIDTH));
        grid.addRow(0, heading("conflict.field"), heading("conflict.mine"), heading("conflict.theirs"));
        int row = 1;
        for (ConflictForm.Row field : form.rows()) {
            ToggleGroup pick = new ToggleGroup();
            RadioButton mine = value("conflictMine-" + field.field(), field.mine(), pick);
            RadioButton theirs = value("conflictTheirs-" + field.field(), field.theirs(), pick);
            (field.fromTheirsProperty().get() ? theirs : mine).setSelected(true);
            field.fromTheirsProperty().addListener((o, was, is) -> (is ? theirs : mine).setSelected(true));
            pick.selectedToggleProperty().addListener((o, was, is) -> {
                if (is != null) {
                    field.fromTheirsProperty().set(is == theirs);
                }
            });
            Label name = new Label(field.label());
            name.getStyleClass().add("field-name");
            grid.addRow(row++, name, mine, theirs);
        }
        return grid;
    }

    private static Label heading(String key) {
        Label heading = new Label(Messages.get(key));
        heading.getStyleClass().addAll("field-name", "column-heading");
        return heading;
    }

    private static RadioButton value(String id, String text, ToggleGroup group) {
        RadioButton value = new RadioButton(text);
        value.setId(id);
        value.setToggleGroup(group);
        value.setMnemonicParsing(false);
        value.setWrapText(true);
        value.setMaxWidth(VALUE_WIDTH);
        return value;
    }
}
