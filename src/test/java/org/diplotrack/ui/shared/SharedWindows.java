package org.diplotrack.ui.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.diplotrack.TestPostgres;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.store.Database;
import org.diplotrack.store.RecordLocation;
import org.diplotrack.store.ServerAddress;
import org.diplotrack.store.SharedDatabase;
import org.diplotrack.ui.DialogService;
import org.diplotrack.ui.MainWindow;
import org.diplotrack.ui.Settings;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Main windows on one shared record (the seed, on a database of its own on the tests' server)
 * for the TestFX tests of this package: each window with preferences of its own, which
 * {@link #forget()} removes.
 */
final class SharedWindows {
    final ServerAddress server = TestPostgres.newDatabase();
    private final List<Preferences> preferences = new ArrayList<>();

    SharedWindows() {
        SharedDatabase.init(server, SeedData::contacts);
    }

    /** A main window on the record in {@code stage}, as the user opens it; on the FX thread. */
    MainWindow show(Stage stage, DialogService dialogs) {
        Preferences own = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
        preferences.add(own);
        return MainWindow.show(stage, RecordLocation.of(server), file -> {
            throw new AssertionError("no file is opened");
        }, url -> { }, new Settings(own), dialogs);
    }

    /** The contacts on the server now, read by a client of its own. */
    List<Contact> stored() {
        try (Database db = SharedDatabase.open(server)) {
            return db.contacts().find(ContactFilter.ALL);
        }
    }

    Contact stored(long id) {
        return stored().stream().filter(c -> c.id() == id).findFirst().orElse(null);
    }

    void forget() throws BackingStoreException {
        for (Preferences own : preferences) {
            own.removeNode();
        }
    }

    static void waitUntil(long seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
