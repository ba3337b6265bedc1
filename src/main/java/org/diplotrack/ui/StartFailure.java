package org.diplotrack.ui;

import java.io.PrintStream;
import org.diplotrack.model.Failures;
import org.diplotrack.store.DataLocation;

/**
 * What a person sees when the window cannot start: the cause chain on stderr (a terminal that
 * ran {@code mvn javafx:run} shows why), the whole report in the log, and a dialog that says why
 * and where the log is.
 */
public final class StartFailure {
    private StartFailure() {
    }

    /** Prints the cause chain on {@code err}; the log and the dialog come from {@code dialogs}. */
    public static void report(Throwable e, PrintStream err, DialogService dialogs) {
        printCauses(e, err);
        dialogs.showError(Messages.get("start.failed"), e);
    }

    /** The cause chain and the log folder on {@code err}, for a failure before any window. */
    public static void printCauses(Throwable e, PrintStream err) {
        err.println("diplotrack: " + Messages.get("start.failed") + ": " + Failures.describe(e));
        err.println("diplotrack: " + Messages.get("error.log", DataLocation.logDirectory()));
        err.flush();
    }
}
