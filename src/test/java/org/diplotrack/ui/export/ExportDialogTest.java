package org.diplotrack.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.diplotrack.chart.export.ExportFormat;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.Contact;
import org.diplotrack.store.Database;
import org.diplotrack.ui.DialogService;
import org.diplotrack.ui.MainWindow;
import org.diplotrack.ui.Settings;
import org.diplotrack.ui.editor.ContactForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    static Path dir;

    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + java.util.UUID.randomUUID());
    private final Path chosen = dir.resolve("export-" + System.nanoTime() + ".png");

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Start
    void start(Stage stage) {
        MainWindow.show(stage, dir.resolve("ui-" + System.nanoTime() + ".db"),
                file -> Database.open(file, SeedData::contacts), url -> { }, new Settings(prefs),
                real -> new ChoosingDialogs(real, chosen));
    }

    /** The real dialogs, except that the export's file chooser answers with a file of the test's. */
    private record ChoosingDialogs(DialogService real, Path file) implements DialogService {
        @Override
        public void showError(String title, String message) {
            throw new AssertionError(title + ": " + message);
        }

        @Override
        public void showInformation(String title, String message) {
            real.showInformation(title, message);
        }

        @Override
        public Optional<Path> chooseDatabaseToOpen() {
            return Optional.empty();
        }

        @Override
        public boolean confirm(String title, String message) {
            return false;
        }

        @Override
        public Optional<Contact> editContact(ContactForm form, org.diplotrack.ui.SimilarContacts similar) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseExportFile(ExportFormat format, String suggestedName) {
            return Optional.of(file);
        }
    }

    @Test
    void ctrlShiftCCopiesTheChartOnScreenAsAnImage(FxRobot robot) throws Exception {
        TableView<Contact> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        robot.interact(() -> javafx.scene.input.Clipboard.getSystemClipboard().clear());
        robot.clickOn("#table");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().hasImage()).get());
        Image copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getImage())
                .get();
        var options = new ExportSettings(prefs.node("export")).load();
        assertThat(copied.getWidth()).isEqualTo(options.size().pixelWidth(options.dpi()));
        assertThat(copied.getHeight()).isEqualTo(options.size().pixelHeight(options.dpi()));
        // The chart, not a blank: the ambassador's blue is in it.
        javafx.scene.image.PixelReader pixels = copied.getPixelReader();
        int blue = 0;
        for (int y = 0; y < (int) copied.getHeight(); y += 2) {
            for (int x = 0; x < (int) copied.getWidth(); x += 2) {
                blue += (pixels.getArgb(x, y) & 0xFFFFFF) == 0x0072B2 ? 1 : 0;
            }
        }
        assertThat(blue).isGreaterThan(10);
    }

    @Test
    void exportsThePngChosenFromTheDialogThatCtrlEOpens(FxRobot robot) throws Exception {
        TableView<Contact> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        robot.clickOn("#table");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exportPreview").tryQuery().isPresent());
        ImageView preview = robot.lookup("#exportPreview").queryAs(ImageView.class);
        Image before = preview.getImage();
        assertThat(before).isNotNull();

        TextField title = robot.lookup("#exportTitle").queryAs(TextField.class);
        robot.interact(() -> title.setText("Canada–Russia contacts"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> preview.getImage() != before);
        robot.interact(() -> {
            robot.lookup("#exportFormat").<ExportFormat>queryComboBox().setValue(ExportFormat.PNG);
            robot.lookup("#exportWidth").queryAs(TextField.class).setText("1200");
            robot.lookup("#exportHeight").queryAs(TextField.class).setText("700");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        if (System.getProperty("export.screenshot") != null) {
            javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
            robot.interact(() -> shot[0] = preview.getScene().snapshot(null));
            ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot[0], null), "png",
                    Path.of(System.getProperty("export.screenshot")).toFile());
        }
        robot.clickOn("#exportData");
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(chosen));
        // The data beside the chart: the three contacts drawn, one record each.
        Path csv = chosen.resolveSibling(chosen.getFileName().toString().replace(".png", ".csv"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(csv));
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .get().parse(Files.newBufferedReader(csv))) {
            assertThat(parser.getRecords()).extracting(r -> r.get("date") + " " + r.get("level"))
                    .containsExactlyInAnyOrder("2022-01-29 ambassador", "2022-01-29 minister",
                            "2022-01-29 head-of-state");
        }
        BufferedImage image = ImageIO.read(chosen.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(700);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#exportPreview").tryQuery().isEmpty());
        // The choices are remembered for the next time.
        assertThat(new ExportSettings(prefs.node("export")).load().size().width()).isEqualTo(1200);
    }
}
