package org.diplotrack.ui.summary;

import java.time.LocalDate;
import java.time.Period;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import java.util.List;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Country;
import org.diplotrack.model.DyadSummary;
import org.diplotrack.model.Mission;
import org.diplotrack.model.Representation;
import org.diplotrack.model.l10n.DisplayFormats;
import org.diplotrack.ui.Messages;

/**
 * The answer for the selected pair, above its contacts: the summary sentence (at what level they
 * still talk, and since when) and the last held contact at each level; for a pair whose
 * countries had predecessors, a box to take in their record too (Russia with the Soviet Union,
 * decision 0024).
 */
public final class SummaryPane extends VBox {
    private final Label sentence = new Label();
    private final FlowPane levels = new FlowPane(14, 4);
    private final Label counts = new Label();
    private final Label representation = new Label();
    private final CheckBox predecessors = new CheckBox();
    private ObjectProperty<ContactFilter> filter;

    public SummaryPane() {
        getStyleClass().add("summary-pane");
        setSpacing(4);
        sentence.setId("summarySentence");
        sentence.setWrapText(true);
        sentence.setMnemonicParsing(false);
        sentence.getStyleClass().add("summary-sentence");
        counts.setId("summaryCounts");
        counts.setWrapText(true);
        counts.getStyleClass().add("summary-counts");
        representation.setId("summaryRepresentation");
        representation.setWrapText(true);
        representation.setMnemonicParsing(false);
        representation.getStyleClass().add("summary-representation");
        representation.managedProperty().bind(representation.visibleProperty());
        predecessors.setId("summaryPredecessors");
        predecessors.setMnemonicParsing(false);
        predecessors.setWrapText(true);
        predecessors.setTooltip(new Tooltip(Messages.get("filter.predecessors.tip")));
        predecessors.managedProperty().bind(predecessors.visibleProperty());
        predecessors.setOnAction(e -> {
            if (filter != null) {
                filter.set(filter.get().withPredecessors(predecessors.isSelected()));
            }
        });
        getChildren().addAll(sentence, representation, levels, counts, predecessors);
        show(null, List.of());
    }

    /** Shows whether the filter takes in the predecessors' record, and sets it when the box is ticked. */
    public void bindPredecessors(ObjectProperty<ContactFilter> property) {
        this.filter = property;
        predecessors.setSelected(property.get().withPredecessors());
        property.addListener((obs, old, now) -> predecessors.setSelected(now.withPredecessors()));
    }

    /** Shows a pair's summary, and who heads each side's mission in the other today when any is on record. */
    public void show(DyadSummary summary, List<Mission> missions) {
        show(summary, missions, List.of());
    }

    /**
     * As {@link #show(DyadSummary, List)}, with the box "with predecessors" naming {@code onRecord}
     * (the predecessors whose pairs hold contacts on record); no box when there are none.
     */
    public void show(DyadSummary summary, List<Mission> missions, List<Country> onRecord) {
        levels.getChildren().clear();
        setVisible(summary != null);
        setManaged(summary != null);
        if (summary == null) {
            sentence.setText("");
            counts.setText("");
            representation.setVisible(false);
            predecessors.setVisible(false);
            return;
        }
        sentence.setText(summary.sentence());
        showPredecessors(onRecord);
        String heads = Representation.sentence(Representation.of(missions, summary.dyad(), summary.asOf()));
        representation.setText(heads);
        representation.setVisible(!heads.isEmpty());
        for (int rank = 5; rank >= 1; rank--) {
            int r = rank;
            String last = summary.lastHeldAt(rank)
                    .map(h -> DisplayFormats.date(h.contact().lastDate(), h.contact().approximate()) + " ("
                            + ago(h.contact().lastDate().lastDay(), summary.asOf()) + ")")
                    .orElse(Messages.get("summary.never"));
            Label item = new Label(Messages.get("summary.lastAt", Messages.get("summary.rank." + r), last));
            item.getStyleClass().addAll("summary-level", "level-rank-" + r);
            levels.getChildren().add(item);
        }
        String byLevel = summary.countsByRank().entrySet().stream()
                .map(e -> Messages.get("summary.rank." + Math.max(e.getKey(), 0)) + " " + DisplayFormats.count(e.getValue()))
                .collect(Collectors.joining(", "));
        String byMode = summary.countsByMode().entrySet().stream()
                .map(e -> e.getKey().label() + " " + DisplayFormats.count(e.getValue())).collect(Collectors.joining(", "));
        counts.setText(Messages.get("summary.counts", byLevel, byMode));
    }

    /** "With predecessors: Soviet Union"; none shown without a predecessor's pair on record (or while it is ticked). */
    private void showPredecessors(List<Country> countries) {
        predecessors.setVisible(!countries.isEmpty() || predecessors.isSelected());
        predecessors.setText(countries.isEmpty() ? Messages.get("summary.predecessors.none")
                : Messages.get("summary.predecessors", countries.stream().map(Country::label)
                        .collect(Collectors.joining(", "))));
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
