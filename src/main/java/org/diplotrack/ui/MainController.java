package org.diplotrack.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.controlsfx.control.RangeSlider;
import org.controlsfx.control.StatusBar;
import org.diplotrack.chart.ChartTheme;
import org.diplotrack.chart.TimelineData;
import org.diplotrack.chart.Viewport;
import org.diplotrack.chart.export.ChartContent;
import org.diplotrack.model.Missions;
import org.diplotrack.chart.export.ExportOptions;
import org.diplotrack.io.AppVersion;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.DyadActivity;
import org.diplotrack.model.Level;
import org.diplotrack.model.l10n.Localization;
import org.diplotrack.store.RecordLocation;
import org.diplotrack.ui.contacts.ContactsController;
import org.diplotrack.ui.contacts.TrashController;
import org.diplotrack.ui.export.ExportDialog;
import org.diplotrack.ui.export.ExportSettings;
import org.diplotrack.ui.extract.TextDraftsViewModel;
import org.diplotrack.ui.extract.TextDraftsWindow;
import org.diplotrack.ui.importer.ImportDialog;
import org.diplotrack.ui.missions.MissionsPane;
import org.diplotrack.ui.shared.ConnectForm;
import org.diplotrack.ui.missions.MissionsViewModel;
import org.diplotrack.ui.timeline.TimelineCanvas;

/** Wires the main window's menus, toolbar, pair list, tabs and status bar to the {@link MainViewModel}. */
public final class MainController {
    private final MainViewModel model;
    private final DialogService dialogs;
    private final FxTaskRunner tasks;
    private final FxTaskRunner backupTasks;
    /**
     * Whether either runner works. Held here: a binding is only weakly referenced by what it
     * observes, and once collected the busy indicator would turn for ever.
     */
    private final BooleanBinding busy;
    private final Consumer<String> linkOpener;
    private final ContactActions actions;
    private final Settings settings;
    @FXML private ListView<DyadActivity> pairList;
    /** True while the list and the model's choice are made alike, so that neither echoes the other. */
    private boolean syncing;
    @FXML private TabPane tabs;
    @FXML private Tab contactsTab;
    @FXML private Tab timelineTab;
    @FXML private Tab trashTab;
    @FXML private Tab missionsTab;
    @FXML private TimelineCanvas timeline;
    @FXML private RangeSlider timelineRange;
    @FXML private Label densityNotice;
    @FXML private StatusBar statusBar;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private CheckMenuItem mergeReportsItem;
    @FXML private Menu languageMenu;
    @FXML private CheckMenuItem lanesByLevelItem;
    @FXML private ToggleButton lanesByPairButton;
    @FXML private ToggleButton lanesByLevelButton;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private MenuItem newItem;
    @FXML private MenuItem fromTextItem;
    @FXML private MenuItem editItem;
    @FXML private MenuItem duplicateItem;
    @FXML private MenuItem deleteItem;
    @FXML private MenuItem mergeItem;
    @FXML private Button newButton;
    @FXML private Button editButton;
    @FXML private Button duplicateButton;
    @FXML private Button deleteButton;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private ContactsController contactsController;

    /**
     * @param tasks       runs the view models' reads and writes
     * @param backupTasks runs backups, apart from those
     * @param linkOpener  opens a web address in the user's browser
     */
    public MainController(MainViewModel model, DialogService dialogs, FxTaskRunner tasks, FxTaskRunner backupTasks,
                          Consumer<String> linkOpener, Settings settings) {
        this.settings = settings;
        this.model = model;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.backupTasks = backupTasks;
        this.busy = tasks.busyProperty().or(backupTasks.busyProperty());
        this.linkOpener = linkOpener;
        this.actions = new ContactActions(model, dialogs, LocalDate::now);
    }

