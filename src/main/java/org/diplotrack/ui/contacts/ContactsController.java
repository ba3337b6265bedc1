package org.diplotrack.ui.contacts;

import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Level;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Source;
import org.diplotrack.ui.MainViewModel;
import org.diplotrack.ui.Messages;

/** The sortable table of the selected pair's contacts and the detail pane beside it. */
public final class ContactsController {
    @FXML private TableView<Contact> table;
    @FXML private TableColumn<Contact, PartialDate> dateColumn;
    @FXML private TableColumn<Contact, String> countriesColumn;
    @FXML private TableColumn<Contact, Level> levelColumn;
    @FXML private TableColumn<Contact, String> modeColumn;
    @FXML private TableColumn<Contact, String> statusColumn;
    @FXML private TableColumn<Contact, String> participantsColumn;
    @FXML private TableColumn<Contact, String> sourceColumn;
    @FXML private ContactDetailPane detail;

    @FXML
    private void initialize() {
        dateColumn.setCellValueFactory(value(Contact::date));
        dateColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(PartialDate item, boolean empty) {
                super.updateItem(item, empty);
                Contact c = empty ? null : getTableRow().getItem();
                setText(item == null || c == null ? null : (c.approximate() ? "c. " : "") + item);
            }
        });
        countriesColumn.setCellValueFactory(value(c -> c.a().country().name() + " – " + c.b().country().name()));
        levelColumn.setCellValueFactory(value(Contact::level));
        levelColumn.setComparator(Comparator.comparingInt(Level::rank));
        levelColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Level item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(s -> s.startsWith("level-rank-"));
                setText(empty || item == null ? null : item.label());
                if (!empty && item != null) {
                    getStyleClass().add("level-rank-" + item.rank());
                }
            }
        });
        modeColumn.setCellValueFactory(value(c -> c.mode().label()));
        statusColumn.setCellValueFactory(value(c -> c.status().label()));
        participantsColumn.setCellValueFactory(value(c -> Stream.concat(c.a().participants().stream(),
                c.b().participants().stream()).map(Participant::label).collect(Collectors.joining("; "))));
        sourceColumn.setCellValueFactory(value(c -> c.sources().stream().map(Source::label)
                .collect(Collectors.joining("; "))));
        table.getSortOrder().add(dateColumn);
    }

    /** Connects the table and the detail pane to the window's state. */
    public void bind(MainViewModel model, java.util.function.Consumer<String> linkOpener) {
        detail.setLinkOpener(linkOpener);
        SortedList<Contact> sorted = new SortedList<>(model.contacts());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.placeholderProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() ->
                new Label(Messages.get(model.selectedDyadProperty().get() == null ? "table.noPair" : "table.empty")),
                model.selectedDyadProperty()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, contact) ->
                model.selectedContactProperty().set(contact));
        model.selectedContactProperty().addListener((obs, old, contact) -> {
            detail.show(contact);
            if (contact != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(contact);
            }
        });
    }

    private static <T> javafx.util.Callback<TableColumn.CellDataFeatures<Contact, T>,
            javafx.beans.value.ObservableValue<T>> value(Function<Contact, T> getter) {
        return features -> new ReadOnlyObjectWrapper<>(getter.apply(features.getValue()));
    }
}
