package org.diplotrack.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.ContactMarks;
import org.diplotrack.model.ContactOrder;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.DyadActivity;
import org.diplotrack.model.DyadSummary;
import org.diplotrack.model.Failures;
import org.diplotrack.store.BackupInfo;
import org.diplotrack.store.Backups;
import org.diplotrack.store.ContactRepository;
import org.diplotrack.store.Database;
import org.diplotrack.store.UnusableDatabaseException;
import org.diplotrack.ui.undo.AddContact;
import org.diplotrack.ui.undo.ContactCommand;
import org.diplotrack.ui.undo.EditContact;
import org.diplotrack.ui.undo.TrashContacts;
import org.diplotrack.ui.undo.UndoHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of the main window without the window: the open database, its pairs, the filters,
 * one page of matching contacts, the selected contact, the trash and the undo history. Reads and
 * writes run through the {@link TaskRunner}; a read that a newer one has overtaken is dropped.
 */
public final class MainViewModel {
    /** Made when first needed: Logback's set-up (≈0.3 s) must not hold up the window's start. */
    private static Logger log() {
        return LoggerFactory.getLogger(MainViewModel.class);
    }

    /** Rows per page of the table: enough to scroll, few enough to stay light on a huge record. */
    public static final int PAGE_SIZE = 200;
    /** At most this many contacts are read for the timeline (the earliest, when more match). */
    public static final int TIMELINE_LIMIT = 2_000_000;
    /** The trailing window of the contact ceiling. */
    public static final int SUMMARY_WINDOW_MONTHS = 12;

    private final Function<Path, Database> opener;
    private final TaskRunner tasks;
    /** Backups run apart from {@link #tasks}, so a long one holds up no read (they use their own connection). */
    private final TaskRunner backupTasks;
    private final DialogService dialogs;
    private final Settings settings;
    private final UndoHistory history;

    private final ReadOnlyObjectWrapper<Database> database = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    /** The file shown or being opened, also when it failed to open (to restore a backup over it). */
    private Path currentFile;
    private final ObservableList<DyadActivity> dyads = FXCollections.observableArrayList();
    private final ObjectProperty<Dyad> selectedDyad = new SimpleObjectProperty<>();
    /** Several pairs chosen together (then {@link #selectedDyad} is null); empty otherwise. */
    private final ObjectProperty<Set<Dyad>> selectedPairs = new SimpleObjectProperty<>(Set.of());
    private final ObjectProperty<ContactFilter> filter = new SimpleObjectProperty<>(ContactFilter.ALL);
    private final ObjectProperty<ContactOrder> order = new SimpleObjectProperty<>(ContactOrder.BY_DATE);
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    private final ObjectProperty<Contact> selectedContact = new SimpleObjectProperty<>();
    private final IntegerProperty totalContacts = new SimpleIntegerProperty();
    private final IntegerProperty matchingContacts = new SimpleIntegerProperty();
    private final ObservableList<Contact> trash = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DyadSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ContactMarks> marks = new ReadOnlyObjectWrapper<>(ContactMarks.empty());

    private long generation;
    /** A change of page keeps the timeline's marks: only the table's rows change. */
    private boolean pageOnly;
    /** On a first start the most active pair is shown; later, what the user chose last. */
    private boolean pickMostActive;
    /** What was remembered is read with the first open, off the FX thread (it costs ≈50 ms). */
    private boolean settingsRead;
    private long selectAfterLoad;
    private boolean applying;

    public MainViewModel(Function<Path, Database> opener, TaskRunner tasks, DialogService dialogs, Settings settings) {
        this(opener, tasks, tasks, dialogs, settings);
    }

