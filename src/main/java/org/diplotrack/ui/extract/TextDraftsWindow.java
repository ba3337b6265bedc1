package org.diplotrack.ui.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Side;
import org.diplotrack.model.l10n.DisplayFormats;
import org.diplotrack.ui.ColumnFit;
import org.diplotrack.ui.DialogService;
import org.diplotrack.ui.DialogWindows;
import org.diplotrack.ui.DuplicateWarning;
import org.diplotrack.ui.Messages;

/**
 * The window of File › New contacts from text… ({@code resources/fxml/text-drafts.fxml}): the
 * article's fields and text above, the drafts below; the chosen draft's sentence and words are
 * marked in the text. It binds to a {@link TextDraftsViewModel} and forwards the buttons to it.
 */
public final class TextDraftsWindow {
    private final TextDraftsViewModel model;
    private final DialogService dialogs;
    private final MarkedText marked = new MarkedText();
    private Stage stage;

    @FXML private TextField articlePublication;
    @FXML private TextField articleTitle;
    @FXML private TextField articleAuthor;
    @FXML private TextField articleDate;
    @FXML private TextField articleUrl;
    @FXML private Button openArticle;
    @FXML private Button findDrafts;
    @FXML private Button editText;
    @FXML private Label draftsOutcome;
    @FXML private StackPane textStack;
    @FXML private TextArea articleText;
    @FXML private HBox legend;
    @FXML private TableView<DraftRow> draftsTable;
    @FXML private TableColumn<DraftRow, String> stateColumn;
    @FXML private TableColumn<DraftRow, String> dateColumn;
    @FXML private TableColumn<DraftRow, String> pairColumn;
    @FXML private TableColumn<DraftRow, String> levelColumn;
    @FXML private TableColumn<DraftRow, String> modeColumn;
    @FXML private TableColumn<DraftRow, String> statusColumn;
    @FXML private TableColumn<DraftRow, String> participantsColumn;
    @FXML private TableColumn<DraftRow, String> similarColumn;
    @FXML private Button acceptDraft;
    @FXML private Button editDraft;
    @FXML private Button dropDraft;
    @FXML private Label sourceProblem;

