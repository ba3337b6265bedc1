package org.diplotrack.ui.editor;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.diplotrack.model.Countries;
import org.diplotrack.model.Country;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.Setting;
import org.diplotrack.model.Status;
import org.diplotrack.model.l10n.Localization;
import org.diplotrack.ui.LabelConverter;
import org.diplotrack.ui.Messages;

/** Binds the editor's controls to a {@link ContactForm} and shows its problems where they are. */
public final class EditorController {
    private final ContactForm form;
    private final ValidationSupport validation = new ValidationSupport();

    @FXML private SearchableComboBox<Country> countryA;
    @FXML private SearchableComboBox<Country> countryB;
    @FXML private ComboBox<Level> levelA;
    @FXML private ComboBox<Level> levelB;
    @FXML private TextField portfolioA;
    @FXML private TextField portfolioB;
    @FXML private TextArea participantsA;
    @FXML private TextArea participantsB;
    @FXML private Label contactLevel;
    @FXML private Label levelRule;
    @FXML private TextField date;
    @FXML private TextField endDate;
    @FXML private CheckBox approximate;
    @FXML private ComboBox<Mode> mode;
    @FXML private ComboBox<Status> status;
    @FXML private ComboBox<Setting.Kind> setting;
    @FXML private TextField event;
    @FXML private TextField place;
    @FXML private TextArea summary;
    @FXML private TextField tags;
    @FXML private ListView<SourceForm> sourceList;
    @FXML private Button removeSource;
    @FXML private GridPane sourceFields;
    @FXML private TextField publication;
    @FXML private TextField sourceTitle;
    @FXML private TextField author;
    @FXML private TextField url;
    @FXML private TextField published;
    @FXML private TextField accessed;
    @FXML private TextField quote;
    @FXML private Label problems;

    public EditorController(ContactForm form) {
        this.form = form;
    }

    @FXML
    private void initialize() {
        List<Country> countries = Countries.all().stream().sorted(Comparator.comparing(Country::label, Collator.getInstance(Localization.locale()))).toList();
        for (SearchableComboBox<Country> picker : List.of(countryA, countryB)) {
            picker.setItems(FXCollections.observableArrayList(countries));
            picker.setConverter(new LabelConverter<>(c -> c.label() + " (" + c.alpha2() + ")"));
        }
        follow(countryA, form.countryA);
        follow(countryB, form.countryB);
        for (ComboBox<Level> level : List.of(levelA, levelB)) {
            level.getItems().setAll(Level.values());
            level.setConverter(new LabelConverter<>(Level::label));
        }
        levelA.valueProperty().bindBidirectional(form.levelA);
        levelB.valueProperty().bindBidirectional(form.levelB);
        portfolioA.textProperty().bindBidirectional(form.portfolioA);
        portfolioB.textProperty().bindBidirectional(form.portfolioB);
        participantsA.textProperty().bindBidirectional(form.participantsA);
        participantsB.textProperty().bindBidirectional(form.participantsB);

        contactLevel.textProperty().bind(form.levelProperty().map(Level::label));
        form.levelProperty().addListener((obs, old, level) -> styleLevel(level));
        styleLevel(form.levelProperty().get());
        levelRule.setText(Level.contactLevelRule());

        date.textProperty().bindBidirectional(form.date);
        endDate.textProperty().bindBidirectional(form.endDate);
        approximate.selectedProperty().bindBidirectional(form.approximate);
        mode.getItems().setAll(Mode.values());
        mode.setConverter(new LabelConverter<>(Mode::label));
        mode.valueProperty().bindBidirectional(form.mode);
        status.getItems().setAll(Status.values());
        status.setConverter(new LabelConverter<>(Status::label));
        status.valueProperty().bindBidirectional(form.status);
        setting.getItems().setAll(Setting.Kind.values());
        setting.setConverter(new LabelConverter<>(k -> Messages.get(k == Setting.Kind.BILATERAL
                ? "contact.setting.bilateral" : "editor.setting.multilateral")));
        setting.valueProperty().bindBidirectional(form.settingKind);
        event.textProperty().bindBidirectional(form.event);
        event.disableProperty().bind(form.settingKind.isNotEqualTo(Setting.Kind.MULTILATERAL));
        place.textProperty().bindBidirectional(form.location);
        summary.textProperty().bindBidirectional(form.summary);
        tags.textProperty().bindBidirectional(form.tags);

        sourceList.setItems(form.sources);
        sourceList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SourceForm item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        sourceList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showSource(old, now));
        removeSource.disableProperty().bind(sourceList.getSelectionModel().selectedItemProperty().isNull());
        sourceFields.setDisable(true);
        if (!form.sources.isEmpty()) {
            sourceList.getSelectionModel().select(0);
        }

