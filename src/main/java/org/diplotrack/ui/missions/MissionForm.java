package org.diplotrack.ui.missions;

import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.diplotrack.model.Country;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Mission;
import org.diplotrack.model.MissionEnd;
import org.diplotrack.model.MissionRank;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Source;
import org.diplotrack.model.Text;
import org.diplotrack.ui.Messages;

/**
 * The mission editor's state: every field of a {@link Mission} as a property the editor binds,
 * and the first problem with them in words (empty when the mission can be saved). A mission's
 * sources beyond the first, its provenance and its id are kept as they were.
 */
public final class MissionForm {
    private final Mission original;
    public final ObjectProperty<Country> sending = new SimpleObjectProperty<>();
    public final ObjectProperty<Country> receiving = new SimpleObjectProperty<>();
    public final StringProperty head = new SimpleStringProperty("");
    public final StringProperty title = new SimpleStringProperty("");
    public final ObjectProperty<MissionRank> rank = new SimpleObjectProperty<>(MissionRank.AMBASSADOR);
    public final StringProperty from = new SimpleStringProperty("");
    public final StringProperty to = new SimpleStringProperty("");
    public final ObjectProperty<MissionEnd> end = new SimpleObjectProperty<>();
    public final StringProperty notes = new SimpleStringProperty("");
    public final StringProperty sourcePublication = new SimpleStringProperty("");
    public final StringProperty sourceTitle = new SimpleStringProperty("");
    public final StringProperty sourceUrl = new SimpleStringProperty("");
    private final StringBinding problem;

    private MissionForm(Mission original) {
        this.original = original;
        Observable[] all = {sending, receiving, head, title, rank, from, to, end, notes, sourcePublication, sourceTitle,
            sourceUrl};
        problem = Bindings.createStringBinding(() -> build().map(m -> "").orElseGet(this::why), all);
    }

    /** A new mission of the pair's first country in its second. */
    public static MissionForm blank(Dyad pair) {
        MissionForm form = new MissionForm(null);
        if (pair != null) {
            form.sending.set(pair.first());
            form.receiving.set(pair.second());
        }
        return form;
    }

    /** A stored mission's fields; saving replaces it. */
    public static MissionForm editing(Mission mission) {
        MissionForm form = new MissionForm(mission);
        form.sending.set(mission.sending());
        form.receiving.set(mission.receiving());
        form.head.set(Text.nullToEmpty(mission.head()));
        form.title.set(Text.nullToEmpty(mission.title()));
        form.rank.set(mission.rank());
        form.from.set(mission.from().toString());
        form.to.set(mission.to() == null ? "" : mission.to().toString());
        form.end.set(mission.end());
        form.notes.set(Text.nullToEmpty(mission.notes()));
        if (!mission.sources().isEmpty()) {
            Source s = mission.sources().get(0);
            form.sourcePublication.set(Text.nullToEmpty(s.publication()));
            form.sourceTitle.set(Text.nullToEmpty(s.title()));
            form.sourceUrl.set(Text.nullToEmpty(s.url()));
        }
        return form;
    }

    /** The stored mission this form edits; null for a new one. */
    public Mission original() {
        return original;
    }

    /** The first problem in words; empty when the mission can be saved. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** The mission the form describes, when it is valid. */
    public Optional<Mission> build() {
        try {
            return Optional.of(mission());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String why() {
        try {
            mission();
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private Mission mission() {
        if (sending.get() == null || receiving.get() == null) {
            throw new IllegalArgumentException(Messages.get("mission.editor.countries"));
        }
        PartialDate start = date(from.get(), "mission.editor.from");
        if (start == null) {
            throw new IllegalArgumentException(Messages.get("mission.editor.fromRequired"));
        }
        List<Source> sources = original == null ? List.of() : original.sources();
        boolean sourceGiven = !sourcePublication.get().isBlank() || !sourceTitle.get().isBlank()
                || !sourceUrl.get().isBlank();
        if (sourceGiven) {
            Source first = new Source(sourcePublication.get(), sourceTitle.get(), null, sourceUrl.get().strip(), null,
                    null, null);
            sources = sources.isEmpty() ? List.of(first)
                    : java.util.stream.Stream.concat(java.util.stream.Stream.of(first), sources.stream().skip(1)).toList();
        } else if (!sources.isEmpty()) {
            sources = sources.subList(1, sources.size());
        }
        return Mission.builder().id(original == null ? 0 : original.id()).sending(sending.get())
                .receiving(receiving.get()).head(head.get()).title(title.get()).rank(rank.get()).from(start)
                .to(date(to.get(), "mission.editor.to")).end(end.get()).notes(notes.get()).sources(sources)
                .provenance(original == null ? Provenance.MANUAL : original.provenance()).build()
                .withId(original == null ? 0 : original.id(), original == null ? null : original.created(),
                        original == null ? null : original.modified());
    }

    private static PartialDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.get("mission.editor.badDate", Messages.get(field), text.strip()));
        }
    }
}
