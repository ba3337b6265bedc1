package org.diplotrack.ui.contacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Mission;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.l10n.DisplayFormats;
import org.diplotrack.ui.ChangesViewModel;
import org.diplotrack.ui.DialogService;
import org.diplotrack.ui.MainViewModel;
import org.diplotrack.ui.Messages;

/**
 * The trash: deleted contacts and missions, each in its own table; what is chosen in either is
 * restored together (undoably) or removed for good (after asking).
 */
public final class TrashController {
    @FXML private TableView<Contact> trashTable;
    @FXML private TableColumn<Contact, PartialDate> dateColumn;
    @FXML private TableColumn<Contact, String> countriesColumn;
    @FXML private TableColumn<Contact, String> levelColumn;
    @FXML private TableColumn<Contact, String> summaryColumn;
    @FXML private TableView<Mission> missionTrashTable;
    @FXML private TableColumn<Mission, PartialDate> missionFromColumn;
    @FXML private TableColumn<Mission, String> missionSideColumn;
    @FXML private TableColumn<Mission, String> missionRankColumn;
    @FXML private TableColumn<Mission, String> missionHeadColumn;
    @FXML private Label contactsHeading;
    @FXML private Label missionsHeading;
    @FXML private Button restoreButton;
    @FXML private Button purgeButton;

    private ChangesViewModel model;
    private DialogService dialogs;

    @FXML
    private void initialize() {
        // The date itself is the value, so that a click on the header sorts by time, not by its text.
        dateColumn.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().date()));
        dateColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(PartialDate item, boolean empty) {
                super.updateItem(item, empty);
                Contact c = empty ? null : getTableRow().getItem();
                setText(item == null || c == null ? null : DisplayFormats.date(item, c.approximate()));
            }
        });
        countriesColumn.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(
                f.getValue().a().country().label() + " – " + f.getValue().b().country().label()));
        levelColumn.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().level().shortLabel()));
        summaryColumn.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().summary()));
        trashTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        trashTable.setPlaceholder(new Label(Messages.get("trash.empty")));

        missionFromColumn.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().from()));
        missionFromColumn.setComparator(Comparator.comparing(PartialDate::firstDay));
        missionFromColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(PartialDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DisplayFormats.date(item));
            }
        });
        missionSideColumn.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(Messages.get("chart.band.label",
                f.getValue().sending().label(), f.getValue().receiving().label())));
        missionRankColumn.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().rank().label()));
        missionHeadColumn.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(
                f.getValue().head() == null ? "" : f.getValue().head()));
        missionTrashTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        missionTrashTable.setPlaceholder(new Label(Messages.get("trash.missions.empty")));

        BooleanBinding nothingChosen = trashTable.getSelectionModel().selectedItemProperty().isNull()
                .and(missionTrashTable.getSelectionModel().selectedItemProperty().isNull());
        restoreButton.disableProperty().bind(nothingChosen);
        purgeButton.disableProperty().bind(nothingChosen);
    }

    /** Loads the trash view bound to the window's state. */
    public static Parent load(MainViewModel viewModel, DialogService dialogService) {
        FXMLLoader loader = new FXMLLoader(TrashController.class.getResource("/fxml/trash.fxml"),
                Messages.bundle());
        try {
            Parent view = loader.load();
            loader.<TrashController>getController().bind(viewModel, dialogService);
            return view;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the trash's layout", e);
        }
    }

    private void bind(MainViewModel viewModel, DialogService dialogService) {
        this.model = viewModel.changes();
        this.dialogs = dialogService;
        trashTable.setItems(model.trash());
        missionTrashTable.setItems(model.missionTrash());
        contactsHeading.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("trash.section.contacts", model.trash().size()), model.trash()));
        missionsHeading.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("trash.section.missions", model.missionTrash().size()), model.missionTrash()));
    }

    @FXML
    private void restore() {
        model.restore(chosenContacts(), chosenMissions());
    }

    @FXML
    private void purge() {
        List<Contact> contacts = chosenContacts();
        List<Mission> missions = chosenMissions();
        if ((!contacts.isEmpty() || !missions.isEmpty())
                && dialogs.confirm(Messages.get("trash.purge.title"), purgeQuestion(contacts, missions))) {
            model.purge(contacts, missions);
        }
    }

    private static String purgeQuestion(List<Contact> contacts, List<Mission> missions) {
        if (missions.isEmpty()) {
            return Messages.get("trash.purge.text", contacts.size());
        }
        String what = contacts.isEmpty() ? Messages.get("undo.missions", missions.size())
                : Messages.get("trash.and", Messages.get("undo.contacts", contacts.size()),
                        Messages.get("undo.missions", missions.size()));
        return Messages.get("trash.purge.records", what);
    }

    private List<Contact> chosenContacts() {
        return List.copyOf(trashTable.getSelectionModel().getSelectedItems());
    }

    private List<Mission> chosenMissions() {
        return List.copyOf(missionTrashTable.getSelectionModel().getSelectedItems());
    }
}
