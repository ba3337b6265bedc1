package org.diplotrack.ui;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.controlsfx.control.StatusBar;
import org.diplotrack.chart.TimelineData;
import org.diplotrack.io.AppVersion;
import org.diplotrack.model.DyadActivity;
import org.diplotrack.model.Level;
import org.diplotrack.store.Database;
import org.diplotrack.ui.contacts.ContactsController;
import org.diplotrack.ui.timeline.TimelineCanvas;

/** Wires the main window's menus, pair list, tabs and status bar to the {@link MainViewModel}. */
public final class MainController {
    private final MainViewModel model;
    private final DialogService dialogs;
    private final FxTaskRunner tasks;
    private final Consumer<String> linkOpener;

    @FXML private ListView<DyadActivity> pairList;
    @FXML private TabPane tabs;
    @FXML private Tab contactsTab;
    @FXML private Tab timelineTab;
    @FXML private TimelineCanvas timeline;
    @FXML private StatusBar statusBar;
    @FXML private ContactsController contactsController;

    /** @param linkOpener opens a web address in the user's browser */
    public MainController(MainViewModel model, DialogService dialogs, FxTaskRunner tasks,
                          Consumer<String> linkOpener) {
        this.model = model;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.linkOpener = linkOpener;
    }

    @FXML
    private void initialize() {
        pairList.setItems(model.dyads());
        pairList.setCellFactory(list -> new PairCell());
        pairList.setPlaceholder(new Label(Messages.get("pairs.empty")));
        pairList.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                model.selectedDyadProperty().set(item.dyad());
            }
        });
        model.selectedDyadProperty().addListener((obs, old, dyad) -> model.dyads().stream()
                .filter(d -> d.dyad().equals(dyad)).findFirst()
                .ifPresent(d -> pairList.getSelectionModel().select(d)));

        contactsController.bind(model, linkOpener);
        model.contacts().addListener((javafx.collections.ListChangeListener<Object>) c ->
                timeline.setData(TimelineData.of(model.contacts())));
        model.selectedContactProperty().addListener((obs, old, contact) ->
                timeline.setSelectedId(contact == null ? 0 : contact.id()));

        statusBar.textProperty().bind(Bindings.createStringBinding(() -> {
            Database db = model.databaseProperty().get();
            return db == null ? Messages.get("status.opening") : Messages.get("status.database", db.file());
        }, model.databaseProperty()));
        Label count = new Label();
        count.getStyleClass().add("status-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("status.contacts", model.totalContactsProperty().get()),
                model.totalContactsProperty()));
        statusBar.getRightItems().add(count);
        statusBar.progressProperty().bind(Bindings.when(tasks.busyProperty()).then(-1.0).otherwise(0.0));
    }

    @FXML
    private void openDatabase() {
        dialogs.chooseDatabaseToOpen().ifPresent(model::open);
    }

    @FXML
    private void refresh() {
        Database db = model.databaseProperty().get();
        if (db != null) {
            model.open(db.file());
        }
    }

    @FXML
    private void showContacts() {
        tabs.getSelectionModel().select(contactsTab);
    }

    @FXML
    private void showTimeline() {
        tabs.getSelectionModel().select(timelineTab);
    }

    @FXML
    private void about() {
        dialogs.showInformation(Messages.get("menu.help.about").replace("_", ""),
                Messages.get("about.text", AppVersion.version(), Level.CONTACT_LEVEL_RULE));
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    /** "Canada–Russia" over "3 contacts · 2022". */
    private static final class PairCell extends ListCell<DyadActivity> {
        @Override
        protected void updateItem(DyadActivity item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            int firstYear = item.first().getYear();
            int lastYear = item.last().getYear();
            String years = firstYear == lastYear ? String.valueOf(firstYear) : firstYear + "–" + lastYear;
            setText(Messages.get("pairs.cell", item.dyad().label(), item.contacts(), years));
        }
    }
}
