package org.diplotrack.ui.contacts;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactOrder;
import org.diplotrack.model.Level;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Source;
import org.diplotrack.model.l10n.DisplayFormats;
import org.diplotrack.ui.ColumnFit;
import org.diplotrack.ui.ContactActions;
import org.diplotrack.ui.MainViewModel;
import org.diplotrack.ui.Messages;
import org.diplotrack.ui.summary.SummaryPane;

/**
 * The filter bar, the table of matching contacts (one page at a time, sorted by the database)
 * and the detail pane beside it.
 */
public final class ContactsController {
    @FXML private SummaryPane summaryPane;
    @FXML private FilterBar filterBar;
    @FXML private TableView<Contact> table;
    @FXML private TableColumn<Contact, PartialDate> dateColumn;
    @FXML private TableColumn<Contact, String> countriesColumn;
    @FXML private TableColumn<Contact, Level> levelColumn;
    @FXML private TableColumn<Contact, String> modeColumn;
    @FXML private TableColumn<Contact, String> statusColumn;
    @FXML private TableColumn<Contact, String> participantsColumn;
    @FXML private TableColumn<Contact, String> sourceColumn;
    @FXML private TableColumn<Contact, Contact> reportsColumn;
    @FXML private ContactDetailPane detail;
    @FXML private Tab historyTab;
    @FXML private ContactHistoryPane historyPane;
    @FXML private HBox pager;
    @FXML private Label pageLabel;
    @FXML private Button previousPage;
    @FXML private Button nextPage;

    private MainViewModel model;
    private ContactActions actions;
    private Map<TableColumn<Contact, ?>, ContactOrder.Key> sortKeys;

