package org.diplotrack.ui.contacts;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.Doubts;
import org.diplotrack.ui.Messages;
import org.diplotrack.ui.TextWidth;

/**
 * The filter bar's Sources menu: at least 2, 3, 5 or 10 sources, GDELT's root events only, and
 * contacts with or without doubts ({@link Doubts}). One menu for all three: the bar has no room
 * for more boxes at 1024 px.
 */
final class SourcesMenu extends MenuButton {
    private static final int[] STEPS = {0, 2, 3, 5, 10};
    /** Its whole title when there is room; in a small window it gives way first (the menu and the tooltip say it all). */
    private static final double MIN_WIDTH = 76;

    private final ToggleGroup least = new ToggleGroup();
    private final CheckMenuItem rootOnly = new CheckMenuItem(Messages.get("filter.sources.rootOnly"));
    private final ToggleGroup doubts = new ToggleGroup();
    private final double extraWidth;
    private boolean filling;

    /** @param extraWidth the padding and arrow around the title, as the bar's other boxes have */
    SourcesMenu(double extraWidth, Runnable changed) {
        this.extraWidth = extraWidth;
        setId("filterSources");
        setTooltip(new Tooltip(Messages.get("filter.sources.tip")));
        for (int step : STEPS) {
            RadioMenuItem item = new RadioMenuItem(step == 0 ? Messages.get("filter.sources.any")
                    : Messages.get("filter.sources.atLeast", step));
            item.setUserData(step);
            item.setToggleGroup(least);
            getItems().add(item);
        }
        getItems().addAll(new SeparatorMenuItem(), rootOnly, new SeparatorMenuItem());
        for (Doubts d : Doubts.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get("filter.doubts." + d.code()));
            item.setUserData(d);
            item.setToggleGroup(doubts);
            getItems().add(item);
        }
        for (ToggleGroup group : java.util.List.of(least, doubts)) {
            group.selectToggle(group.getToggles().get(0));
            group.selectedToggleProperty().addListener((obs, old, now) -> {
                if (now == null) {
                    group.selectToggle(old); // one is always chosen
                } else if (!filling) {
                    entitle();
                    changed.run();
                }
            });
        }
        rootOnly.selectedProperty().addListener((obs, old, now) -> {
            if (!filling) {
                entitle();
                changed.run();
            }
        });
        entitle();
    }

    /** The least number of sources chosen; 0 for any. */
    int leastSources() {
        Toggle chosen = least.getSelectedToggle();
        return chosen == null ? 0 : (Integer) chosen.getUserData();
    }

    boolean rootOnly() {
        return rootOnly.isSelected();
    }

    Doubts doubts() {
        Toggle chosen = doubts.getSelectedToggle();
        return chosen == null ? Doubts.ANY : (Doubts) chosen.getUserData();
    }

    /** Shows a filter's choice; a count typed on the command line shows as the step below it. */
    void show(ContactFilter f) {
        filling = true;
        try {
            int step = 0;
            for (int s : STEPS) {
                step = s <= f.minSources() ? s : step;
            }
            for (Toggle toggle : least.getToggles()) {
                if (toggle.getUserData().equals(step)) {
                    least.selectToggle(toggle);
                }
            }
            rootOnly.setSelected(f.rootOnly());
            for (Toggle toggle : doubts.getToggles()) {
                if (toggle.getUserData() == f.doubts()) {
                    doubts.selectToggle(toggle);
                }
            }
        } finally {
            filling = false;
        }
        entitle();
    }

    /** "Sources", "Sources ≥ 3", "Sources ≥ 3 · root · no doubts": what is set, in the title as the other boxes do. */
    private void entitle() {
        int n = leastSources();
        StringBuilder title = new StringBuilder(n > 1 ? Messages.get("filter.sources.min", n)
                : Messages.get("filter.sources"));
        if (rootOnly.isSelected()) {
            title.append(" · ").append(Messages.get("filter.sources.root"));
        }
        if (doubts() != Doubts.ANY) {
            title.append(" · ").append(Messages.get(doubts() == Doubts.ONLY ? "filter.sources.onlyDoubts"
                    : "filter.sources.withoutDoubts"));
        }
        setText(title.toString());
        setMinWidth(MIN_WIDTH);
        setPrefWidth(TextWidth.of(getText(), TextWidth.WINDOW_FONT) + extraWidth);
    }
}
