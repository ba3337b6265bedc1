package org.diplotrack.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.embed.swing.SwingFXUtils;
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
import org.diplotrack.chart.export.ChartExport;
import org.diplotrack.chart.export.ExportOptions;
import org.diplotrack.io.AppVersion;
import org.diplotrack.io.ContactFiles;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Country;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.DyadActivity;
import org.diplotrack.model.Level;
import org.diplotrack.model.l10n.Localization;
import org.diplotrack.store.DataLocation;
import org.diplotrack.store.Database;
import org.diplotrack.ui.contacts.ContactsController;
import org.diplotrack.ui.contacts.TrashController;
import org.diplotrack.ui.export.ExportDialog;
import org.diplotrack.ui.export.ExportSettings;
import org.diplotrack.ui.importer.ImportDialog;
import org.diplotrack.ui.timeline.TimelineCanvas;

/** Wires the main window's menus, toolbar, pair list, tabs and status bar to the {@link MainViewModel}. */
public final class MainController {
    private final MainViewModel model;
    private final DialogService dialogs;
    private final FxTaskRunner tasks;
    private final Consumer<String> linkOpener;
    private final ContactActions actions;
    private final Settings settings;
    /** The pair list: "All pairs" first, then the pairs on record. */
    private final ObservableList<DyadActivity> pairs = FXCollections.observableArrayList();

    @FXML private ListView<DyadActivity> pairList;
    /** True while the list is set from the model, so it is not read back as the user's choice. */
    private boolean selectingPairs;
    @FXML private TabPane tabs;
    @FXML private Tab contactsTab;
    @FXML private Tab timelineTab;
    @FXML private Tab trashTab;
    @FXML private TimelineCanvas timeline;
    @FXML private RangeSlider timelineRange;
    @FXML private Label densityNotice;
    @FXML private StatusBar statusBar;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private Menu languageMenu;
    @FXML private CheckMenuItem lanesByLevelItem;
    @FXML private ToggleButton lanesByPairButton;
    @FXML private ToggleButton lanesByLevelButton;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private MenuItem newItem;
    @FXML private MenuItem editItem;
    @FXML private MenuItem duplicateItem;
    @FXML private MenuItem deleteItem;
    @FXML private Button newButton;
    @FXML private Button editButton;
    @FXML private Button duplicateButton;
    @FXML private Button deleteButton;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private ContactsController contactsController;