    /** @param backupTasks runs backups, apart from the reads and writes of {@code tasks} */
    public MainViewModel(Function<Path, Database> opener, TaskRunner tasks, TaskRunner backupTasks,
                         DialogService dialogs, Settings settings) {
        this.opener = opener;
        this.tasks = tasks;
        this.backupTasks = backupTasks;
        this.dialogs = dialogs;
        this.settings = settings;
        this.history = new UndoHistory(tasks, this::repository, this::afterChange,
                e -> dialogs.showError(Messages.get("error.notSaved"), e));
        selectedDyad.addListener((obs, old, dyad) -> {
            queryChanged();
            loadSummary();
        });
        selectedPairs.addListener((obs, old, now) -> queryChanged());
        filter.addListener((obs, old, f) -> queryChanged());
        order.addListener((obs, old, o) -> queryChanged());
        page.addListener((obs, old, p) -> {
            if (!applying) {
                pageOnly = true;
                loadPage();
            }
        });
    }

    private ContactRepository repository() {
        return database.get().contacts();
    }

    /** Opens a database file in the background and fills the window in one step. */
    public void open(Path file) {
        selectedPairs.set(Set.of()); // pairs of another file, or of a record read again
        long mine = ++generation;
        currentFile = file;
        Dyad wanted = selectedDyad.get();
        ContactFilter wantedFilter = filter.get();
        ContactOrder wantedOrder = order.get();
        boolean pick = pickMostActive;
        boolean first = !settingsRead;
        tasks.run(Messages.get("task.open", file.getFileName()), () -> {
            Database db = opener.apply(file);
            if (first) {
                return Snapshot.read(db, settings.pair(), settings.pairs(), !settings.hasPair(), settings.filter(),
                        wantedOrder, 0);
            }
            return Snapshot.read(db, wanted, Set.of(), pick, wantedFilter, wantedOrder, 0);
        }, snapshot -> {
            settingsRead = true;
            pickMostActive = false;
            Database previous = database.get();
            database.set(snapshot.db());
            readOnly.set(snapshot.db().readOnly());
            history.clear();
            if (mine == generation) {
                show(snapshot);
            } else {
                reload();
            }
            if (previous != null && previous != snapshot.db()) {
                previous.close();
            }
            backupIfDue(snapshot.db());
        }, e -> openFailed(file, e));
    }

    // Backups (decision 0013).

    /** On start and on every open: a backup when the newest is older than 12 hours, off the FX thread. */
    private void backupIfDue(Database db) {
        if (db.readOnly()) {
            return;
        }
        Path file = db.file();
        backupTasks.run(Messages.get("task.backup"), () -> Backups.of(file).backupIfDue(), done -> { },
                e -> dialogs.showError(Messages.get("backup.failed"), e));
    }

    /**
     * A file that is foreign, truncated or damaged was left as it was; when it has a good backup
     * the user may restore it, the damaged file being kept renamed.
     */
    private void openFailed(Path file, Throwable e) {
        Throwable cause = e instanceof RuntimeException && e.getCause() instanceof UnusableDatabaseException u ? u : e;
        if (!(cause instanceof UnusableDatabaseException)) {
            dialogs.showError(Messages.get("open.failed"), e);
            return;
        }
        tasks.run(Messages.get("task.findBackups"), () -> Backups.of(file).newestGood(), good -> {
            if (good.isEmpty()) {
                dialogs.showError(Messages.get("open.failed"), cause);
            } else if (dialogs.confirm(Messages.get("open.damaged.title"), Messages.get("open.damaged.text",
                    Failures.message(cause), describe(good.get()), file.getFileName()))) {
                restore(file, good.get().file(), "damaged");
            }
        }, error -> dialogs.showError(Messages.get("open.failed"), cause));
    }

    private static String describe(BackupInfo b) {
        return Messages.get("backup.describe", Date.from(b.taken()), b.contacts());
    }

    /** File › Back up now. */
    public void backupNow() {
        Database db = database.get();
        if (db == null) {
            return;
        }
        Path file = db.file();
        backupTasks.run(Messages.get("task.backup"), () -> Backups.of(file).backupNow(),
                done -> dialogs.showInformation(Messages.get("backup.done.title"),
                        Messages.get("backup.done.text", done.contacts(), done.file())),
                e -> dialogs.showError(Messages.get("backup.failed"), e));
    }

    /** The backups of the open file, newest first, each with its date and number of contacts. */
    public void listBackups(Consumer<List<BackupInfo>> then) {
        Path file = currentFile;
        if (file == null) {
            return;
        }
        backupTasks.run(Messages.get("task.readBackups"), () -> Backups.of(file).list(), then,
                e -> dialogs.showError(Messages.get("backup.failed"), e));
    }

