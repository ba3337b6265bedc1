package org.diplotrack.ui.contacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.l10n.DisplayFormats;
import org.diplotrack.ui.ChangesViewModel;
import org.diplotrack.ui.DialogService;
import org.diplotrack.ui.MainViewModel;
import org.diplotrack.ui.Messages;

/** The trash: deleted contacts, restorable (undoably) or removed for good (after asking). */
public final class TrashController {
    @FXML private TableView<Contact> trashTable;
    @FXML private TableColumn<Contact, PartialDate> dateColumn;
    @FXML private TableColumn<Contact, String> countriesColumn;
    @FXML private TableColumn<Contact, String> levelColumn;
    @FXML private TableColumn<Contact, String> summaryColumn;
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
        levelColumn.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().level().label()));
        summaryColumn.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().summary()));
        trashTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        trashTable.setPlaceholder(new Label(Messages.get("trash.empty")));
        restoreButton.disableProperty().bind(trashTable.getSelectionModel().selectedItemProperty().isNull());
        purgeButton.disableProperty().bind(trashTable.getSelectionModel().selectedItemProperty().isNull());
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
    }

    @FXML
    private void restore() {
        model.restore(List.copyOf(trashTable.getSelectionModel().getSelectedItems()));
    }

    @FXML
    private void purge() {
        List<Contact> chosen = List.copyOf(trashTable.getSelectionModel().getSelectedItems());
        if (!chosen.isEmpty() && dialogs.confirm(Messages.get("trash.purge.title"),
                Messages.get("trash.purge.text", chosen.size()))) {
            model.purge(chosen);
        }
    }
}