    /** @param linkOpener opens a web address in the user's browser */
    public MainController(MainViewModel model, DialogService dialogs, FxTaskRunner tasks,
                          Consumer<String> linkOpener, Settings settings) {
        this.settings = settings;
        this.model = model;
        this.dialogs = dialogs;
        this.tasks = tasks;
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
        model.marksProperty().addListener((obs, old, marks) -> {
            timeline.setData(TimelineData.of(marks));
            timelineRange.setDisable(marks.size() == 0); // no time to choose a span of
        });
        model.selectedContactProperty().addListener((obs, old, contact) ->
                timeline.setSelectedId(contact == null ? 0 : contact.id()));
        timelineTab.selectedProperty().addListener((obs, was, selected) -> timeline.setActive(selected));
        model.selectedDyadProperty().addListener((obs, old, dyad) -> {
            timeline.fitAll();
            // Several pairs read best a lane each, one pair by level with its ceiling; the
            // toggle switches either way.
            lanesByLevelItem.setSelected(dyad != null);
        });
        bindLaneChoice();
        densityNotice.textProperty().bind(Bindings.createStringBinding(() ->
                timeline.densityCountProperty().get() == 0 ? ""
                        : Messages.get("timeline.density", String.format("%,d", timeline.densityCountProperty().get())),
                timeline.densityCountProperty()));
        timeline.setOnSelect(id -> model.selectContact(id, contact -> { }));
        timeline.setOnOpen(id -> model.selectContact(id, actions::edit));
        timeline.setDescriber((id, answer) -> model.describeContact(id, c -> answer.accept(describe(c))));
        bindEditing();
        bindStatusBar();
        bindOverview();
        darkThemeItem.setSelected(settings.darkTheme());
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
        lanesByLevelItem.setSelected(model.selectedDyadProperty().get() != null);
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
        // On the root, the dark sheet outranks the base one, which is on the scene.
        String dark = MainController.class.getResource("/css/dark.css").toExternalForm();
        scene.getRoot().getStylesheets().remove(dark);
        if (darkThemeItem.isSelected()) {
            scene.getRoot().getStylesheets().add(dark);
        }
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

    private void bindPairList() {
        Runnable fill = () -> {
            List<DyadActivity> all = new ArrayList<>();
            all.add(new DyadActivity(null, model.totalContactsProperty().get(), null, null));
            // With a country filter the list offers that country's pairs (and keeps the chosen ones).
            Country country = model.filterProperty().get().country();
            model.dyads().stream().filter(d -> country == null || d.dyad().first().equals(country)
                    || d.dyad().second().equals(country) || d.dyad().equals(model.selectedDyadProperty().get())
                    || model.selectedPairsProperty().get().contains(d.dyad())).forEach(all::add);
            selectingPairs = true; // replacing the items moves the selection: not the user's choice
            try {
                pairs.setAll(all);
            } finally {
                selectingPairs = false;
            }
            selectPair();
        };
        model.dyads().addListener((ListChangeListener<DyadActivity>) c -> fill.run());
        model.filterProperty().addListener((obs, old, now) -> {
            if (!Objects.equals(old.country(), now.country())) {
                fill.run();
            }
        });
        model.totalContactsProperty().addListener(o -> fill.run());
        pairList.setItems(pairs);
        pairList.setCellFactory(list -> new PairCell());
        // Ctrl/Shift-click selects several pairs: one lane each on the timeline, their contacts together.
        pairList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        pairList.getSelectionModel().getSelectedItems().addListener((ListChangeListener<DyadActivity>) c -> {
            if (!selectingPairs) {
                choosePairs(pairList.getSelectionModel().getSelectedItems().stream().map(DyadActivity::dyad)
                        .filter(Objects::nonNull).collect(Collectors.toSet()));
            }
        });
        model.selectedDyadProperty().addListener((obs, old, dyad) -> selectPair());
        model.selectedPairsProperty().addListener((obs, old, several) -> selectPair());
        fill.run();
    }

    /** None: all pairs; one: that pair (with its summary and ceiling); several: those pairs. */
    private void choosePairs(Set<Dyad> chosen) {
        if (pairList.getSelectionModel().getSelectedItems().isEmpty()) {
            return; // between a clear and a select
        }
        // The list already shows this choice: the model's echo must not reselect it mid-change.
        selectingPairs = true;
        try {
            if (chosen.size() > 1) {
                model.selectedPairsProperty().set(chosen);
                model.selectedDyadProperty().set(null);
            } else {
                Dyad one = chosen.isEmpty() ? null : chosen.iterator().next();
                model.selectedPairsProperty().set(Set.of());
                if (!Objects.equals(one, model.selectedDyadProperty().get())) {
                    model.selectedDyadProperty().set(one);
                }
            }
        } finally {
            selectingPairs = false;
        }
    }

    /** Shows the model's choice in the list: the one pair (or All pairs), or the several pairs. */
    private void selectPair() {
        if (selectingPairs) {
            return;
        }
        Set<Dyad> several = model.selectedPairsProperty().get();
        int[] wanted = IntStream.range(0, pairs.size())
                .filter(i -> several.isEmpty()
                        ? Objects.equals(pairs.get(i).dyad(), model.selectedDyadProperty().get())
                        : pairs.get(i).dyad() != null && several.contains(pairs.get(i).dyad()))
                .toArray();
        if (wanted.length == 0 || Arrays.equals(wanted,
                pairList.getSelectionModel().getSelectedIndices().stream().mapToInt(Integer::intValue).sorted()
                        .toArray())) {
            return;
        }
        selectingPairs = true;
        try {
            pairList.getSelectionModel().clearSelection();
            pairList.getSelectionModel().selectIndices(wanted[0], Arrays.copyOfRange(wanted, 1, wanted.length));
        } finally {
            selectingPairs = false;
        }
    }

    private void bindEditing() {
        ObservableValue<String> undoText = model.history().undoDescriptionProperty();
        ObservableValue<String> redoText = model.history().redoDescriptionProperty();
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
        var noSelection = model.selectedContactProperty().isNull().or(readOnly);
        for (MenuItem item : List.of(editItem, duplicateItem, deleteItem)) {
            item.disableProperty().bind(noSelection);
        }
        for (Button button : List.of(editButton, duplicateButton, deleteButton)) {
            button.disableProperty().bind(noSelection);
        }
        newItem.disableProperty().bind(readOnly);
        newButton.disableProperty().bind(readOnly);
        undoItem.disableProperty().bind(Bindings.createBooleanBinding(
                () -> undoText.getValue().isEmpty() || readOnly.get(), undoText, readOnly));
        redoItem.disableProperty().bind(Bindings.createBooleanBinding(
                () -> redoText.getValue().isEmpty() || readOnly.get(), redoText, readOnly));
    }

    private void bindStatusBar() {
        statusBar.textProperty().bind(Bindings.createStringBinding(() -> {
            Database db = model.databaseProperty().get();
            return db == null ? Messages.get("status.opening") : Messages.get("status.database", db.file());
        }, model.databaseProperty()));
        Label count = new Label();
        count.getStyleClass().add("status-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("status.matching", model.matchingContactsProperty().get(),
                        model.totalContactsProperty().get()),
                model.matchingContactsProperty(), model.totalContactsProperty()));
        statusBar.getRightItems().add(count);
        // Read-only files say so where the user looks for the file's state, in the status bar.
        Label readOnly = new Label(Messages.get("readonly.status"));
        readOnly.setId("readOnlyNotice");
        readOnly.getStyleClass().add("read-only-notice");
        readOnly.visibleProperty().bind(model.readOnlyProperty());
        readOnly.managedProperty().bind(model.readOnlyProperty());
        statusBar.getLeftItems().add(readOnly);
        BusyIndicator.bind(tasks.busyProperty(), statusBar.progressProperty(), BusyIndicator.DELAY);
    }

    /** File › Export chart…: what the timeline shows (all its data, or the span on screen). */
    @FXML
    private void exportChart() {
        ContactFilter filter = model.effectiveFilter();
        Database db = model.databaseProperty().get();
        ExportDialog.show(timeline.getScene().getWindow(), chartContent(), dialogs, tasks,
                new ExportSettings(settings.node("export")),
                sink -> {
                    if (db != null) {
                        db.contacts().forEach(filter, sink);
                    }
                });
    }

    /**
     * Edit › Copy chart: the span on screen, drawn with the export's last choices (title,
     * palette, size, caption), as an image on the clipboard — for pasting into a report.
     */
    @FXML
    private void copyChart() {
        ExportOptions options = new ExportSettings(
                settings.node("export")).load().withRange(ExportOptions.Range.VIEW);
        ChartContent content = chartContent();
        tasks.run(Messages.get("copy.running"), () -> new ChartExport(options, content)
                .image(), image -> {
                    ClipboardContent clip = new ClipboardContent();
                    clip.putImage(SwingFXUtils.toFXImage(image, null));
                    Clipboard.getSystemClipboard().setContent(clip);
                }, e -> dialogs.showError(Messages.get("copy.failed"), e));
    }

    /** What the timeline shows: its data, the span on screen, its lanes and the filters in words. */
    private ChartContent chartContent() {
        return ChartContent.of(timeline.getData(), timeline.getViewport(), !lanesByLevelItem.isSelected(),
                model.effectiveFilter(), LocalDate.now());
    }

    /** File › Back up now: a verified copy in the backups folder. */
    @FXML
    private void backupNow() {
        model.backupNow();
    }

    /** File › Restore from backup…: the backups with date and contacts; the chosen one replaces the file. */
    @FXML
    private void restoreFromBackup() {
        model.listBackups(backups -> {
            if (backups.isEmpty()) {
                dialogs.showInformation(Messages.get("backup.none.title"), Messages.get("backup.none.text"));
                return;
            }
            dialogs.chooseBackup(backups).ifPresent(b -> model.restoreBackup(b.file()));
        });
    }

    @FXML
    private void openDatabase() {
        dialogs.chooseDatabaseToOpen().ifPresent(model::open);
    }

    /** File > Import…: the chosen file imports in its own window, then the window reloads. */
    @FXML
    private void importData() {
        Database db = model.databaseProperty().get();
        if (db != null) {
            dialogs.chooseImportFile().ifPresent(file ->
                    ImportDialog.show(tabs.getScene().getWindow(), tasks, db, file, model::reload));
        }
    }

    /** File > Export contacts…: the contacts of the pair and filters shown, to native CSV or JSON. */
    @FXML
    private void exportContacts() {
        Database db = model.databaseProperty().get();
        if (db == null) {
            return;
        }
        ContactFilter shown = model.effectiveFilter();
        dialogs.chooseExportFile().ifPresent(file -> tasks.run(Messages.get("export.busy", file.getFileName()),
                () -> ContactFiles.write(sink -> db.contacts().forEach(shown, sink), file, ContactFiles.isJson(file)),
                n -> dialogs.showInformation(Messages.get("export.title"), Messages.get("export.done", n, file)),
                e -> dialogs.showError(Messages.get("export.failed"), e)));
    }

    @FXML
    private void refresh() {
        model.reload();
    }

    @FXML
    private void undo() {
        model.undo();
    }

    @FXML
    private void redo() {
        model.redo();
    }

    @FXML
    private void newContact() {
        actions.newContact();
    }

    @FXML
    private void editContact() {
        actions.edit(model.selectedContactProperty().get());
    }

    @FXML
    private void duplicateContact() {
        actions.duplicate(model.selectedContactProperty().get());
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
                        DataLocation.logDirectory()));
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
        Path folder = DataLocation.logDirectory();
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
