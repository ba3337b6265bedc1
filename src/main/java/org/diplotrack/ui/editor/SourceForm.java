package org.diplotrack.ui.editor;

import java.time.LocalDate;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Source;
import org.diplotrack.model.Text;
import org.diplotrack.ui.Messages;

/** One source being edited, as text fields. */
public final class SourceForm {
    final StringProperty publication = new SimpleStringProperty("");
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty author = new SimpleStringProperty("");
    final StringProperty url = new SimpleStringProperty("");
    final StringProperty published = new SimpleStringProperty("");
    final StringProperty accessed = new SimpleStringProperty("");
    final StringProperty quote = new SimpleStringProperty("");

    static SourceForm of(Source s) {
        SourceForm f = new SourceForm();
        f.publication.set(Text.nullToEmpty(s.publication()));
        f.title.set(Text.nullToEmpty(s.title()));
        f.author.set(Text.nullToEmpty(s.author()));
        f.url.set(Text.nullToEmpty(s.url()));
        f.published.set(s.published() == null ? "" : s.published().toString());
        f.accessed.set(s.accessed() == null ? "" : s.accessed().toString());
        f.quote.set(Text.nullToEmpty(s.quote()));
        return f;
    }

    /** @throws IllegalArgumentException with a message in plain words */
    Source toSource() {
        PartialDate publishedDate = published.get().isBlank() ? null : PartialDate.parse(published.get());
        LocalDate accessedDate;
        try {
            accessedDate = accessed.get().isBlank() ? null : LocalDate.parse(accessed.get().trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(Messages.get("editor.source.badAccessed", accessed.get()));
        }
        return new Source(publication.get(), title.get(), author.get(), url.get().trim(), publishedDate,
                accessedDate, quote.get());
    }

    StringProperty[] fields() {
        return new StringProperty[] {publication, title, author, url, published, accessed, quote};
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

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty publishedProperty() {
        return published;
    }

    public StringProperty accessedProperty() {
        return accessed;
    }

    public StringProperty quoteProperty() {
        return quote;
    }

    /** How the source list names this source. */
    public String label() {
        String head = !publication.get().isBlank() ? publication.get() : !title.get().isBlank() ? title.get() : url.get();
        return head.isBlank() ? Messages.get("editor.source.new") : head;
    }
}
