package org.diplotrack.ui.contacts;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.controlsfx.control.CheckComboBox;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Country;
import org.diplotrack.model.UnknownCountryException;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Status;
import org.diplotrack.ui.LabelConverter;
import org.diplotrack.ui.Messages;
import org.diplotrack.ui.TextWidth;

/**
 * The filters above the table: words to find (applied as you type), a country, a date range,
 * levels, statuses, modes, a tag, and how many sources bear a contact out (with GDELT's root
 * events only). Writes a {@link ContactFilter} into the property it is bound to;
 * a malformed date is marked and left out rather than applied.
 */
public final class FilterBar extends HBox {
    private final TextField search = new TextField();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    /** A country by name or code: its pairs only (with "All pairs", one lane each on the timeline). */
    private final TextField country = new TextField();
    private final CheckComboBox<Level> levels = new CheckComboBox<>();
    /** The box's padding and arrow around its title. */
    private static final double CHECK_BOX_EXTRA = 56;
    private final CheckComboBox<Status> statuses = new CheckComboBox<>();
    private final CheckComboBox<Mode> modes = new CheckComboBox<>();
    private final TextField tag = new TextField();
    private final SourcesMenu sources = new SourcesMenu(CHECK_BOX_EXTRA, this::apply);
    private final Button clear = new Button(Messages.get("filter.clear"));
    private final PauseTransition typing = new PauseTransition(Duration.millis(180));
    private ObjectProperty<ContactFilter> target;
    private boolean filling;
    private boolean writing;

    public FilterBar() {
        getStyleClass().add("filter-bar");
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        search.setId("search");
        search.setPromptText(Messages.get("filter.search.prompt"));
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(64);
        from.setId("filterFrom");
        to.setId("filterTo");
        from.setPromptText(Messages.get("filter.from.prompt"));
        to.setPromptText(Messages.get("filter.to.prompt"));
        mark(from, false);
        mark(to, false);
        from.setPrefColumnCount(6);
        to.setPrefColumnCount(6);
        setUp(levels, Level.values(), Level::label, "filter.levels");
        setUp(statuses, Status.values(), Status::label, "filter.statuses");
        setUp(modes, Mode.values(), Mode::label, "filter.modes");
        country.setId("filterCountry");
        country.setPromptText(Messages.get("filter.country.prompt"));
        country.setPrefColumnCount(7);
        country.setMinWidth(60);
        markCountry(false);
        // Best match first: Enter takes the top suggestion, so "ru" must offer Russia before Aruba.
        org.controlsfx.control.textfield.TextFields.bindAutoCompletion(country,
                request -> Countries.suggest(request.getUserText()).stream().map(Country::label).toList());
        tag.setPromptText(Messages.get("filter.tag.prompt"));
        tag.setPrefColumnCount(6);
        clear.setOnAction(e -> clear());
        clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Narrow enough for the Russian labels at 1024 px; a date scrolls in its field.
        from.setMinWidth(48);
        to.setMinWidth(48);
        tag.setMinWidth(44);
        getChildren().addAll(search, country, from, to, levels, statuses, modes, sources, tag, clear);

        typing.setOnFinished(e -> apply());
        for (TextField field : new TextField[] {search, country, from, to, tag}) {
            field.textProperty().addListener((obs, old, now) -> {
                if (!filling) {
                    typing.playFromStart();
                }
            });
            field.setOnAction(e -> apply());
        }
    }

