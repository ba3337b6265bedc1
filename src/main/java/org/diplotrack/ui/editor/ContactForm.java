package org.diplotrack.ui.editor;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Country;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Setting;
import org.diplotrack.model.Side;

import org.diplotrack.model.Status;
import org.diplotrack.model.Text;
import org.diplotrack.ui.Messages;

/**
 * A contact being edited: every field as a property, checked as it changes. Errors (in plain
 * words, by field) keep it from being saved; warnings only inform. Participants are one per
 * line, "name, title"; tags are separated by commas.
 */
public final class ContactForm {
    public static final String COUNTRY_A = "countryA";
    public static final String COUNTRY_B = "countryB";
    public static final String DATE = "date";
    public static final String END_DATE = "endDate";
    public static final String PARTICIPANTS_A = "participantsA";
    public static final String PARTICIPANTS_B = "participantsB";
    public static final String EVENT = "event";
    public static final String SOURCES = "sources";

    final ObjectProperty<Country> countryA = new SimpleObjectProperty<>();
    final ObjectProperty<Country> countryB = new SimpleObjectProperty<>();
    final StringProperty date = new SimpleStringProperty("");
    final StringProperty endDate = new SimpleStringProperty("");
    final BooleanProperty approximate = new SimpleBooleanProperty();
    final ObjectProperty<Level> levelA = new SimpleObjectProperty<>(Level.UNKNOWN);
    final ObjectProperty<Level> levelB = new SimpleObjectProperty<>(Level.UNKNOWN);
    final StringProperty portfolioA = new SimpleStringProperty("");
    final StringProperty portfolioB = new SimpleStringProperty("");
    final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.VISIT);
    final ObjectProperty<Setting.Kind> settingKind = new SimpleObjectProperty<>(Setting.Kind.BILATERAL);
    final StringProperty event = new SimpleStringProperty("");
    final ObjectProperty<Status> status = new SimpleObjectProperty<>(Status.HELD);
    final StringProperty participantsA = new SimpleStringProperty("");
    final StringProperty participantsB = new SimpleStringProperty("");
    final StringProperty location = new SimpleStringProperty("");
    final StringProperty summary = new SimpleStringProperty("");
    final StringProperty tags = new SimpleStringProperty("");
    final ObservableList<SourceForm> sources = FXCollections.observableArrayList(
            s -> s.fields());

    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Level> level = new ReadOnlyObjectWrapper<>(Level.UNKNOWN);
    private final BooleanBinding valid = Bindings.createBooleanBinding(
            () -> problems.stream().noneMatch(Problem::error), problems);
    private final Supplier<LocalDate> today;
    private final Contact original;
    /** The provenance of a new contact saved from this form: typed in, unless it started as a draft. */
    private Provenance newProvenance = Provenance.MANUAL;

    private ContactForm(Contact original, Supplier<LocalDate> today) {
        this.original = original;
        this.today = today;
        if (original != null) {
            fill(original);
        }
        Observable[] all = {countryA, countryB, date, endDate, approximate, levelA, levelB, portfolioA, portfolioB,
                mode, settingKind, event, status, participantsA, participantsB, location, summary, tags, sources};
        for (Observable o : all) {
            o.addListener(x -> check());
        }
        check();
    }

    /** An empty form for a new contact. */
    public static ContactForm blank(Supplier<LocalDate> today) {
        return new ContactForm(null, today);
    }

    /** A form filled from a stored contact; saving it replaces that contact. */
    public static ContactForm editing(Contact contact, Supplier<LocalDate> today) {
        return new ContactForm(contact, today);
    }

    /** A form filled from a contact, saved as a new one. */
    public static ContactForm copying(Contact contact, Supplier<LocalDate> today) {
        ContactForm form = new ContactForm(null, today);
        form.fill(contact);
        return form;
    }

    /**
     * A form filled from a drafted contact (drafted from text, say), saved as a new one that keeps
     * the draft's provenance.
     */
    public static ContactForm drafting(Contact draft, Supplier<LocalDate> today) {
        ContactForm form = copying(draft, today);
        form.newProvenance = draft.provenance();
        return form;
    }

    private void fill(Contact c) {
        countryA.set(c.a().country());
        countryB.set(c.b().country());
        date.set(c.date().toString());
        endDate.set(c.endDate() == null ? "" : c.endDate().toString());
        approximate.set(c.approximate());
        levelA.set(c.a().level());
        levelB.set(c.b().level());
        portfolioA.set(Text.nullToEmpty(c.a().portfolio()));
        portfolioB.set(Text.nullToEmpty(c.b().portfolio()));
        mode.set(c.mode());
        settingKind.set(c.setting().kind());
        event.set(Text.nullToEmpty(c.setting().event()));
        status.set(c.status());
        participantsA.set(participantLines(c.a()));
        participantsB.set(participantLines(c.b()));
        location.set(Text.nullToEmpty(c.location()));
        summary.set(Text.nullToEmpty(c.summary()));
        tags.set(String.join(", ", c.tags()));
        sources.setAll(c.sources().stream().map(SourceForm::of).toList());
    }

    private static String participantLines(Side side) {
        return side.participants().stream()
                .map(p -> Text.nullToEmpty(p.name()) + (p.title() == null ? "" : ", " + p.title()))
                .collect(Collectors.joining("\n"));
    }

    public boolean isNew() {
        return original == null;
    }

    public Contact original() {
        return original;
    }

    private void check() {
        List<Problem> found = new ArrayList<>();
        if (countryA.get() == null) {
            found.add(new Problem(COUNTRY_A, Messages.get("editor.problem.countryA"), true));
        }
        if (countryB.get() == null) {
            found.add(new Problem(COUNTRY_B, Messages.get("editor.problem.countryB"), true));
        }
        if (countryA.get() != null && countryA.get().equals(countryB.get())) {
            found.add(new Problem(COUNTRY_B, Messages.get("editor.problem.sameCountry"), true));
        }
        PartialDate start = partialDate(DATE, date.get(), true, found);
        PartialDate end = partialDate(END_DATE, endDate.get(), false, found);
        if (start != null && end != null && end.lastDay().isBefore(start.firstDay())) {
            found.add(new Problem(END_DATE, Messages.get("editor.problem.endBeforeStart"), true));
        }
        if (start != null && status.get() == Status.HELD && start.firstDay().isAfter(today.get())) {
            found.add(new Problem(DATE, Messages.get("editor.problem.heldInFuture"), false));
        }
        if (start != null && status.get() == Status.SCHEDULED && start.lastDay().isBefore(today.get())) {
            found.add(new Problem(DATE, Messages.get("editor.problem.scheduledInPast"), false));
        }
        participants(PARTICIPANTS_A, participantsA.get(), found);
        participants(PARTICIPANTS_B, participantsB.get(), found);
        for (int i = 0; i < sources.size(); i++) {
            try {
                sources.get(i).toSource();
            } catch (IllegalArgumentException e) {
                found.add(new Problem(SOURCES, Messages.get("editor.problem.source", i + 1, plain(e.getMessage())), true));
            }
        }
        problems.setAll(found);
        Provenance provenance = original == null ? newProvenance : original.provenance();
        level.set(Level.of(provenance.origin(), mode.get(), levelA.get(), levelB.get()));
    }

    private static PartialDate partialDate(String field, String text, boolean required, List<Problem> found) {
        if (text == null || text.isBlank()) {
            if (required) {
                found.add(new Problem(field, Messages.get("editor.problem.date"), true));
            }
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            found.add(new Problem(field, plain(e.getMessage()), true));
            return null;
        }
    }

    private static void participants(String field, String text, List<Problem> found) {
        try {
            parseParticipants(text);
        } catch (IllegalArgumentException e) {
            found.add(new Problem(field, plain(e.getMessage()), true));
        }
    }

    static List<Participant> parseParticipants(String text) {
        List<Participant> result = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int comma = line.indexOf(',');
            String name = comma < 0 ? line : line.substring(0, comma);
            String title = comma < 0 ? null : line.substring(comma + 1);
            result.add(new Participant(name.strip(), title == null ? null : title.strip()));
        }
        return result;
    }

    private static String plain(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1)
                + (message.endsWith(".") || message.endsWith(")") ? "" : ".");
    }

    /** The contact the form describes; call only when {@link #isValid()}. */
    public Contact toContact() {
        if (!isValid()) {
            throw new IllegalStateException("the form has errors: " + problems);
        }
        Contact draft = new Contact(original == null ? 0 : original.id(),
                new Side(countryA.get(), levelA.get(), portfolioA.get(), parseParticipants(participantsA.get())),
                new Side(countryB.get(), levelB.get(), portfolioB.get(), parseParticipants(participantsB.get())),
                PartialDate.parse(date.get()), endDate.get().isBlank() ? null : PartialDate.parse(endDate.get()),
                approximate.get(), mode.get(),
                new Setting(settingKind.get(), settingKind.get() == Setting.Kind.MULTILATERAL ? event.get() : null),
                status.get(), location.get(), summary.get(),
                Arrays.stream(tags.get().split(",")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList(),
                sources.stream().map(SourceForm::toSource).toList(),
                original == null ? newProvenance : original.provenance(),
                original == null ? List.of() : original.reports(),
                original == null ? null : original.created(), original == null ? null : original.modified());
        return draft;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public Optional<Problem> problem(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).findFirst();
    }

    public boolean isValid() {
        return valid.get();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** The contact's level by the documented rule, as the two sides' levels change. */
    public ReadOnlyObjectProperty<Level> levelProperty() {
        return level.getReadOnlyProperty();
    }

    public ObjectProperty<Country> countryAProperty() { return countryA; }
    public ObjectProperty<Country> countryBProperty() { return countryB; }
    public StringProperty dateProperty() { return date; }
    public StringProperty endDateProperty() { return endDate; }
    public BooleanProperty approximateProperty() { return approximate; }
    public ObjectProperty<Level> levelAProperty() { return levelA; }
    public ObjectProperty<Level> levelBProperty() { return levelB; }
    public StringProperty portfolioAProperty() { return portfolioA; }
    public StringProperty portfolioBProperty() { return portfolioB; }
    public ObjectProperty<Mode> modeProperty() { return mode; }
    public ObjectProperty<Setting.Kind> settingKindProperty() { return settingKind; }
    public StringProperty eventProperty() { return event; }
    public ObjectProperty<Status> statusProperty() { return status; }
    public StringProperty participantsAProperty() { return participantsA; }
    public StringProperty participantsBProperty() { return participantsB; }
    public StringProperty locationProperty() { return location; }
    public StringProperty summaryProperty() { return summary; }
    public StringProperty tagsProperty() { return tags; }
    public ObservableList<SourceForm> sources() { return sources; }

}
