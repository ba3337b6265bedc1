package org.diplotrack.ui.summary;

import java.time.LocalDate;
import java.time.Period;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.diplotrack.model.DyadSummary;
import org.diplotrack.ui.Messages;

/**
 * The answer for the selected pair, above its contacts: the summary sentence (at what level they
 * still talk, and since when) and the last held contact at each level.
 */
public final class SummaryPane extends VBox {
    private final Label sentence = new Label();
    private final FlowPane levels = new FlowPane(14, 4);

    public SummaryPane() {
        getStyleClass().add("summary-pane");
        setSpacing(4);
        sentence.setId("summarySentence");
        sentence.setWrapText(true);
        sentence.setMnemonicParsing(false);
        sentence.getStyleClass().add("summary-sentence");
        getChildren().addAll(sentence, levels);
        show(null);
    }

    public void show(DyadSummary summary) {
        levels.getChildren().clear();
        setVisible(summary != null);
        setManaged(summary != null);
        if (summary == null) {
            sentence.setText("");
            return;
        }
        sentence.setText(summary.sentence());
        for (int rank = 5; rank >= 1; rank--) {
            int r = rank;
            String last = summary.lastHeldAt(rank)
                    .map(h -> h.contact().lastDate() + " (" + ago(h.contact().lastDate().lastDay(), summary.asOf()) + ")")
                    .orElse(Messages.get("summary.never"));
            Label item = new Label(Messages.get("summary.rank." + r) + ": " + last);
            item.getStyleClass().addAll("summary-level", "level-rank-" + r);
            levels.getChildren().add(item);
        }
    }

    private static String ago(LocalDate day, LocalDate asOf) {
        if (!day.isBefore(asOf)) {
            return Messages.get("summary.ongoing");
        }
        Period p = Period.between(day, asOf);
        return p.getYears() > 0 ? Messages.get("summary.yearsAgo", p.getYears())
                : p.getMonths() > 0 ? Messages.get("summary.monthsAgo", p.getMonths())
                : Messages.get("summary.daysAgo", p.getDays());
    }
}
