package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.diplotrack.TestContacts;
import org.diplotrack.io.SeedData;
import org.diplotrack.store.BackupInfo;
import org.diplotrack.store.Backups;
import org.diplotrack.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Back up, restore, a damaged file on open and a read-only file, through the real window. */
@ExtendWith(ApplicationExtension.class)
class SafetyWindowTest {
    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
    private final List<String> said = new CopyOnWriteArrayList<>();
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    private void show(FxRobot robot, Path file, Function<Path, Database> opener) throws Exception {
        robot.interact(() -> window = MainWindow.show(stage, file, opener::apply, url -> { }, new Settings(prefs),
                real -> new AnsweringDialogs(said)));
        waitUntil(() -> window.model().databaseProperty().get() != null);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void fire(FxRobot robot, String itemId) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
    }

    @Test
    void backUpAddRestoreAndTheCountGoesBack(FxRobot robot) throws Exception {
        Path file = dir.resolve("window.db");
        show(robot, file, f -> Database.open(f, SeedData::contacts));
        waitUntil(() -> window.model().totalContactsProperty().get() == 3);
        // The start-up backup (none was older than 12 hours: there was none).
        waitUntil(() -> Backups.of(file).list().size() == 1);

        robot.interact(() -> window.model().changes().save(null, TestContacts.full()));
        waitUntil(() -> window.model().totalContactsProperty().get() == 4);
        fire(robot, "backupItem");
        waitUntil(() -> said.stream().anyMatch(s -> s.startsWith("Backup written")));
        assertThat(Backups.of(file).list()).extracting(BackupInfo::contacts).containsExactly(4, 3);

        robot.interact(() -> window.model().changes().save(null, TestContacts.full()));
        waitUntil(() -> window.model().totalContactsProperty().get() == 5);
        AnsweringDialogs.pick = 1; // the older backup: the seed's 3 contacts
        fire(robot, "restoreItem");
        waitUntil(() -> said.stream().anyMatch(s -> s.startsWith("Backup restored")));
        waitUntil(() -> window.model().databaseProperty().get() != null
                && window.model().totalContactsProperty().get() == 3);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("window.replaced-"));
        }
    }

    @Test
    void aDamagedFileOffersTheNewestGoodBackupAndKeepsTheDamagedOne(FxRobot robot) throws Exception {
        Path file = dir.resolve("hurt.db");
        try (Database db = Database.open(file, SeedData::contacts)) {
            db.contacts().insert(TestContacts.full());
        }
        Backups.of(file).backupNow();
        Files.write(file, "this is not a database any more".repeat(100).getBytes());
        show(robot, file, f -> Database.open(f, SeedData::contacts));
        waitUntil(() -> window.model().totalContactsProperty().get() == 4);
        assertThat(said).anyMatch(s -> s.startsWith("The database cannot be opened") && s.contains("hurt.db"));
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            Path damaged = all.stream().filter(p -> p.getFileName().toString().matches("hurt\\.damaged-[0-9-]+\\.db"))
                    .findFirst().orElseThrow(() -> new AssertionError(all.toString()));
            assertThat(Files.readString(damaged)).startsWith("this is not a database any more");
        }
    }

    @Test
    void aReadOnlyFileSaysSoAndDisablesEditing(FxRobot robot) throws Exception {
        Path file = dir.resolve("locked.db");
        Database.open(file, SeedData::contacts).close();
        // Tests may run as root, for whom file permissions do not stop writes: the read-only open
        // mode that Database.open picks for an unwritable file is used directly (see ReadOnlyTest).
        show(robot, file, Database::openReadOnly);
        waitUntil(() -> window.model().totalContactsProperty().get() == 3);
        Label notice = robot.lookup("#readOnlyNotice").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).isEqualTo("Read-only: editing is disabled");
        assertThat(robot.lookup("#newButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#deleteButton").queryAs(Button.class).isDisabled()).isTrue();
        robot.interact(() -> window.model().changes().save(null, TestContacts.full()));
        assertThat(said).anyMatch(s -> s.startsWith("Read-only"));
        assertThat(Backups.of(file).list()).as("no backup of a read-only file").isEmpty();
        try (Database db = Database.open(file, SeedData::contacts)) {
            assertThat(db.contacts().count()).isEqualTo(3);
        }
    }

    /** Records what would be shown; confirms; picks the backup numbered {@link #pick}. */
    private static final class AnsweringDialogs extends RecordingDialogs {
        static volatile int pick;

        AnsweringDialogs(List<String> said) {
            super(said, true);
        }

        @Override
        public Optional<BackupInfo> chooseBackup(List<BackupInfo> backups) {
            return Optional.of(backups.get(Math.min(pick, backups.size() - 1)));
        }
    }
}