    /** Puts a backup in place of the open file (which is kept, renamed) and opens it. */
    public void restoreBackup(Path backup) {
        if (currentFile != null) {
            restore(currentFile, backup, "replaced");
        }
    }

    private void restore(Path file, Path backup, String label) {
        Database db = database.get();
        // Nothing new starts on the old connection; the worker closes it after what is queued.
        database.set(null);
        ++generation;
        tasks.run(Messages.get("task.restore", backup.getFileName()), () -> {
            if (db != null) {
                db.close();
            }
            return Optional.ofNullable(Backups.restore(backup, file, label, Clock.systemUTC()));
        }, kept -> {
            open(file);
            dialogs.showInformation(Messages.get("restore.done.title"), Messages.get("restore.done.text",
                    backup, kept.map(Path::toString).orElse("—")));
        }, e -> {
            dialogs.showError(Messages.get("restore.failed"), e);
            open(file);
        });
    }

    /** True when the record may be changed; else tells the user why not. */
    public boolean editable() {
        if (readOnly.get()) {
            dialogs.showInformation(Messages.get("readonly.title"), Messages.get("readonly.text"));
            return false;
        }
        return database.get() != null;
    }

    /** The open file is read-only: editing is disabled. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** Everything the window shows, read in one background task. */
    private record Snapshot(Database db, List<DyadActivity> dyads, int total, Dyad dyad, Set<Dyad> pairs,
                            ContactFilter filter, int matching, int page, List<Contact> contacts, List<Contact> trash,
                            ContactMarks marks) {

        /**
         * @param wanted         the pair to show, null for all pairs
         * @param wantedPairs    several pairs to show together (then {@code wanted} is null)
         * @param pickMostActive show the most active pair instead (first start)
         */
        static Snapshot read(Database db, Dyad wanted, Set<Dyad> wantedPairs, boolean pickMostActive,
                             ContactFilter filter, ContactOrder order, int page) {
            ContactRepository repo = db.contacts();
            List<DyadActivity> dyads = repo.dyads();
            Set<Dyad> present = dyads.stream().map(DyadActivity::dyad)
                    .collect(Collectors.toSet());
            // Pairs whose contacts are all gone drop out; one left is shown as that one pair.
            Set<Dyad> several = wantedPairs.stream().filter(present::contains)
                    .collect(Collectors.toUnmodifiableSet());
            Dyad one = several.size() == 1 ? several.iterator().next() : wanted;
            if (several.size() < 2) {
                several = Set.of();
            }
            Dyad mostActive = dyads.isEmpty() ? null : dyads.get(0).dyad();
            Dyad dyad = !several.isEmpty() ? null
                    : pickMostActive ? mostActive
                    : one == null || present.contains(one) ? one : mostActive;
            ContactFilter effective = filter.withDyad(dyad).withPairs(several);
            int matching = repo.count(effective);
            int lastPage = Math.max(0, (matching - 1) / PAGE_SIZE);
            int shownPage = Math.min(page, lastPage);
            return new Snapshot(db, dyads, repo.count(), dyad, several, filter, matching, shownPage,
                    repo.page(effective, order, shownPage * PAGE_SIZE, PAGE_SIZE), repo.trash(),
                    repo.marks(effective, TIMELINE_LIMIT));
        }
    }

    private void show(Snapshot s) {
        applying = true;
        try {
            dyads.setAll(s.dyads());
            totalContacts.set(s.total());
            filter.set(s.filter());
            selectedPairs.set(s.pairs());
            selectedDyad.set(s.dyad());
            matchingContacts.set(s.matching());
            page.set(s.page());
            showPage(s.contacts());
            trash.setAll(s.trash());
            marks.set(s.marks());
        } finally {
            applying = false;
        }
        remember();
        loadSummary();
    }

