package org.diplotrack.ui.missions;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.controlsfx.control.SearchableComboBox;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Country;
import org.diplotrack.model.MissionEnd;
import org.diplotrack.model.MissionRank;
import org.diplotrack.model.l10n.Localization;
import org.diplotrack.ui.DialogButtons;
import org.diplotrack.ui.DialogWindows;
import org.diplotrack.ui.LabelConverter;
import org.diplotrack.ui.Messages;

/** The mission editor: a dialog whose fields bind to a {@link MissionForm}; Save is off while the form has a problem. */
public final class MissionEditor {
    private MissionEditor() {
    }

    public static Optional<org.diplotrack.model.Mission> show(Window owner, MissionForm form) {
        Dialog<org.diplotrack.model.Mission> dialog = DialogWindows.dialog(owner, new Dialog<>());
        dialog.setTitle(Messages.get(form.original() == null ? "mission.editor.new" : "mission.editor.edit"));
        dialog.setHeaderText(dialog.getTitle());
        ButtonType save = DialogButtons.ok();
        dialog.getDialogPane().getButtonTypes().setAll(save, DialogButtons.cancel());

        List<Country> countries = Countries.all().stream()
                .sorted(Comparator.comparing(Country::label, Collator.getInstance(Localization.locale()))).toList();
        SearchableComboBox<Country> sending = countryPicker(countries, "missionSending");
        SearchableComboBox<Country> receiving = countryPicker(countries, "missionReceiving");
        sending.valueProperty().bindBidirectional(form.sending);
        receiving.valueProperty().bindBidirectional(form.receiving);
        ComboBox<MissionRank> rank = new ComboBox<>(FXCollections.observableArrayList(MissionRank.values()));
        rank.setId("missionRank");
        rank.setConverter(new LabelConverter<>(MissionRank::label));
        rank.valueProperty().bindBidirectional(form.rank);
        List<MissionEnd> ends = new ArrayList<>();
        ends.add(null); // not ended, or not said
        ends.addAll(List.of(MissionEnd.values()));
        ComboBox<MissionEnd> end = new ComboBox<>(FXCollections.observableArrayList(ends));
        end.setId("missionEnd");
        end.setConverter(new LabelConverter<>(e -> e == null ? Messages.get("mission.editor.noEnd") : e.label()));
        end.valueProperty().bindBidirectional(form.end);
        end.setPromptText(Messages.get("mission.editor.noEnd"));
        TextArea notes = new TextArea();
        notes.setId("missionNotes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(form.notes);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("mission-editor");
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints(360);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(names, fields);
        int row = 0;
        row = add(grid, row, "mission.editor.sending", sending);
        row = add(grid, row, "mission.editor.receiving", receiving);
        row = add(grid, row, "mission.editor.head", field("missionHead", form.head, null));
        row = add(grid, row, "mission.editor.title", field("missionTitle", form.title, null));
        row = add(grid, row, "mission.editor.rank", rank);
        row = add(grid, row, "mission.editor.from", field("missionFrom", form.from, Messages.get("editor.date.prompt")));
        row = add(grid, row, "mission.editor.to", field("missionTo", form.to, Messages.get("mission.editor.toPrompt")));
        row = add(grid, row, "mission.editor.end", end);
        row = add(grid, row, "mission.editor.notes", notes);
        row = add(grid, row, "mission.editor.sourcePublication", field("missionSourcePublication", form.sourcePublication,
                null));
        row = add(grid, row, "mission.editor.sourceTitle", field("missionSourceTitle", form.sourceTitle, null));
        row = add(grid, row, "mission.editor.sourceUrl", field("missionSourceUrl", form.sourceUrl, "https://…"));
        Label problem = new Label();
        problem.setId("missionProblem");
        problem.getStyleClass().addAll("editor-problems", "has-errors");
        problem.setWrapText(true);
        problem.setMaxWidth(480);
        problem.textProperty().bind(form.problemProperty());
        grid.add(problem, 0, row, 2, 1);
        dialog.getDialogPane().setContent(grid);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(form.problemProperty().isNotEmpty());
        dialog.setResultConverter(button -> button == save ? form.build().orElse(null) : null);
        return dialog.showAndWait();
    }

    private static SearchableComboBox<Country> countryPicker(List<Country> countries, String id) {
        SearchableComboBox<Country> picker = new SearchableComboBox<>(FXCollections.observableArrayList(countries));
        picker.setId(id);
        picker.setConverter(new LabelConverter<>(c -> c.label() + " (" + c.alpha2() + ")"));
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        if (prompt != null) {
            field.setPromptText(prompt);
        }
        return field;
    }

    private static int add(GridPane grid, int row, String key, Node field) {
        Label name = new Label(Messages.get(key));
        name.setLabelFor(field);
        name.getStyleClass().add("field-name");
        grid.add(name, 0, row);
        grid.add(field, 1, row);
        if (field instanceof javafx.scene.control.Control control) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        return row + 1;
    }
}
