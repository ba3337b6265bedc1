package org.diplotrack.ui;

import javafx.animation.PauseTransition;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;

/**
 * The status bar's busy indicator. Quick work (a page of the table, the contact under the
 * pointer) would only make it flash; it shows once work has lasted {@link #DELAY} and goes as
 * soon as the work is done.
 */
final class BusyIndicator {
    static final Duration DELAY = Duration.millis(150);

    private BusyIndicator() {
    }

    /** Keeps {@code progress} at -1 (indeterminate) while {@code busy} has been true for {@code delay}, else 0. */
    static void bind(ObservableBooleanValue busy, DoubleProperty progress, Duration delay) {
        PauseTransition stillBusy = new PauseTransition(delay);
        stillBusy.setOnFinished(e -> progress.set(-1));
        busy.addListener((obs, was, now) -> {
            if (now) {
                stillBusy.playFromStart();
            } else {
                stillBusy.stop();
                progress.set(0);
            }
        });
        if (busy.get()) {
            stillBusy.playFromStart(); // work begun before the window was built (the first opening)
        }
    }
}
