package org.diplotrack.ui.contacts;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.ui.Messages;
import org.diplotrack.ui.TextWidth;

/**
 * The filter bar's Sources menu: at least 2, 3, 5 or 10 sources, and GDELT's root events only.
 * One menu for both: the bar has no room for two boxes at 1024 px.
 */
final class SourcesMenu extends MenuButton {
    private static final int[] STEPS = {0, 2, 3, 5, 10};
    /** Its whole title when there is room; in a small window it gives way first (the menu and the tooltip say it all). */
    private static final double MIN_WIDTH = 76;

    private final ToggleGroup least = new ToggleGroup();
    private final CheckMenuItem rootOnly = new CheckMenuItem(Messages.get("filter.sources.rootOnly"));
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
        getItems().addAll(new SeparatorMenuItem(), rootOnly);
        least.selectToggle(least.getToggles().get(0));
        least.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                least.selectToggle(old); // one is always chosen
            } else if (!filling) {
                entitle();
                changed.run();
            }
        });
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
        } finally {
            filling = false;
        }
        entitle();
    }

    /** "Sources", "Sources ≥ 3", "Sources ≥ 3 · root": what is set, in the title as the other boxes do. */
    private void entitle() {
        int n = leastSources();
        String title = n > 1 ? Messages.get("filter.sources.min", n) : Messages.get("filter.sources");
        setText(rootOnly.isSelected() ? title + " · " + Messages.get("filter.sources.root") : title);
        setMinWidth(MIN_WIDTH);
        setPrefWidth(TextWidth.of(getText(), TextWidth.WINDOW_FONT) + extraWidth);
    }
}