    /** The selected pair's summary as of today, from all its contacts (filters do not apply). */
    private void loadSummary() {
        Database db = database.get();
        Dyad dyad = selectedDyad.get();
        if (db == null || dyad == null) {
            summary.set(null);
            return;
        }
        tasks.run(Messages.get("task.summarise", dyad.label()), () -> DyadSummary.of(dyad,
                db.contacts().find(ContactFilter.forDyad(dyad)), LocalDate.now(), SUMMARY_WINDOW_MONTHS), done -> {
            if (dyad.equals(selectedDyad.get())) {
                summary.set(done);
            }
        }, e -> dialogs.showError(Messages.get("error.summary", dyad.label()), e));
    }

    private void showPage(List<Contact> found) {
        Contact keep = selectedContact.get();
        long wanted = selectAfterLoad != 0 ? selectAfterLoad : keep == null ? 0 : keep.id();
        selectAfterLoad = 0;
        contacts.setAll(found);
        selectedContact.set(found.stream().filter(c -> c.id() == wanted).findFirst().orElse(null));
    }

    /** Re-reads everything (after a change, or F5). */
    public void reload() {
        Database db = database.get();
        if (db == null) {
            return;
        }
        long mine = ++generation;
        Dyad dyad = selectedDyad.get();
        ContactFilter f = filter.get();
        ContactOrder o = order.get();
        int p = page.get();
        Set<Dyad> several = selectedPairs.get();
        tasks.run(Messages.get("task.load"), () -> Snapshot.read(db, dyad, several, false, f, o, p), snapshot -> {
            if (mine == generation && snapshot.db() == database.get()) {
                show(snapshot);
            }
        }, e -> dialogs.showError(Messages.get("error.readContacts"), e));
    }

    private void queryChanged() {
        if (applying) {
            return;
        }
        applying = true;
        page.set(0);
        applying = false;
        loadPage();
        remember();
    }

    private void loadPage() {
        Database db = database.get();
        if (db == null) {
            return;
        }
        long mine = ++generation;
        ContactFilter effective = effectiveFilter();
        ContactOrder o = order.get();
        int p = page.get();
        boolean newQuery = !pageOnly;
        pageOnly = false;
        tasks.run(Messages.get("task.filter"), () -> {
            ContactRepository repo = db.contacts();
            return new Page(repo.count(effective), repo.page(effective, o, p * PAGE_SIZE, PAGE_SIZE));
        }, result -> {
            if (mine == generation) {
                matchingContacts.set(result.matching());
                showPage(result.contacts());
            }
        }, e -> dialogs.showError(Messages.get("error.readContacts"), e));
        if (newQuery) {
            // Separately, so the table does not wait for the timeline's (possibly many) marks.
            tasks.run(Messages.get("task.draw"), () -> db.contacts().marks(effective, TIMELINE_LIMIT), found -> {
                if (mine == generation) {
                    marks.set(found);
                }
            }, e -> dialogs.showError(Messages.get("error.readContacts"), e));
        }
    }

    private record Page(int matching, List<Contact> contacts) {
    }

    /**
     * Selects a contact by id: at once when it is on the page, else after reading it (the
     * timeline shows contacts beyond the table's page).
     */
    public void selectContact(long id, Consumer<Contact> then) {
        readContact(id, c -> {
            selectedContact.set(c);
            then.accept(c);
        }, e -> dialogs.showError(Messages.get("error.readContact"), e));
    }

    /**
     * Hands over a contact by id without selecting it (the timeline's tooltip): at once when it
     * is on the page, else once read; a contact gone meanwhile is not handed over.
     */
    public void describeContact(long id, Consumer<Contact> then) {
        // A tooltip that cannot be read is not worth a dialog, but it is worth a log line.
        readContact(id, then, e -> log().warn("Cannot read contact {} for its tooltip", id, e));
    }

    private void readContact(long id, Consumer<Contact> then,
                             Consumer<Throwable> failed) {
        Optional<Contact> onPage = contacts.stream().filter(c -> c.id() == id).findFirst();
        if (onPage.isPresent()) {
            then.accept(onPage.get());
            return;
        }
        Database db = database.get();
        if (db == null) {
            return;
        }
        tasks.run(Messages.get("task.readContact"), () -> db.contacts().get(id), found -> found.ifPresent(then), failed);
    }