        Map<String, Control> controls = Map.of(ContactForm.DATE, date, ContactForm.END_DATE, endDate, ContactForm.PARTICIPANTS_A, participantsA,
                ContactForm.PARTICIPANTS_B, participantsB, ContactForm.SOURCES, sourceList);
        controls.forEach((field, control) -> validation.registerValidator(control, false, (Control c, Object value) ->
                form.problem(field).map(p -> ValidationResult.fromMessages(p.error()
                                ? ValidationMessage.error(c, p.message())
                                : ValidationMessage.warning(c, p.message())))
                        .orElseGet(ValidationResult::new)));
        form.problems().addListener((ListChangeListener<Problem>) change -> showProblems());
        showProblems();
    }

    /**
     * Keeps the form's country in step with a picker, ignoring the empty value the picker has
     * while its list is being filtered (which would otherwise flag an error mid-typing and
     * disturb the picker's focus).
     */
    private static void follow(SearchableComboBox<Country> picker, ObjectProperty<Country> country) {
        picker.setValue(country.get());
        picker.valueProperty().addListener((obs, old, value) -> {
            if (value != null || !picker.isShowing()) {
                country.set(value);
            }
        });
        picker.showingProperty().addListener((obs, was, showing) -> {
            if (!showing) {
                country.set(picker.getValue());
            }
        });
        country.addListener((obs, old, value) -> {
            if (value != picker.getValue() && value != null) {
                picker.setValue(value);
            }
        });
    }

    private void styleLevel(Level level) {
        contactLevel.getStyleClass().removeIf(s -> s.startsWith("level-rank-"));
        contactLevel.getStyleClass().add("level-rank-" + level.rank());
    }

    private void showProblems() {
        validation.revalidate();
        // The pickers are marked by style, not by ControlsFX decorations: a decoration appearing
        // on a SearchableComboBox while it filters steals its focus.
        for (var entry : Map.of(ContactForm.COUNTRY_A, countryA, ContactForm.COUNTRY_B, countryB).entrySet()) {
            entry.getValue().getStyleClass().remove("bad-input");
            if (form.problem(entry.getKey()).filter(Problem::error).isPresent()) {
                entry.getValue().getStyleClass().add("bad-input");
            }
        }
        String text = form.problems().stream()
                .map(p -> (p.error() ? "✖ " : "⚠ ") + p.message())
                .collect(Collectors.joining("\n"));
        problems.setText(text.isEmpty() ? Messages.get("editor.noProblems") : text);
        problems.getStyleClass().removeAll("has-errors", "has-warnings");
        if (!form.problems().isEmpty()) {
            problems.getStyleClass().add(form.isValid() ? "has-warnings" : "has-errors");
        }
        sourceList.refresh();
    }

    private void showSource(SourceForm old, SourceForm now) {
        TextField[] fields = {publication, sourceTitle, author, url, published, accessed, quote};
        if (old != null) {
            StringProperty[] props = old.fields();
            for (int i = 0; i < fields.length; i++) {
                fields[i].textProperty().unbindBidirectional(props[i]);
            }
        }
        sourceFields.setDisable(now == null);
        for (TextField field : fields) {
            field.setText("");
        }
        if (now != null) {
            StringProperty[] props = now.fields();
            for (int i = 0; i < fields.length; i++) {
                fields[i].textProperty().bindBidirectional(props[i]);
            }
        }
    }

    @FXML
    private void addSource() {
        SourceForm source = new SourceForm();
        form.sources.add(source);
        sourceList.getSelectionModel().select(source);
        publication.requestFocus();
    }

    @FXML
    private void removeSource() {
        SourceForm selected = sourceList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            form.sources.remove(selected);
        }
    }
}
