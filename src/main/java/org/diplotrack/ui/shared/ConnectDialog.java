package org.diplotrack.ui.shared;

import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.diplotrack.store.ServerAddress;
import org.diplotrack.ui.DialogButtons;
import org.diplotrack.ui.DialogWindows;
import org.diplotrack.ui.LabelConverter;
import org.diplotrack.ui.Messages;

/** File › Connect to shared database…: a dialog whose fields bind to a {@link ConnectForm}. */
public final class ConnectDialog {
    private ConnectDialog() {
    }

    public static Optional<ServerAddress> show(Window owner, ConnectForm form) {
        Dialog<ServerAddress> dialog = DialogWindows.dialog(owner, new Dialog<>());
        dialog.setTitle(Messages.get("connect.title"));
        dialog.setHeaderText(Messages.get("connect.header"));
        ButtonType connect = DialogButtons.ok();
        dialog.getDialogPane().getButtonTypes().setAll(connect, DialogButtons.cancel());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("connect-form");
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints(320);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(names, fields);
        int row = 0;
        if (!form.recentServers().isEmpty()) {
            ComboBox<ServerAddress> recent = new ComboBox<>(form.recentServers());
            recent.setId("connectRecent");
            recent.setConverter(new LabelConverter<>(ServerAddress::toString));
            recent.valueProperty().bindBidirectional(form.recent);
            row = add(grid, row, "connect.recent", recent);
        }
        row = add(grid, row, "connect.host", field("connectHost", form.host));
        row = add(grid, row, "connect.port", field("connectPort", form.port));
        row = add(grid, row, "connect.database", field("connectDatabase", form.database));
        row = add(grid, row, "connect.user", field("connectUser", form.user));
        PasswordField password = new PasswordField();
        password.setId("connectPassword");
        password.setPromptText(Messages.get("connect.password.prompt"));
        password.textProperty().bindBidirectional(form.password);
        row = add(grid, row, "connect.password", password);
        ComboBox<String> tls = new ComboBox<>(FXCollections.observableArrayList(ConnectForm.TLS_MODES));
        tls.setId("connectTls");
        tls.setConverter(new LabelConverter<>(mode -> Messages.get("connect.tls." + mode)));
        tls.valueProperty().bindBidirectional(form.tls);
        row = add(grid, row, "connect.tls", tls);
        Label problem = new Label();
        problem.setId("connectProblem");
        problem.getStyleClass().addAll("editor-problems", "has-errors");
        problem.setWrapText(true);
        problem.setMaxWidth(440);
        problem.textProperty().bind(form.problemProperty());
        grid.add(problem, 0, row, 2, 1);
        dialog.getDialogPane().setContent(grid);
        Node connectButton = dialog.getDialogPane().lookupButton(connect);
        connectButton.disableProperty().bind(form.problemProperty().isNotEmpty());
        dialog.setResultConverter(button -> button == connect ? form.build().orElse(null) : null);
        return dialog.showAndWait();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static int add(GridPane grid, int row, String key, Control field) {
        Label name = new Label(Messages.get(key));
        name.setLabelFor(field);
        name.setMnemonicParsing(true);
        name.getStyleClass().add("field-name");
        grid.add(name, 0, row);
        grid.add(field, 1, row);
        field.setMaxWidth(Double.MAX_VALUE);
        return row + 1;
    }
}
