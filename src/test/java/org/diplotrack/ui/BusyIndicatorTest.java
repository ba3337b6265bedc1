package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BusyIndicatorTest {
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty();

    @Test
    void showsOnlyWorkThatLastsAndHidesItAtOnceWhenDone(FxRobot robot) throws Exception {
        robot.interact(() -> BusyIndicator.bind(busy, progress, Duration.millis(100)));

        // Quick work never shows, even well after the delay.
        robot.interact(() -> {
            busy.set(true);
            busy.set(false);
        });
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(progress.get()).isZero();

        // Work that lasts shows as indeterminate progress, and goes when it ends.
        robot.interact(() -> busy.set(true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> progress.get() == -1);
        robot.interact(() -> busy.set(false));
        assertThat(progress.get()).isZero();
    }
}