    /** Keeps the pair and the filters for the next run, off the FX thread. */
    private void remember() {
        Dyad dyad = selectedDyad.get();
        Set<Dyad> several = selectedPairs.get();
        ContactFilter f = filter.get();
        tasks.run(Messages.get("task.remember"), () -> {
            settings.save(dyad, several, f);
            return null;
        }, done -> { }, e -> log().warn("Cannot remember the pair and filters for the next run", e));
    }

    // Changes to the record, each one undoable.

    /** Saves an edited or new contact. */
    public void save(Contact original, Contact edited) {
        if (!editable()) {
            return;
        }
        history.perform(original == null ? new AddContact(edited) : new EditContact(original, edited));
    }

    public void moveToTrash(List<Contact> chosen) {
        if (!chosen.isEmpty() && editable()) {
            history.perform(new TrashContacts(chosen, false));
        }
    }

    public void restore(List<Contact> chosen) {
        if (!chosen.isEmpty() && editable()) {
            history.perform(new TrashContacts(chosen, true));
        }
    }

    /** Removes contacts from the trash for good; not undoable, so the UI asks first. */
    public void purge(List<Contact> chosen) {
        if (!editable()) {
            return;
        }
        Database db = database.get();
        List<Long> ids = chosen.stream().map(Contact::id).toList();
        tasks.run(Messages.get("task.emptyTrash"), () -> {
            db.contacts().purge(ids);
            return null;
        }, done -> reload(), e -> dialogs.showError(Messages.get("error.notRemoved"), e));
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    private void afterChange(ContactCommand command) {
        Contact changed = command instanceof AddContact add ? add.contact()
                : command instanceof EditContact edit ? edit.contact() : null;
        if (changed != null && database.get() != null) {
            selectAfterLoad = changed.id();
            if (selectedDyad.get() != null && !selectedDyad.get().equals(changed.dyad())) {
                applying = true;
                selectedDyad.set(changed.dyad());
                applying = false;
            }
        }
        reload();
    }

    /** Closes the database when the window closes. */
    public void close() {
        Database db = database.get();
        if (db != null) {
            database.set(null);
            db.close();
        }
    }

    public ReadOnlyObjectProperty<Database> databaseProperty() {
        return database.getReadOnlyProperty();
    }

    public ObservableList<DyadActivity> dyads() {
        return dyads;
    }

    /** The pair shown, or null for all pairs. */
    /** The filters with the pair, or the pairs, chosen in the list: what the table and timeline show. */
    public ContactFilter effectiveFilter() {
        return filter.get().withDyad(selectedDyad.get()).withPairs(selectedPairs.get());
    }

    public ObjectProperty<Set<Dyad>> selectedPairsProperty() {
        return selectedPairs;
    }

    public ObjectProperty<Dyad> selectedDyadProperty() {
        return selectedDyad;
    }

    /** The filters other than the pair. */
    public ObjectProperty<ContactFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<ContactOrder> orderProperty() {
        return order;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public int pageCount() {
        return Math.max(1, (matchingContacts.get() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The contacts of the current page. */
    public ObservableList<Contact> contacts() {
        return contacts;
    }

    public ObjectProperty<Contact> selectedContactProperty() {
        return selectedContact;
    }

    public ReadOnlyIntegerProperty totalContactsProperty() {
        return totalContacts;
    }

    public ReadOnlyIntegerProperty matchingContactsProperty() {
        return matchingContacts;
    }

    public ReadOnlyObjectProperty<DyadSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The timeline's contacts: all that match the pair and filters, up to {@link #TIMELINE_LIMIT}. */
    public ReadOnlyObjectProperty<ContactMarks> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    public ObservableList<Contact> trash() {
        return trash;
    }

    public UndoHistory history() {
        return history;
    }

    /** Near-copies of a contact on record, asked before saving (see the duplicate warning). */
    public List<Contact> findSimilar(Contact contact) {
        Database db = database.get();
        return db == null ? List.of() : db.contacts().findSimilar(contact);
    }

}