    @FXML
    private void initialize() {
        dateColumn.setCellValueFactory(value(Contact::date));
        dateColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(PartialDate item, boolean empty) {
                super.updateItem(item, empty);
                Contact c = empty ? null : getTableRow().getItem();
                setText(item == null || c == null ? null : dateText(c));
            }
        });
        countriesColumn.setCellValueFactory(value(ContactsController::countries));
        levelColumn.setCellValueFactory(value(Contact::level));
        levelColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Level item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(s -> s.startsWith("level-rank-"));
                setText(empty || item == null ? null : item.shortLabel());
                // The short name may abbreviate: the whole of it in a tooltip.
                setTooltip(empty || item == null || item.shortLabel().equals(item.label()) ? null
                        : new Tooltip(item.label()));
                if (!empty && item != null) {
                    getStyleClass().add("level-rank-" + item.rank());
                }
            }
        });
        modeColumn.setCellValueFactory(value(c -> c.mode().label()));
        statusColumn.setCellValueFactory(value(c -> c.status().label()));
        participantsColumn.setCellValueFactory(value(Contact::participantsLabel));
        sourceColumn.setCellValueFactory(value(c -> c.sources().stream().map(Source::label)
                .collect(Collectors.joining("; "))));
        // Free text is cut to the column: the whole of it in a tooltip (and in the detail pane).
        participantsColumn.setCellFactory(column -> new TextWithTooltipCell());
        sourceColumn.setCellFactory(column -> new TextWithTooltipCell());
        reportsColumn.setCellValueFactory(value(c -> c));
        reportsColumn.setCellFactory(column -> new ReportsCell());
        sortKeys = Map.of(dateColumn, ContactOrder.Key.DATE, countriesColumn, ContactOrder.Key.COUNTRIES,
                levelColumn, ContactOrder.Key.LEVEL, modeColumn, ContactOrder.Key.MODE,
                statusColumn, ContactOrder.Key.STATUS);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    }

    /** Reads the history of the contact shown when the history tab is open (on opening it, too). */
    private void showHistory(Contact contact) {
        if (!historyTab.isSelected()) {
            return;
        }
        if (contact == null) {
            historyPane.showNone();
            return;
        }
        historyPane.showLoading();
        // An answer about a contact no longer selected is dropped, a failure as well as a list.
        actions.changesOf(contact, changes -> {
            if (contact == model.selectedContactProperty().get()) {
                historyPane.show(changes);
            }
        }, reason -> {
            if (contact == model.selectedContactProperty().get()) {
                historyPane.showFailed(reason);
            }
        });
    }

    private void showSummary(org.diplotrack.model.DyadSummary summary) {
        summaryPane.show(summary, model.pairMissionsProperty().get(),
                summary == null ? List.of() : model.pairs().predecessorsOnRecord(summary.dyad()));
    }

    /** Connects the filters, table, pager and detail pane to the window's state and actions. */
    public void bind(MainViewModel viewModel, ContactActions actions, Consumer<String> linkOpener) {
        this.model = viewModel;
        this.actions = actions;
        historyTab.selectedProperty().addListener((obs, was, open) -> showHistory(viewModel.selectedContactProperty().get()));
        detail.setLinkOpener(linkOpener);
        detail.setReportSplitter(actions::splitReport);
        detail.setMatchAdder((contact, match) -> actions.merge(List.of(contact, match)));
        filterBar.bind(viewModel.filterProperty());
        summaryPane.bindPredecessors(viewModel.filterProperty());
        viewModel.summaryProperty().addListener((obs, old, summary) -> showSummary(summary));
        showSummary(viewModel.summaryProperty().get());
        table.setItems(viewModel.contacts());
        new ColumnFit<>(table)
                .fit(dateColumn, ContactsController::dateText, 140)
                .fit(countriesColumn, ContactsController::countries, 260)
                .fit(levelColumn, c -> c.level().shortLabel(), 200)
                .fit(modeColumn, c -> c.mode().label(), 220)
                .fit(statusColumn, c -> c.status().label(), 120)
                .start();
        // The database sorts (the table holds one page); a click on a header asks it to.
        table.setSortPolicy(t -> {
            List<TableColumn<Contact, ?>> order = t.getSortOrder();
            ContactOrder wanted = order.isEmpty() ? ContactOrder.BY_DATE
                    : new ContactOrder(sortKeys.get(order.get(0)),
                    order.get(0).getSortType() == TableColumn.SortType.ASCENDING);
            if (!wanted.equals(viewModel.orderProperty().get())) {
                viewModel.orderProperty().set(wanted);
            }
            return true;
        });
        table.placeholderProperty().bind(Bindings.createObjectBinding(() -> new Label(Messages.get(
                viewModel.totalContactsProperty().get() == 0 ? "table.noContacts" : "table.empty")),
                viewModel.totalContactsProperty()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, contact) ->
                viewModel.selectedContactProperty().set(contact));
        viewModel.selectedContactProperty().addListener((obs, old, contact) -> {
            detail.show(contact);
            actions.findMatchingReports(contact, matches -> detail.showMatches(contact, matches));
            showHistory(contact);
            if (contact == null) {
                table.getSelectionModel().clearSelection();
            } else if (contact != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().select(contact);
                table.scrollTo(contact);
            }
        });

        table.setRowFactory(t -> {
            TableRow<Contact> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.edit(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                actions.edit(table.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                actions.delete(table.getSelectionModel().getSelectedItems());
                e.consume();
            }
        });
        MenuItem add = new MenuItem(Messages.get("menu.edit.new"));
        add.setOnAction(e -> actions.newContact());
        MenuItem edit = new MenuItem(Messages.get("menu.edit.edit"));
        edit.setOnAction(e -> actions.edit(table.getSelectionModel().getSelectedItem()));
        MenuItem duplicate = new MenuItem(Messages.get("menu.edit.duplicate"));
        duplicate.setOnAction(e -> actions.duplicate(table.getSelectionModel().getSelectedItem()));
        MenuItem delete = new MenuItem(Messages.get("menu.edit.delete"));
        delete.setOnAction(e -> actions.delete(table.getSelectionModel().getSelectedItems()));
        MenuItem merge = new MenuItem(Messages.get("menu.edit.merge"));
        merge.setId("mergeContactsItem");
        merge.setOnAction(e -> actions.merge(table.getSelectionModel().getSelectedItems()));
        for (MenuItem item : List.of(edit, duplicate, delete)) {
            item.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        merge.disableProperty().bind(selectionSize().lessThan(2));
        table.setContextMenu(new ContextMenu(add, new SeparatorMenuItem(), edit, duplicate, merge, delete));

        Runnable updatePager = () -> {
            int pages = viewModel.pageCount();
            int current = viewModel.pageProperty().get();
            pager.setVisible(pages > 1);
            pager.setManaged(pages > 1);
            pageLabel.setText(Messages.get("page.label", current + 1, pages));
            previousPage.setDisable(current == 0);
            nextPage.setDisable(current + 1 >= pages);
        };
        viewModel.matchingContactsProperty().addListener(o -> updatePager.run());
        viewModel.pageProperty().addListener(o -> updatePager.run());
        updatePager.run();
    }

    public void focusSearch() {
        filterBar.focusSearch();
    }

    /** The contacts selected in the table (several for a bulk delete). */
    /** How many contacts are selected (Merge contacts needs two). */
    public javafx.beans.binding.IntegerBinding selectionSize() {
        return Bindings.size(table.getSelectionModel().getSelectedItems());
    }

    public List<Contact> selection() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    @FXML
    private void previousPage() {
        model.pageProperty().set(Math.max(0, model.pageProperty().get() - 1));
    }

    @FXML
    private void nextPage() {
        model.pageProperty().set(Math.min(model.pageCount() - 1, model.pageProperty().get() + 1));
    }

    /**
     * "Jan 29, 2022", "janv. 2022", or "c. 2021" for an approximate date: written for the
     * language in use (the column still sorts by the date itself, in the database).
     */
    private static String dateText(Contact c) {
        return DisplayFormats.date(c.date(), c.approximate());
    }

    private static String countries(Contact c) {
        return c.a().country().label() + " – " + c.b().country().label();
    }

    /** A cell of free text whose tooltip shows all of it. */
    /** How many dataset reports a contact was merged from, and from how many sources in the tooltip. */
    private static final class ReportsCell extends TableCell<Contact, Contact> {
        private final Tooltip tooltip = new Tooltip();

        @Override
        protected void updateItem(Contact item, boolean empty) {
            super.updateItem(item, empty);
            boolean none = empty || item == null || item.reports().isEmpty();
            setText(none ? null : org.diplotrack.model.l10n.DisplayFormats.count(item.reports().size()));
            if (!none) {
                tooltip.setText(Messages.get("detail.reports", item.reports().size(), item.reportSources()));
            }
            setTooltip(none ? null : tooltip);
        }
    }

    private static final class TextWithTooltipCell extends TableCell<Contact, String> {
        private final Tooltip tooltip = new Tooltip();

        TextWithTooltipCell() {
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(480);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null || item.isBlank();
            setText(blank ? null : item);
            tooltip.setText(blank ? "" : item);
            setTooltip(blank ? null : tooltip);
        }
    }

    private static <T> javafx.util.Callback<TableColumn.CellDataFeatures<Contact, T>,
            javafx.beans.value.ObservableValue<T>> value(Function<Contact, T> getter) {
        return features -> new ReadOnlyObjectWrapper<>(getter.apply(features.getValue()));
    }
}
