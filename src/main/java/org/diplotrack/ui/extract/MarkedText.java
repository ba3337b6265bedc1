package org.diplotrack.ui.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.diplotrack.extract.Draft;
import org.diplotrack.extract.Evidence;
import org.diplotrack.extract.Span;
import org.diplotrack.ui.Messages;

/**
 * The article as read, with the chosen draft's sentence highlighted behind the text and the words
 * that decided its fields marked (a style class and a tooltip a kind: countries, people, titles,
 * the verb, the date). The text is shown as text nodes only: markup in it is never interpreted.
 */
final class MarkedText extends ScrollPane {
    /** The kinds of marked words, each with its style class and the bundle key that names it. */
    enum Mark {
        COUNTRY("mark-country", "drafts.mark.country"), PERSON("mark-person", "drafts.mark.person"),
        TITLE("mark-title", "drafts.mark.title"), VERB("mark-verb", "drafts.mark.verb"),
        DATE("mark-date", "drafts.mark.date");

        final String styleClass;
        final String key;

        Mark(String styleClass, String key) {
            this.styleClass = styleClass;
            this.key = key;
        }

        static Mark of(Evidence.Field field) {
            return switch (field) {
                case COUNTRY_A, COUNTRY_B -> COUNTRY;
                case PERSON_A, PERSON_B -> PERSON;
                case TITLE_A, TITLE_B -> TITLE;
                case VERB -> VERB;
                case DATE -> DATE;
            };
        }
    }

    private final TextFlow flow = new TextFlow();
    private final Path highlight = new Path();
    private final Map<Mark, Tooltip> tooltips = new EnumMap<>(Mark.class);
    private final Region content;
    private Span sentence;

    MarkedText() {
        getStyleClass().add("marked-text");
        flow.getStyleClass().add("marked-flow");
        highlight.getStyleClass().add("draft-sentence");
        highlight.setManaged(false);
        content = new Region() {
            {
                getChildren().addAll(highlight, flow);
            }

            @Override
            protected void layoutChildren() {
                double width = getWidth() - snappedLeftInset() - snappedRightInset();
                flow.resizeRelocate(snappedLeftInset(), snappedTopInset(), width, flow.prefHeight(width));
                highlight.setLayoutX(flow.getLayoutX());
                highlight.setLayoutY(flow.getLayoutY());
                highlight.getElements().setAll(sentence == null ? List.of() : List.of(flow.rangeShape(
                        sentence.start(), sentence.end())));
            }

            /** As narrow as the window wants: the text wraps to the width it is given. */
            @Override
            protected double computeMinWidth(double height) {
                return 0;
            }

            @Override
            protected double computePrefWidth(double height) {
                return 0;
            }

            @Override
            protected double computePrefHeight(double width) {
                double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
                return flow.prefHeight(inner) + snappedTopInset() + snappedBottomInset();
            }
        };
        content.getStyleClass().add("marked-content");
        setContent(content);
        setFitToWidth(true);
        for (Mark mark : Mark.values()) {
            tooltips.put(mark, new Tooltip(Messages.get(mark.key)));
        }
    }

    /** Shows {@code text} with {@code draft}'s sentence and words marked (none when it is null). */
    void show(String text, Draft draft) {
        sentence = draft == null ? null : clip(draft.sentence(), text.length());
        Mark[] marks = new Mark[text.length()];
        if (draft != null) {
            for (Evidence e : draft.evidence()) {
                Span s = clip(e.span(), text.length());
                for (int i = s.start(); i < s.end(); i++) {
                    marks[i] = marks[i] == null ? Mark.of(e.field()) : marks[i];
                }
            }
        }
        List<Text> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marks[i] != marks[start]) {
                runs.add(run(text.substring(start, i), marks[start]));
                start = i;
            }
        }
        flow.getChildren().setAll(runs);
        content.requestLayout();
        layout();
        scrollToSentence();
        // Once more after the next pulse: the window may still be laying itself out.
        Platform.runLater(this::scrollToSentence);
    }

    private Text run(String part, Mark mark) {
        Text t = new Text(part);
        t.getStyleClass().add("marked-run");
        if (mark != null) {
            t.getStyleClass().add(mark.styleClass);
            Tooltip.install(t, tooltips.get(mark));
        }
        return t;
    }

    private static Span clip(Span span, int length) {
        return new Span(Math.min(span.start(), length), Math.min(span.end(), length));
    }

    /** Brings the sentence into view, a third of the way down. */
    private void scrollToSentence() {
        if (sentence == null || highlight.getElements().isEmpty()) {
            return;
        }
        Bounds shape = highlight.getBoundsInParent();
        double content = getContent().getLayoutBounds().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (content > viewport) {
            setVvalue(Math.max(0, Math.min(1, (shape.getMinY() - viewport / 3) / (content - viewport))));
        }
    }

    /** True when some of the highlighted sentence is in view, for tests. */
    boolean sentenceInView() {
        if (highlight.getElements().isEmpty()) {
            return false;
        }
        Bounds shape = highlight.localToScene(highlight.getBoundsInLocal());
        Bounds view = localToScene(getLayoutBounds());
        return shape.getMaxY() > view.getMinY() && shape.getMinY() < view.getMaxY();
    }

    /** The highlighted sentence's outline, for tests: empty when none is shown. */
    Path highlight() {
        return highlight;
    }
}
