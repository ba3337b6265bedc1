package org.diplotrack.ui.missions;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.diplotrack.model.Mission;
import org.diplotrack.model.l10n.DisplayFormats;
import org.diplotrack.ui.ColumnFit;
import org.diplotrack.ui.Messages;

/**
 * The Missions tab: the selected pair's heads of mission both ways (who, at what rank, from when
 * to when, how it ended), with New, Edit and Delete. It binds to a {@link MissionsViewModel} and
 * forwards the buttons, Enter and Delete to it.
 */
public final class MissionsPane extends VBox {
    private final TableView<Mission> table = new TableView<>();

    public MissionsPane(MissionsViewModel model) {
        getStyleClass().add("missions-pane");
        setSpacing(6);
        setPadding(new Insets(8));
        table.setId("missionsTable");
        table.setItems(model.missions());
        Label empty = new Label(Messages.get("missions.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        TableColumn<Mission, String> side = column("missions.column.side",
                m -> Messages.get("chart.band.label", m.sending().label(), m.receiving().label()));
        TableColumn<Mission, String> head = column("missions.column.head", m -> m.head() == null ? "" : m.head());
        TableColumn<Mission, String> rank = column("missions.column.rank", m -> m.rank().label());
        TableColumn<Mission, String> from = column("missions.column.from", m -> DisplayFormats.date(m.from()));
        TableColumn<Mission, String> to = column("missions.column.to",
                m -> m.to() == null ? Messages.get("missions.inPost") : DisplayFormats.date(m.to()));
        TableColumn<Mission, String> end = column("missions.column.end", m -> m.end() == null ? "" : m.end().label());
        TableColumn<Mission, String> notes = column("missions.column.notes", m -> m.notes() == null ? ""
                : m.notes().replaceAll("\\p{Cntrl}", " "));
        table.getColumns().setAll(side, head, rank, from, to, end, notes);
        // The free-text columns share what the fitted ones leave, the notes the most.
        head.setPrefWidth(200);
        end.setPrefWidth(140);
        notes.setPrefWidth(360);
        new ColumnFit<>(table)
                .fit(side, m -> Messages.get("chart.band.label", m.sending().label(), m.receiving().label()), 320)
                .fit(rank, m -> m.rank().label(), 260)
                .fit(from, m -> DisplayFormats.date(m.from()), 160)
                .fit(to, m -> m.to() == null ? Messages.get("missions.inPost") : DisplayFormats.date(m.to()), 160)
                .start();
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, m) -> model.selectedProperty().set(m));
        model.selectedProperty().addListener((obs, old, m) -> {
            if (m != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(m);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.edit();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                model.delete();
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && model.selectedProperty().get() != null) {
                model.edit();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button add = button("missionNew", "missions.new", model::newMission);
        Button edit = button("missionEdit", "missions.edit", model::edit);
        // The button turns off with nothing chosen; the table keeps the focus so that Ctrl+Z undoes
        // the deletion instead of reaching the search field.
        Button delete = button("missionDelete", "missions.delete", () -> {
            model.delete();
            table.requestFocus();
        });
        Button export = button("missionExport", "missions.export", model::export);
        edit.disableProperty().bind(model.selectedProperty().isNull());
        delete.disableProperty().bind(model.selectedProperty().isNull());
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.missions()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        TextField search = new TextField();
        search.setId("missionSearch");
        search.setPromptText(Messages.get("missions.search.prompt"));
        search.setPrefColumnCount(20);
        Tooltip how = new Tooltip(Messages.get("missions.search.tooltip"));
        how.setWrapText(true);
        how.setMaxWidth(420);
        search.setTooltip(how);
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                e.consume();
            }
        });
        Label found = new Label();
        found.setId("missionSearchStatus");
        found.textProperty().bind(model.statusProperty());
        HBox buttons = new HBox(8, add, edit, delete, gap, found, search, export);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(buttons, table);
    }

    private static TableColumn<Mission, String> column(String key, Function<Mission, String> text) {
        TableColumn<Mission, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }
}
