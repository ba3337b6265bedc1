package org.diplotrack.ui.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diplotrack.extract.Article;
import org.diplotrack.extract.ContactExtractor;
import org.diplotrack.extract.ArticleFiles;
import org.diplotrack.extract.Byline;
import org.diplotrack.extract.Draft;
import org.diplotrack.model.Contact;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Source;
import org.diplotrack.model.Text;
import org.diplotrack.ui.ChangesViewModel;
import org.diplotrack.ui.DialogService;
import org.diplotrack.ui.DuplicateWarning;
import org.diplotrack.ui.Messages;
import org.diplotrack.ui.TaskRunner;
import org.diplotrack.ui.editor.ContactForm;

/**
 * File › New contacts from text…: the article's text and what is known of it, the contacts
 * drafted from it, and what the researcher does with each — accept (saved, undoable, with the
 * article as its source and the sentence as the quote), edit in the usual editor, or drop.
 */
public final class TextDraftsViewModel {
    private static final ContactExtractor EXTRACTOR = new ContactExtractor();

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ChangesViewModel changes;
    private final Supplier<LocalDate> today;

    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty publication = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty author = new SimpleStringProperty("");
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");
    private final ObservableList<DraftRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<DraftRow> selected = new SimpleObjectProperty<>();
    /** The text the drafts' spans point into (the text may be edited after). */
    private final ReadOnlyStringWrapper draftedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<String> outcome = new ReadOnlyObjectWrapper<>("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final StringBinding sourceProblem;
    private final BooleanBinding canDecide;

    public TextDraftsViewModel(TaskRunner tasks, DialogService dialogs, ChangesViewModel changes,
                               Supplier<LocalDate> today) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.changes = changes;
        this.today = today;
        sourceProblem = Bindings.createStringBinding(this::checkSource, publication, title, url, date);
        canDecide = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().stateProperty().get() == DraftRow.State.PENDING && sourceProblem.get().isEmpty(),
                selected, sourceProblem);
    }

    /**
     * Reads an article from a file (.txt, .html, .eml) in the background, shows its text and what
     * it says of itself in the fields left empty, and finds its contacts.
     */
    public void open(Path file) {
        running.set(true);
        tasks.run(Messages.get("drafts.task.open", file.getFileName()), () -> ArticleFiles.read(file), read -> {
            running.set(false);
            text.set(read.text());
            fill(read.article());
            find();
        }, e -> {
            running.set(false);
            dialogs.showError(Messages.get("drafts.error.open"), e);
        });
    }

    /** Drafts contacts from the text, in the background; the article's fields left empty are filled from it. */
    public void find() {
        String body = text.get() == null ? "" : text.get();
        fill(Byline.guess(body));
        Article article = article();
        running.set(true);
        tasks.run(Messages.get("drafts.task"), () -> EXTRACTOR.extract(body, article), drafts -> {
            running.set(false);
            show(body, drafts);
        }, e -> {
            running.set(false);
            dialogs.showError(Messages.get("drafts.error"), e);
        });
    }

    /** Puts what is known of the article into the fields the researcher left empty. */
    private void fill(Article known) {
        fillIfEmpty(publication, known.publication());
        fillIfEmpty(title, known.title());
        fillIfEmpty(author, known.author());
        fillIfEmpty(url, known.url());
        fillIfEmpty(date, known.date() == null ? null : known.date().toString());
    }

    private static void fillIfEmpty(StringProperty field, String value) {
        if (value != null && (field.get() == null || field.get().isBlank())) {
            field.set(value);
        }
    }

    private void show(String body, List<Draft> drafts) {
        draftedText.set(body);
        rows.setAll(drafts.stream().map(DraftRow::new).toList());
        outcome.set(drafts.isEmpty() ? Messages.get("drafts.none") : Messages.get("drafts.found", drafts.size()));
        selected.set(rows.isEmpty() ? null : rows.get(0));
        for (DraftRow row : rows) {
            changes.findSimilar(row.contact(), row::setSimilar);
        }
    }

    /** Saves the selected draft as it is, with the article as its source; asks first when it looks like one on record. */
    public void accept() {
        DraftRow row = selected.get();
        if (!canDecide.get()) {
            return;
        }
        List<Contact> similar = row.similarProperty().get();
        if (!similar.isEmpty() && !dialogs.confirm(DuplicateWarning.title(), DuplicateWarning.text(similar))) {
            return;
        }
        changes.add(withSource(row), accepted(row));
    }

    /** Opens the selected draft in the contact editor; saving there accepts it. */
    public void edit() {
        DraftRow row = selected.get();
        if (!canDecide.get() || !changes.editable()) {
            return;
        }
        dialogs.editContact(ContactForm.drafting(withSource(row), today), changes::findSimilar)
                .ifPresent(contact -> changes.add(contact, accepted(row)));
    }

    /**
     * Follows the saved draft through the record's undo history: accepted when saved (then on to
     * the next draft), undecided again when Undo takes the contact back, accepted again on Redo.
     */
    private Consumer<Boolean> accepted(DraftRow row) {
        boolean[] saved = {false};
        return inRecord -> {
            if (inRecord && !saved[0]) {
                saved[0] = true;
                decided(row, DraftRow.State.ACCEPTED);
            } else {
                row.setState(inRecord ? DraftRow.State.ACCEPTED : DraftRow.State.PENDING);
                selected.set(selected.get());
                refreshDecision();
            }
        };
    }

    /** Drops the selected draft; dropping a dropped one takes it back. */
    public void drop() {
        DraftRow row = selected.get();
        if (row == null || row.stateProperty().get() == DraftRow.State.ACCEPTED) {
            return;
        }
        decided(row, row.stateProperty().get() == DraftRow.State.DROPPED ? DraftRow.State.PENDING : DraftRow.State.DROPPED);
    }

    private void decided(DraftRow row, DraftRow.State state) {
        row.setState(state);
        int next = rows.indexOf(row) + 1;
        // On to the next draft still to decide, so that a keyboard user goes down the list.
        rows.stream().skip(next).filter(r -> r.stateProperty().get() == DraftRow.State.PENDING).findFirst()
                .ifPresent(selected::set);
        selected.set(selected.get()); // the buttons' state follows the row's
        refreshDecision();
    }

    private void refreshDecision() {
        canDecide.invalidate();
    }

    /** How many drafts are neither accepted nor dropped (asked about when the window closes). */
    public long pending() {
        return rows.stream().filter(r -> r.stateProperty().get() == DraftRow.State.PENDING).count();
    }

    private Contact withSource(DraftRow row) {
        Article a = article();
        String quote = row.draft().sentence().of(draftedText.get());
        return row.contact().withSources(List.of(new Source(a.publication(), a.title(), a.author(), a.url(),
                a.date(), today.get(), quote)));
    }

    private Article article() {
        return new Article(Text.blankToNull(publication.get()), Text.blankToNull(title.get()),
                Text.blankToNull(author.get()), Text.blankToNull(url.get()), parsedDate());
    }

    private PartialDate parsedDate() {
        try {
            return date.get().isBlank() ? null : PartialDate.parse(date.get().strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Why the drafts cannot be saved with the article as their source yet; empty when they can. */
    private String checkSource() {
        if (!date.get().isBlank() && parsedDate() == null) {
            return Messages.get("drafts.problem.date", date.get().strip());
        }
        if (!url.get().isBlank() && !Source.isWebUrl(url.get().strip())) {
            return Messages.get("drafts.problem.url", url.get().strip());
        }
        if (publication.get().isBlank() && title.get().isBlank() && url.get().isBlank()) {
            return Messages.get("drafts.problem.source");
        }
        return "";
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty publicationProperty() {
        return publication;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public ObservableList<DraftRow> rows() {
        return rows;
    }

    public ObjectProperty<DraftRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty draftedTextProperty() {
        return draftedText.getReadOnlyProperty();
    }

    /** "3 contacts found", "No contacts found", or empty before the first search. */
    public ReadOnlyObjectProperty<String> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Why Accept and Edit are off although a draft is chosen (the article's source is incomplete). */
    public StringBinding sourceProblemProperty() {
        return sourceProblem;
    }

    /** The chosen draft can be accepted or edited. */
    public BooleanBinding canDecideProperty() {
        return canDecide;
    }
}