    private <T> void setUp(CheckComboBox<T> box, T[] values, Function<T, String> label, String titleKey) {
        box.getItems().setAll(values);
        box.setConverter(new LabelConverter<>(label));
        entitle(box, titleKey);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            entitle(box, titleKey);
            if (!filling) {
                apply();
            }
        });
    }

    /**
     * "Levels" while nothing is ticked, "Levels (2)" after; as wide as that title (the box
     * would take the width of its longest item, and a fixed width cut "Statuses (0/6)").
     */
    private static void entitle(CheckComboBox<?> box, String titleKey) {
        int ticked = box.getCheckModel().getCheckedItems().size();
        String title = ticked == 0 ? Messages.get(titleKey) : Messages.get("filter.ticked", Messages.get(titleKey), ticked);
        box.setTitle(title);
        double width = TextWidth.of(title, TextWidth.WINDOW_FONT) + CHECK_BOX_EXTRA;
        box.setMinWidth(width);
        box.setPrefWidth(width);
    }

    /** Shows the property's filter and keeps the property up to date with the user's changes. */
    public void bind(ObjectProperty<ContactFilter> filter) {
        this.target = filter;
        show(filter.get());
        // The filters remembered from the last run arrive with the first open.
        filter.addListener((obs, old, now) -> {
            if (!writing) {
                show(now);
            }
        });
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void show(ContactFilter f) {
        filling = true;
        try {
            search.setText(f.text() == null ? "" : f.text());
            from.setText(f.from() == null ? "" : f.from().toString());
            to.setText(f.to() == null ? "" : f.to().toString());
            country.setText(f.country() == null ? "" : f.country().label());
            tag.setText(f.tag() == null ? "" : f.tag());
            check(levels, f.levels());
            check(statuses, f.statuses());
            check(modes, f.modes());
            sources.show(f);
        } finally {
            filling = false;
        }
    }

    private static <T> void check(CheckComboBox<T> box, Set<T> values) {
        box.getCheckModel().clearChecks();
        values.forEach(v -> box.getCheckModel().check(v));
    }

    private void clear() {
        show(ContactFilter.ALL);
        apply();
    }

    private void apply() {
        typing.stop();
        if (target == null) {
            return;
        }
        PartialDate start = date(from);
        PartialDate end = date(to);
        if (start != null && end != null && end.lastDay().isBefore(start.firstDay())) {
            mark(to, true);
            end = null;
        }
        writing = true;
        try {
            target.set(ContactFilter.ALL.withText(search.getText()).withCountry(country()).withRange(start, end)
                    .withLevels(checked(levels, Level.class)).withStatuses(checked(statuses, Status.class))
                    .withModes(checked(modes, Mode.class)).withTag(tag.getText())
                    .withMinSources(sources.leastSources()).withRootOnly(sources.rootOnly())
                    .withDoubts(sources.doubts())
                    // Set above the bar, in the pair's summary: kept as it is (Clear too).
                    .withPredecessors(target.get().withPredecessors()));
        } finally {
            writing = false;
        }
    }

    private Country country() {
        if (country.getText().isBlank()) {
            markCountry(false);
            return null;
        }
        try {
            Country found = Countries.lookup(country.getText());
            markCountry(false);
            return found;
        } catch (UnknownCountryException e) {
            markCountry(true);
            return null;
        }
    }

    private void markCountry(boolean bad) {
        country.getStyleClass().remove("bad-input");
        country.setTooltip(new Tooltip(Messages.get(bad ? "filter.badCountry" : "filter.country.tip")));
        if (bad) {
            country.getStyleClass().add("bad-input");
        }
    }

    private static PartialDate date(TextField field) {
        if (field.getText().isBlank()) {
            mark(field, false);
            return null;
        }
        try {
            PartialDate date = PartialDate.parse(field.getText());
            mark(field, false);
            return date;
        } catch (IllegalArgumentException e) {
            mark(field, true);
            return null;
        }
    }

    private static void mark(TextField field, boolean bad) {
        field.getStyleClass().remove("bad-input");
        field.setTooltip(new Tooltip(Messages.get(bad ? "filter.badDate" : "filter.date.tip")));
        if (bad) {
            field.getStyleClass().add("bad-input");
        }
    }

    private static <E extends Enum<E>> Set<E> checked(CheckComboBox<E> box, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        set.addAll(box.getCheckModel().getCheckedItems());
        return set;
    }
}