    @FXML
    private void initialize() {
        bindPairList();
        contactsController.bind(model, actions, linkOpener);
        // The trash is built when first shown: nobody needs it to start.
        trashTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && trashTab.getContent() == null) {
                trashTab.setContent(TrashController.load(model, dialogs));
            }
        });
        // The missions too: built when first shown.
        missionsTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && missionsTab.getContent() == null) {
                missionsTab.setContent(new MissionsPane(new MissionsViewModel(tasks, dialogs, model.changes(),
                        model.pairs().selectedPairProperty(), model.pairMissionsProperty(),
                        model.databaseProperty())));
            }
        });
        model.page().marksProperty().addListener((obs, old, marks) -> {
            timeline.setData(TimelineData.of(marks));
            timelineRange.setDisable(marks.size() == 0); // no time to choose a span of
        });
        model.page().selectedContactProperty().addListener((obs, old, contact) ->
                timeline.setSelectedId(contact == null ? 0 : contact.id()));
        timelineTab.selectedProperty().addListener((obs, was, selected) -> timeline.setActive(selected));
        // The pair's missions arrive just before its summary: the bands follow them.
        model.summaryProperty().addListener((obs, old, summary) -> timeline.setRepresentation(summary == null
                ? List.of() : Missions.timelines(model.pairMissionsProperty().get(), summary.dyad())));
        model.pairs().selectedPairProperty().addListener((obs, old, pair) -> {
            timeline.fitAll();
            // Several pairs read best a lane each, one pair by level with its ceiling; the
            // toggle switches either way.
            lanesByLevelItem.setSelected(pair != null);
        });
        bindLaneChoice();
        densityNotice.textProperty().bind(Bindings.createStringBinding(() ->
                timeline.densityCountProperty().get() == 0 ? ""
                        : Messages.get("timeline.density", timeline.densityCountProperty().get()),
                timeline.densityCountProperty()));
        timeline.setOnSelect(id -> model.page().selectContact(id, contact -> { }));
        timeline.setOnOpen(id -> model.page().selectContact(id, actions::edit));
        timeline.setDescriber((id, answer) -> model.page().describeContact(id, c -> answer.accept(describe(c))));
        bindEditing();
        bindStatusBar();
        bindOverview();
        darkThemeItem.setSelected(settings.darkTheme());
        mergeReportsItem.setSelected(settings.mergeReports());
        fillLanguageMenu();
        timeline.sceneProperty().addListener((obs, old, scene) -> applyTheme());
    }

    /** The toggle over the timeline and the View menu's item are one choice: lanes by level or by pair. */
    private void bindLaneChoice() {
        lanesByLevelButton.selectedProperty().bindBidirectional(lanesByLevelItem.selectedProperty());
        lanesByPairButton.selectedProperty().addListener((obs, was, byPair) -> lanesByLevelItem.setSelected(!byPair));
        lanesByLevelItem.selectedProperty().addListener((obs, was, byLevel) -> {
            lanesByPairButton.setSelected(!byLevel);
            timeline.setLanesByPair(!byLevel);
        });
        lanesByLevelItem.setSelected(model.pairs().selectedPairProperty().get() != null);
        lanesByPairButton.setSelected(!lanesByLevelItem.isSelected());
        timeline.setLanesByPair(!lanesByLevelItem.isSelected());
    }

    @FXML
    private void fitTimeline() {
        timeline.fitAll();
        timeline.requestFocus();
    }

    /**
     * The slider under the timeline: its track is all the contacts' time, its thumbs the span
     * shown; moving either moves the other.
     */
    private void bindOverview() {
        // Until there are contacts: the whole (empty) track, not the control's default thumbs.
        timelineRange.setLowValue(timelineRange.getMin());
        timelineRange.setHighValue(timelineRange.getMax());
        timelineRange.setDisable(true);
        boolean[] syncing = {false};
        timeline.shownProperty().addListener((obs, old, shown) -> {
            if (shown == null || syncing[0]) {
                return;
            }
            syncing[0] = true;
            Viewport all = Viewport.fit(timeline.getData());
            timelineRange.setMin(Math.min(all.startDay(), shown.startDay()));
            timelineRange.setMax(Math.max(all.endDay(), shown.endDay()));
            // Widest first, so that neither thumb is clamped by the other on the way.
            timelineRange.setLowValue(timelineRange.getMin());
            timelineRange.setHighValue(timelineRange.getMax());
            timelineRange.setHighValue(shown.endDay());
            timelineRange.setLowValue(shown.startDay());
            syncing[0] = false;
        });
        InvalidationListener moved = o -> {
            if (!syncing[0] && timelineRange.getHighValue() > timelineRange.getLowValue()) {
                syncing[0] = true;
                timeline.setViewport(new Viewport(timelineRange.getLowValue(),
                        timelineRange.getHighValue()));
                syncing[0] = false;
            }
        };
        timelineRange.lowValueProperty().addListener(moved);
        timelineRange.highValueProperty().addListener(moved);
    }

    @FXML
    private void toggleMergeReports() {
        settings.saveMergeReports(mergeReportsItem.isSelected());
    }

    @FXML
    private void toggleDarkTheme() {
        settings.saveDarkTheme(darkThemeItem.isSelected());
        applyTheme();
    }

    /** The dark stylesheet over the base one, and the chart's matching colours. */
    private void applyTheme() {
        Scene scene = timeline.getScene();
        if (scene == null) {
            return;
        }
        DialogWindows.applyTheme(scene, darkThemeItem.isSelected());
        timeline.setTheme(darkThemeItem.isSelected() ? ChartTheme.DARK
                : ChartTheme.LIGHT);
    }

    /** The timeline's tooltip: what a researcher needs to recognise a contact. */
    private static String describe(Contact c) {
        String people = c.participantsLabel();
        String summary = c.summary() == null ? "" : c.summary().lines().findFirst().orElse("");
        String source = c.sources().isEmpty() ? "" : c.sources().get(0).label();
        return Messages.get("timeline.tooltip", c.title(), c.level().label(), c.mode().label(), c.status().label(),
                people.isEmpty() ? "—" : people, summary.isEmpty() ? "—" : summary, source.isEmpty() ? "—" : source);
    }

    /**
     * The list shows the pairs view model's list and choice; a click (Ctrl/Shift-click for
     * several) is forwarded to it as the user's choice.
     */
    private void bindPairList() {
        PairsViewModel pairs = model.pairs();
        pairList.setItems(pairs.shown());
        pairList.setCellFactory(list -> new PairCell());
        // Ctrl/Shift-click selects several pairs: one lane each on the timeline, their contacts together.
        pairList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        pairList.getSelectionModel().getSelectedItems().addListener((ListChangeListener<DyadActivity>) c -> {
            // Replacing the items or showing the model's choice moves the selection: not the user's choice.
            if (!syncing && !pairList.getSelectionModel().getSelectedItems().isEmpty()) {
                Set<Dyad> chosen = pairList.getSelectionModel().getSelectedItems().stream()
                        .map(DyadActivity::dyad).filter(Objects::nonNull).collect(Collectors.toSet());
                syncing = true; // the list shows this choice already: the model's echo must not reselect mid-change
                try {
                    pairs.choose(chosen);
                } finally {
                    syncing = false;
                }
            }
        });
        pairs.shown().addListener((ListChangeListener<DyadActivity>) c -> showChoice());
        pairs.selectedPairProperty().addListener((obs, old, pair) -> showChoice());
        pairs.selectedPairsProperty().addListener((obs, old, several) -> showChoice());
        showChoice();
    }

    /** Shows the model's choice in the list: the one pair (or All pairs), or the several pairs. */
    private void showChoice() {
        PairsViewModel pairs = model.pairs();
        List<DyadActivity> items = pairList.getItems();
        Set<Dyad> several = pairs.selectedPairsProperty().get();
        int[] wanted = IntStream.range(0, items.size())
                .filter(i -> several.isEmpty()
                        ? Objects.equals(items.get(i).dyad(), pairs.selectedPairProperty().get())
                        : items.get(i).dyad() != null && several.contains(items.get(i).dyad()))
                .toArray();
        if (syncing || wanted.length == 0 || Arrays.equals(wanted,
                pairList.getSelectionModel().getSelectedIndices().stream().mapToInt(Integer::intValue).sorted()
                        .toArray())) {
            return;
        }
        syncing = true;
        try {
            pairList.getSelectionModel().clearSelection();
            pairList.getSelectionModel().selectIndices(wanted[0], Arrays.copyOfRange(wanted, 1, wanted.length));
        } finally {
            syncing = false;
        }
    }

    private void bindEditing() {
        ObservableValue<String> undoText = model.changes().history().undoDescriptionProperty();
        ObservableValue<String> redoText = model.changes().history().redoDescriptionProperty();
        undoItem.textProperty().bind(Bindings.createStringBinding(() -> undoText.getValue().isEmpty()
                ? Messages.get("menu.edit.nothingToUndo") : Messages.get("menu.edit.undo", undoText.getValue()), undoText));
        redoItem.textProperty().bind(Bindings.createStringBinding(() -> redoText.getValue().isEmpty()
                ? Messages.get("menu.edit.nothingToRedo") : Messages.get("menu.edit.redo", redoText.getValue()), redoText));
        undoButton.disableProperty().bind(undoItem.disableProperty());
        redoButton.disableProperty().bind(redoItem.disableProperty());
        undoButton.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> new Tooltip(undoItem.getText() + " (Ctrl+Z)"), undoItem.textProperty()));
        redoButton.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> new Tooltip(redoItem.getText() + " (Ctrl+Shift+Z)"), redoItem.textProperty()));
        var readOnly = model.readOnlyProperty();
        var noSelection = model.page().selectedContactProperty().isNull().or(readOnly);
        for (MenuItem item : List.of(editItem, duplicateItem, deleteItem)) {
            item.disableProperty().bind(noSelection);
        }
        for (Button button : List.of(editButton, duplicateButton, deleteButton)) {
            button.disableProperty().bind(noSelection);
        }
        newItem.disableProperty().bind(readOnly);
        mergeItem.disableProperty().bind(readOnly.or(contactsController.selectionSize().lessThan(2)));
        fromTextItem.disableProperty().bind(readOnly);
        newButton.disableProperty().bind(readOnly);
        undoItem.disableProperty().bind(Bindings.createBooleanBinding(
                () -> undoText.getValue().isEmpty() || readOnly.get(), undoText, readOnly));
        redoItem.disableProperty().bind(Bindings.createBooleanBinding(
                () -> redoText.getValue().isEmpty() || readOnly.get(), redoText, readOnly));
    }

    private void bindStatusBar() {
        statusBar.textProperty().bind(Bindings.createStringBinding(() -> {
            RecordLocation where = model.openRecordProperty().get();
            return where == null ? Messages.get("status.opening") : Messages.get("status.database", where);
        }, model.openRecordProperty()));
        Label count = new Label();
        count.getStyleClass().add("status-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("status.matching", model.page().matchingContactsProperty().get(),
                        model.page().totalContactsProperty().get()),
                model.page().matchingContactsProperty(), model.page().totalContactsProperty()));
        statusBar.getRightItems().add(count);
        // Read-only files say so where the user looks for the file's state, in the status bar.
        Label readOnly = new Label(Messages.get("readonly.status"));
        readOnly.setId("readOnlyNotice");
        readOnly.getStyleClass().add("read-only-notice");
        readOnly.visibleProperty().bind(model.readOnlyProperty());
        readOnly.managedProperty().bind(model.readOnlyProperty());
        statusBar.getLeftItems().add(readOnly);
        // Changes the server did not get, kept and tried again: said where the record's state is.
        Label unsaved = new Label();
        unsaved.setId("unsavedNotice");
        unsaved.getStyleClass().add("read-only-notice");
        unsaved.textProperty().bind(model.changes().history().unsavedProperty());
        unsaved.visibleProperty().bind(unsaved.textProperty().isNotEmpty());
        unsaved.managedProperty().bind(unsaved.visibleProperty());
        statusBar.getLeftItems().add(unsaved);
        BusyIndicator.bind(busy, statusBar.progressProperty(), BusyIndicator.DELAY);
        // What runs, by its title, beside the busy indicator and as long as it shows.
        Label task = new Label();
        task.setId("taskTitle");
        task.getStyleClass().add("status-task");
        task.textProperty().bind(Bindings.createStringBinding(() -> tasks.messageProperty().get().isEmpty()
                        ? backupTasks.messageProperty().get() : tasks.messageProperty().get(),
                tasks.messageProperty(), backupTasks.messageProperty()));
        task.visibleProperty().bind(statusBar.progressProperty().lessThan(0).and(task.textProperty().isNotEmpty()));
        task.managedProperty().bind(task.visibleProperty());
        statusBar.getRightItems().add(0, task);
    }

    /** File › Export chart…: what the timeline shows (all its data, or the span on screen). */
    @FXML
    private void exportChart() {
        ExportDialog.show(timeline.getScene().getWindow(),
                model.chartExport(chartContent(), new ExportSettings(settings.node("export"))));
    }

    /**
     * Edit › Copy chart: the span on screen, drawn with the export's last choices (title,
     * palette, size, caption), as an image on the clipboard — for pasting into a report.
     */
    @FXML
    private void copyChart() {
        ExportOptions options = new ExportSettings(
                settings.node("export")).load().withRange(ExportOptions.Range.VIEW);
        model.drawChart(options, chartContent(), image -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putImage(image);
            Clipboard.getSystemClipboard().setContent(clip);
        });
    }

    /** What the timeline shows: its data, the span on screen, its lanes and the filters in words. */
    private ChartContent chartContent() {
        return ChartContent.of(timeline.getData(), timeline.getViewport(), !lanesByLevelItem.isSelected(),
                model.effectiveFilter(), LocalDate.now()).withRepresentation(timeline.getRepresentation());
    }

    /** File › Back up now: a verified copy in the backups folder. */
    @FXML
    private void backupNow() {
        model.backups().backupNow();
    }

    /** File › Restore from backup…: the backups with date and contacts; the chosen one replaces the file. */
    @FXML
    private void restoreFromBackup() {
        model.backups().restoreFromBackup();
    }

    @FXML
    private void openDatabase() {
        dialogs.chooseDatabaseToOpen().ifPresent(model::open);
    }

    /** File › Connect to shared database…: a team's record on a PostgreSQL server. */
    @FXML
    private void connectShared() {
        dialogs.askSharedDatabase(new ConnectForm(settings.recentServers()))
                .ifPresent(server -> model.open(RecordLocation.of(server)));
    }

    /** File > Import…: the chosen file imports in its own window, then the window reloads. */
    @FXML
    private void importData() {
        model.importer(mergeReportsItem.isSelected()).ifPresent(importer -> dialogs.chooseImportFile().ifPresent(file ->
                ImportDialog.show(tabs.getScene().getWindow(), importer, file)));
    }

    /**
     * File > Import folder…: a folder of the Office of the Historian's travels, visits or chiefs
     * of mission, in its own window like a file.
     */
    @FXML
    private void importFolder() {
        model.importer(mergeReportsItem.isSelected()).ifPresent(importer -> dialogs.chooseImportFolder().ifPresent(folder ->
                ImportDialog.show(tabs.getScene().getWindow(), importer, folder)));
    }

    /** File > New contacts from text…: drafts from an article, each accepted, edited or dropped. */
    @FXML
    private void newContactsFromText() {
        if (model.changes().editable()) {
            TextDraftsWindow.show(tabs.getScene().getWindow(),
                    new TextDraftsViewModel(tasks, dialogs, model.changes(), LocalDate::now), dialogs);
        }
    }

    /** File > Export contacts…: the contacts of the pair and filters shown, to native CSV or JSON. */
    @FXML
    private void exportContacts() {
        if (model.openRecordProperty().get() != null) {
            dialogs.chooseExportFile().ifPresent(model.page()::export);
        }
    }

    @FXML
    private void refresh() {
        model.reload();
    }

    @FXML
    private void undo() {
        model.changes().undo();
    }

    @FXML
    private void redo() {
        model.changes().redo();
    }

    @FXML
    private void newContact() {
        actions.newContact();
    }

    @FXML
    private void editContact() {
        actions.edit(model.page().selectedContactProperty().get());
    }

    @FXML
    private void duplicateContact() {
        actions.duplicate(model.page().selectedContactProperty().get());
    }

    @FXML
    private void mergeContacts() {
        actions.merge(contactsController.selection());
    }

    @FXML
    private void deleteContacts() {
        actions.delete(contactsController.selection());
    }

    @FXML
    private void find() {
        tabs.getSelectionModel().select(contactsTab);
        contactsController.focusSearch();
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
    private void showMissions() {
        tabs.getSelectionModel().select(missionsTab);
    }

    @FXML
    private void showTrash() {
        tabs.getSelectionModel().select(trashTab);
    }

    @FXML
    private void keys() {
        dialogs.showInformation(Messages.get("menu.help.keys").replace("_", ""), Messages.get("help.keys.text"));
    }

    @FXML
    private void about() {
        dialogs.showInformation(Messages.get("menu.help.about").replace("_", ""),
                Messages.get("about.text", AppVersion.version(), Level.contactLevelRule(),
                        model.logDirectory()));
    }

    /**
     * View › Language: the languages by their own names; a choice is kept for the next start
     * (the window's texts are set when it is built), and said so in the language chosen.
     */
    private void fillLanguageMenu() {
        ToggleGroup group = new ToggleGroup();
        for (Locale language : Localization.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(Localization.nameOf(language));
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(language.equals(Localization.locale()));
            item.setOnAction(e -> {
                settings.saveLanguage(language);
                dialogs.showInformation(Localization.textIn(language, "language.changed.title"),
                        Localization.textIn(language, "language.changed.text"));
            });
            languageMenu.getItems().add(item);
        }
    }

    /** Help › Show log folder: the folder of the log files, made if no log was written yet. */
    @FXML
    private void logs() {
        Path folder = model.logDirectory();
        try {
            Files.createDirectories(folder);
            linkOpener.accept(folder.toUri().toString());
        } catch (IOException | RuntimeException e) {
            dialogs.showError(Messages.get("logs.failed"), e);
        }
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    /** "Canada–Russia" over "3 contacts · 2022"; the first row is "All pairs". */
    private static final class PairCell extends ListCell<DyadActivity> {
        @Override
        protected void updateItem(DyadActivity item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            if (item.dyad() == null) {
                setText(Messages.get("pairs.all.cell", item.contacts()));
                return;
            }
            int firstYear = item.first().getYear();
            int lastYear = item.last().getYear();
            String years = firstYear == lastYear ? String.valueOf(firstYear) : firstYear + "–" + lastYear;
            setText(Messages.get("pairs.cell", item.dyad().label(), item.contacts(), years));
        }
    }
}