    private TextDraftsWindow(TextDraftsViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    /** Opens the window over {@code owner}. */
    public static TextDraftsWindow show(Window owner, TextDraftsViewModel model, DialogService dialogs) {
        TextDraftsWindow window = new TextDraftsWindow(model, dialogs);
        FXMLLoader loader = new FXMLLoader(TextDraftsWindow.class.getResource("/fxml/text-drafts.fxml"),
                Messages.bundle());
        loader.setController(window);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the layout of the window of contacts from text", e);
        }
        window.stage = DialogWindows.stage(owner, Messages.get("drafts.title"), root);
        window.stage.setMinWidth(640);
        window.stage.setMinHeight(480);
        window.stage.getScene().getAccelerators().put(
                new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), window::findDrafts);
        window.stage.setOnCloseRequest(e -> {
            if (!window.mayClose()) {
                e.consume();
            }
        });
        window.stage.show();
        window.articleText.requestFocus();
        return window;
    }

    @FXML
    private void initialize() {
        articlePublication.textProperty().bindBidirectional(model.publicationProperty());
        articleTitle.textProperty().bindBidirectional(model.titleProperty());
        articleAuthor.textProperty().bindBidirectional(model.authorProperty());
        articleDate.textProperty().bindBidirectional(model.dateProperty());
        articleUrl.textProperty().bindBidirectional(model.urlProperty());
        articleText.textProperty().bindBidirectional(model.textProperty());
        marked.setId("markedText");
        marked.setVisible(false);
        textStack.getChildren().add(marked);
        articleText.visibleProperty().bind(marked.visibleProperty().not());
        editText.disableProperty().bind(marked.visibleProperty().not());
        findDrafts.disableProperty().bind(model.runningProperty().or(model.textProperty().isEmpty()));
        openArticle.disableProperty().bind(model.runningProperty());
        draftsOutcome.textProperty().bind(model.outcomeProperty());
        sourceProblem.textProperty().bind(Bindings.createStringBinding(
                () -> model.rows().isEmpty() ? "" : model.sourceProblemProperty().get(),
                model.sourceProblemProperty(), model.rows()));
        bindTable();
        acceptDraft.setTooltip(new Tooltip(Messages.get("drafts.accept.tip")));
        editDraft.setTooltip(new Tooltip(Messages.get("drafts.edit.tip")));
        dropDraft.setTooltip(new Tooltip(Messages.get("drafts.drop.tip")));
        acceptDraft.disableProperty().bind(model.canDecideProperty().not());
        editDraft.disableProperty().bind(model.canDecideProperty().not());
        dropDraft.disableProperty().bind(model.selectedProperty().isNull());
        fillLegend();
        model.selectedProperty().addListener((obs, old, row) -> {
            showDraft(row);
            showDropOrTakeBack();
        });
        // Each search shows its drafts in the marked text, also when the text did not change.
        model.rows().addListener((javafx.collections.ListChangeListener<DraftRow>) change -> {
            marked.setVisible(true);
            showDraft(model.selectedProperty().get());
        });
    }

    private void bindTable() {
        draftsTable.setItems(model.rows());
        column(stateColumn, row -> Bindings.createStringBinding(() -> stateText(row), row.stateProperty()));
        column(dateColumn, row -> fixed(dateText(row.contact())));
        column(pairColumn, row -> fixed(pairText(row.contact())));
        column(levelColumn, row -> fixed(levelsText(row.contact())));
        column(modeColumn, row -> fixed(row.contact().mode().label()));
        column(statusColumn, row -> fixed(row.contact().status().label()));
        column(participantsColumn, row -> fixed(participants(row.contact())));
        column(similarColumn, row -> Bindings.createStringBinding(() -> similarText(row), row.similarProperty()));
        new ColumnFit<>(draftsTable)
                .fit(stateColumn, row -> longestStateText(), 160)
                .fit(dateColumn, row -> dateText(row.contact()), 160)
                .fit(pairColumn, row -> pairText(row.contact()), 260)
                .fit(levelColumn, row -> levelsText(row.contact()), 320)
                .fit(modeColumn, row -> row.contact().mode().label(), 220)
                .fit(statusColumn, row -> row.contact().status().label(), 140)
                .fit(similarColumn, row -> Messages.get("drafts.similar", 2), 220)
                .start();
        draftsTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(DraftRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("draft-accepted", "draft-dropped", "draft-similar");
                setTooltip(null);
                if (row != null && !empty) {
                    getStyleClass().add(switch (row.stateProperty().get()) {
                        case ACCEPTED -> "draft-accepted";
                        case DROPPED -> "draft-dropped";
                        case PENDING -> row.similarProperty().get().isEmpty() ? "draft-pending" : "draft-similar";
                    });
                    List<Contact> similar = row.similarProperty().get();
                    if (!similar.isEmpty()) {
                        setTooltip(new Tooltip(DuplicateWarning.text(similar)));
                    }
                }
            }
        });
        // A row's state and near-copies change after it is shown: redraw the rows then.
        model.rows().forEach(this::watch);
        model.rows().addListener((javafx.collections.ListChangeListener<DraftRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
            }
        });
        draftsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
            }
        });
        model.selectedProperty().addListener((obs, old, row) -> draftsTable.getSelectionModel().select(row));
        draftsTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                model.accept();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                model.drop();
                e.consume();
            }
        });
        draftsTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.edit();
            }
        });
    }

    private void watch(DraftRow row) {
        row.stateProperty().addListener(x -> {
            draftsTable.refresh();
            showDropOrTakeBack();
        });
        row.similarProperty().addListener(x -> draftsTable.refresh());
    }

    private static void column(TableColumn<DraftRow, String> column, Function<DraftRow, ObservableValue<String>> value) {
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
    }

    private static ObservableValue<String> fixed(String text) {
        return new ReadOnlyStringWrapper(text);
    }

    private static String stateText(DraftRow row) {
        return Messages.get("drafts.state." + row.stateProperty().get().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** A row's decision changes after it is shown: its column is as wide as the longest. */
    private static String longestStateText() {
        return java.util.Arrays.stream(DraftRow.State.values())
                .map(state -> Messages.get("drafts.state." + state.name().toLowerCase(java.util.Locale.ROOT)))
                .max(java.util.Comparator.comparingDouble(t -> org.diplotrack.ui.TextWidth.of(t,
                        org.diplotrack.ui.TextWidth.WINDOW_FONT))).orElse("");
    }

    private static String dateText(Contact c) {
        return DisplayFormats.date(c.date(), c.approximate());
    }

    private static String pairText(Contact c) {
        return c.a().country().label() + "–" + c.b().country().label();
    }

    private static String levelsText(Contact c) {
        return c.a().level().label() + " – " + c.b().level().label();
    }

    private static String similarText(DraftRow row) {
        int n = row.similarProperty().get().size();
        return n == 0 ? "" : Messages.get("drafts.similar", n);
    }

    private static String participants(Contact c) {
        return String.join("; ", java.util.stream.Stream.of(c.a(), c.b()).map(Side::participants)
                .flatMap(List::stream).map(Participant::name).filter(java.util.Objects::nonNull).toList());
    }

    private void fillLegend() {
        Label intro = new Label(Messages.get("drafts.legend"));
        intro.getStyleClass().add("field-name");
        legend.getChildren().add(intro);
        Rectangle swatch = new Rectangle(14, 12);
        swatch.getStyleClass().add("draft-sentence");
        Label sentence = new Label(Messages.get("drafts.mark.sentence"), swatch);
        legend.getChildren().add(sentence);
        for (MarkedText.Mark mark : MarkedText.Mark.values()) {
            Text word = new Text(Messages.get(mark.key));
            word.getStyleClass().addAll("marked-run", mark.styleClass);
            legend.getChildren().add(word);
        }
        legend.visibleProperty().bind(marked.visibleProperty());
        legend.managedProperty().bind(legend.visibleProperty());
    }

    /** On a dropped draft the Drop button takes it back, and says so. */
    private void showDropOrTakeBack() {
        DraftRow row = model.selectedProperty().get();
        boolean dropped = row != null && row.stateProperty().get() == DraftRow.State.DROPPED;
        dropDraft.setText(Messages.get(dropped ? "drafts.takeBack" : "drafts.drop"));
    }

    private void showDraft(DraftRow row) {
        if (marked.isVisible()) {
            marked.show(model.draftedTextProperty().get(), row == null ? null : row.draft());
        }
    }

    /** Closing with drafts not yet decided asks first: they would be lost. */
    private boolean mayClose() {
        long pending = model.pending();
        return pending == 0 || dialogs.confirm(Messages.get("drafts.closePending.title"),
                Messages.get("drafts.closePending.text", pending));
    }

    @FXML
    private void openArticle() {
        dialogs.chooseArticleFile().ifPresent(file -> {
            marked.setVisible(false);
            model.open(file);
        });
    }

    @FXML
    private void findDrafts() {
        if (!findDrafts.isDisabled()) {
            model.find();
        }
    }

    @FXML
    private void editText() {
        marked.setVisible(false);
        articleText.requestFocus();
    }

    @FXML
    private void acceptDraft() {
        model.accept();
    }

    @FXML
    private void editDraft() {
        model.edit();
    }

    @FXML
    private void dropDraft() {
        model.drop();
    }

    @FXML
    private void close() {
        if (mayClose()) {
            stage.close();
        }
    }
}
