package org.diplotrack.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diplotrack.io.ContactFiles;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.ContactMarks;
import org.diplotrack.model.ContactOrder;
import org.diplotrack.model.Dyad;
import org.diplotrack.store.Database;
import org.slf4j.LoggerFactory;

/**
 * The contacts that the chosen pairs and the filters leave: the filters and the order, one page
 * of them for the table, the timeline's marks, the selected contact, and the writing of them all
 * to a file. Reads run through the {@link TaskRunner}; a read that a newer one has overtaken is
 * dropped.
 */
public final class ContactsPageViewModel {
    /** Rows per page of the table: enough to scroll, few enough to stay light on a huge record. */
    public static final int PAGE_SIZE = 200;
    /** At most this many contacts are read for the timeline (the earliest, when more match). */
    public static final int TIMELINE_LIMIT = 2_000_000;

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Supplier<Database> database;
    private final PairsViewModel pairs;
    private final Runnable remember;

    private final ObjectProperty<ContactFilter> filter = new SimpleObjectProperty<>(ContactFilter.ALL);
    private final ObjectProperty<ContactOrder> order = new SimpleObjectProperty<>(ContactOrder.BY_DATE);
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    private final ObjectProperty<Contact> selectedContact = new SimpleObjectProperty<>();
    private final IntegerProperty totalContacts = new SimpleIntegerProperty();
    private final IntegerProperty matchingContacts = new SimpleIntegerProperty();
    private final ReadOnlyObjectWrapper<ContactMarks> marks = new ReadOnlyObjectWrapper<>(ContactMarks.empty());

    /** Counts the reads of a page: one that a newer read has overtaken is dropped when it comes back. */
    private long pageReads;
    /** Counts the reads of other contacts (a filter or pair changed): their count and marks likewise. */
    private long queryReads;
    /** What the table and the timeline show (or are being read for): a new page of it keeps the marks. */
    private ContactFilter shownFilter;
    /** The order of the rows shown: another starts again at the first page (the marks stay). */
    private ContactOrder shownOrder;
    private long selectAfterLoad;
    /** True while a whole snapshot is shown: its parts are one state, not a change each. */
    private boolean applying;

    /** @param remember keeps the pair and the filters for the next run (called when they change) */
    ContactsPageViewModel(TaskRunner tasks, DialogService dialogs, Supplier<Database> database,
                          PairsViewModel pairs, Runnable remember) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.database = database;
        this.pairs = pairs;
        this.remember = remember;
        pairs.selectedPairProperty().addListener(o -> queryChanged());
        pairs.selectedPairsProperty().addListener(o -> queryChanged());
        filter.addListener(o -> queryChanged());
        order.addListener(o -> queryChanged());
        page.addListener(o -> queryChanged());
    }

    /** The filters with the pair, or the pairs, chosen in the list: what the table and timeline show. */
    public ContactFilter effectiveFilter() {
        return filter.get().withDyad(pairs.selectedPairProperty().get())
                .withPairs(pairs.selectedPairsProperty().get());
    }

    /** A new read begins: those begun before it will be dropped. */
    long newRead() {
        queryReads++;
        return ++pageReads;
    }

    boolean latest(long read) {
        return read == pageReads;
    }

    /** Shows what was read in one step: the filters and the page, their matching contacts and marks. */
    void show(Dyad pair, Set<Dyad> several, ContactFilter shownFilter, int shownPage, int total, int matching,
              List<Contact> found, ContactMarks shownMarks) {
        applying = true;
        try {
            totalContacts.set(total);
            filter.set(shownFilter);
            pairs.selectedPairsProperty().set(several);
            pairs.selectedPairProperty().set(pair);
            this.shownFilter = effectiveFilter();
            this.shownOrder = order.get();
            matchingContacts.set(matching);
            page.set(shownPage);
            showPage(found);
            marks.set(shownMarks);
        } finally {
            applying = false;
        }
    }

    /** The pair, the filters, the order or the page changed: the page (and, but for a page, the marks) again. */
    private void queryChanged() {
        if (applying) {
            return;
        }
        ContactFilter effective = effectiveFilter();
        ContactOrder o = order.get();
        boolean newQuery = !effective.equals(shownFilter);
        if ((newQuery || !o.equals(shownOrder)) && page.get() != 0) {
            page.set(0); // comes back here, with the first page of the new query or order
            return;
        }
        if (newQuery) {
            remember.run();
        }
        Database db = database.get();
        if (db == null) {
            return;
        }
        shownFilter = effective;
        shownOrder = o;
        // Another page or order of the same contacts keeps their count and marks.
        long mine = newQuery ? newRead() : ++pageReads;
        long mineQuery = queryReads;
        int p = page.get();
        tasks.run(Messages.get("task.filter"), () -> db.contacts().page(effective, o, p * PAGE_SIZE, PAGE_SIZE),
                found -> {
                    if (latest(mine)) {
                        showPage(found);
                    }
                }, e -> dialogs.showError(Messages.get("error.readContacts"), e));
        if (newQuery) {
            // After the page, so the table does not wait for the count (a bitmap scan of every
            // match on PostgreSQL: 200 ms for 200,000 of a million) nor for the timeline's marks,
            // which count the matches anyway.
            tasks.run(Messages.get("task.draw"), () -> db.contacts().marks(effective, TIMELINE_LIMIT), found -> {
                if (mineQuery == queryReads) {
                    matchingContacts.set(found.total());
                    marks.set(found);
                }
            }, e -> dialogs.showError(Messages.get("error.readContacts"), e));
        }
    }

    /** The next page shown selects this contact (one just added or edited). */
    void selectAfterLoad(long id) {
        selectAfterLoad = id;
    }

    private void showPage(List<Contact> found) {
        Contact keep = selectedContact.get();
        long wanted = selectAfterLoad != 0 ? selectAfterLoad : keep == null ? 0 : keep.id();
        selectAfterLoad = 0;
        contacts.setAll(found);
        selectedContact.set(found.stream().filter(c -> c.id() == wanted).findFirst().orElse(null));
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
        readContact(id, then, e -> LoggerFactory.getLogger(ContactsPageViewModel.class)
                .warn("Cannot read contact {} for its tooltip", id, e));
    }

    private void readContact(long id, Consumer<Contact> then, Consumer<Throwable> failed) {
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

    /**
     * The contacts shown (all pages), handed over one at a time straight from the store; to be
     * called off the FX thread (the chart export's CSV).
     */
    public Consumer<Consumer<Contact>> shownRows() {
        Database db = database.get();
        ContactFilter shown = effectiveFilter();
        return sink -> {
            if (db != null) {
                db.contacts().forEach(shown, sink);
            }
        };
    }

    /** File › Export contacts…: the contacts shown (all pages) to native CSV, or JSON for a .json file. */
    public void export(Path file) {
        Database db = database.get();
        if (db == null) {
            return;
        }
        ContactFilter shown = effectiveFilter();
        tasks.run(Messages.get("export.busy", file.getFileName()),
                () -> ContactFiles.write(sink -> db.contacts().forEach(shown, sink), file, ContactFiles.isJson(file)),
                n -> dialogs.showInformation(Messages.get("export.title"), Messages.get("export.done", n, file)),
                e -> dialogs.showError(Messages.get("export.failed"), e));
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

    /** The timeline's contacts: all that match the pair and filters, up to {@link #TIMELINE_LIMIT}. */
    public ReadOnlyObjectProperty<ContactMarks> marksProperty() {
        return marks.getReadOnlyProperty();
    }
}
