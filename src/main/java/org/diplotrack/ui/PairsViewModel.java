package org.diplotrack.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Country;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.DyadActivity;
import org.diplotrack.model.DyadSummary;
import org.diplotrack.model.Mission;
import org.diplotrack.store.Database;

/**
 * The pair list and what is chosen in it: the pairs on record, the list as the window shows it
 * ("All pairs" first; with a country filter, that country's pairs and the chosen ones), the one
 * pair or the several pairs chosen, and the one pair's summary (read through the {@link TaskRunner}).
 */
public final class PairsViewModel {
    /** The trailing window of the contact ceiling. */
    public static final int SUMMARY_WINDOW_MONTHS = 12;

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Supplier<Database> database;
    private ObservableValue<ContactFilter> filter = new SimpleObjectProperty<>(ContactFilter.ALL);
    private ReadOnlyIntegerProperty total = new SimpleIntegerProperty();

    private final ObservableList<DyadActivity> onRecord = FXCollections.observableArrayList();
    private final ObservableList<DyadActivity> shown = FXCollections.observableArrayList();
    private final ObjectProperty<Dyad> selectedPair = new SimpleObjectProperty<>();
    /** Several pairs chosen together (then {@link #selectedPair} is null); empty otherwise. */
    private final ObjectProperty<Set<Dyad>> selectedPairs = new SimpleObjectProperty<>(Set.of());
    private final ReadOnlyObjectWrapper<DyadSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Mission>> missions = new ReadOnlyObjectWrapper<>(List.of());

    PairsViewModel(TaskRunner tasks, DialogService dialogs, Supplier<Database> database) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.database = database;
        onRecord.addListener((ListChangeListener<DyadActivity>) c -> fillShown());
        selectedPair.addListener((obs, old, pair) -> loadSummary());
        fillShown();
    }

    /**
     * @param contactFilter the filters other than the pair: their country narrows the list
     * @param allContacts   all contacts on record, for the "All pairs" row
     */
    void follow(ObservableValue<ContactFilter> contactFilter, ReadOnlyIntegerProperty allContacts) {
        this.filter = contactFilter;
        this.total = allContacts;
        contactFilter.addListener((obs, old, now) -> {
            if (!Objects.equals(old.countries(), now.countries())) {
                fillShown();
            }
            if (old.withPredecessors() != now.withPredecessors()) {
                loadSummary(); // the summary and the bands take in the predecessors' record, or leave it out
            }
        });
        allContacts.addListener(o -> fillShown());
        fillShown();
    }

    private void fillShown() {
        List<DyadActivity> all = new ArrayList<>();
        all.add(new DyadActivity(null, total.get(), null, null));
        Set<Country> countries = filter.getValue().countries();
        onRecord.stream().filter(d -> countries.isEmpty() || countries.contains(d.dyad().first())
                || countries.contains(d.dyad().second()) || d.dyad().equals(selectedPair.get())
                || selectedPairs.get().contains(d.dyad())).forEach(all::add);
        shown.setAll(all);
    }

    /**
     * The user's choice in the list. None (or "All pairs" alone): all pairs; one: that pair (with
     * its summary and ceiling); several: those pairs together.
     */
    public void choose(Set<Dyad> chosen) {
        if (chosen.size() > 1) {
            selectedPairs.set(Set.copyOf(chosen));
            selectedPair.set(null);
        } else {
            selectedPairs.set(Set.of());
            selectedPair.set(chosen.isEmpty() ? null : chosen.iterator().next());
        }
    }

    /** A pair's summary and its missions, read together. */
    private record Loaded(DyadSummary summary, List<Mission> missions) {
    }

    /**
     * The chosen pair's summary as of today, from all its contacts (filters do not apply, but for
     * "with predecessors", which says what the pair's record is), and its missions.
     */
    void loadSummary() {
        Database db = database.get();
        Dyad pair = selectedPair.get();
        if (db == null || pair == null) {
            missions.set(List.of());
            summary.set(null);
            return;
        }
        boolean predecessors = filter.getValue().withPredecessors();
        tasks.run(Messages.get("task.summarise", pair.label()), () -> new Loaded(DyadSummary.of(pair, predecessors,
                db.contacts().find(ContactFilter.forDyad(pair).withPredecessors(predecessors)), LocalDate.now(),
                SUMMARY_WINDOW_MONTHS), db.missions().forPair(pair, predecessors)), done -> {
            if (pair.equals(selectedPair.get()) && predecessors == filter.getValue().withPredecessors()) {
                missions.set(done.missions());
                summary.set(done.summary());
            }
        }, e -> dialogs.showError(Messages.get("error.summary", pair.label()), e));
    }

    /**
     * The predecessors whose pairs with the pair's other country hold contacts on record (Russia–United
     * States: the Soviet Union): what "with predecessors" would add, in the order of the pair list.
     */
    public List<Country> predecessorsOnRecord(Dyad pair) {
        Set<Dyad> theirs = new java.util.HashSet<>(Countries.withPredecessors(pair));
        theirs.remove(pair);
        return onRecord.stream().map(DyadActivity::dyad).filter(d -> d != null && theirs.contains(d))
                .flatMap(d -> java.util.stream.Stream.of(d.first(), d.second())).filter(c -> !pair.contains(c))
                .distinct().toList();
    }

    /** The pairs on record, most active first. */
    public ObservableList<DyadActivity> onRecord() {
        return onRecord;
    }

    /** The list as shown: "All pairs" (a null pair) first, then the pairs the country filter leaves. */
    public ObservableList<DyadActivity> shown() {
        return shown;
    }

    /** The one pair shown, or null for all pairs (or for several). */
    public ObjectProperty<Dyad> selectedPairProperty() {
        return selectedPair;
    }

    public ObjectProperty<Set<Dyad>> selectedPairsProperty() {
        return selectedPairs;
    }

    public ReadOnlyObjectProperty<DyadSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The chosen pair's missions, both ways (empty for none, or for all pairs); set just before its summary. */
    public ReadOnlyObjectProperty<List<Mission>> missionsProperty() {
        return missions.getReadOnlyProperty();
    }
}
