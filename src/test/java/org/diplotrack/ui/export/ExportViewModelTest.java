package org.diplotrack.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.diplotrack.TestContacts;
import org.diplotrack.chart.TimelineData;
import org.diplotrack.chart.export.ChartContent;
import org.diplotrack.chart.export.ChartSize;
import org.diplotrack.chart.export.ExportFormat;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.ui.DialogService;
import org.diplotrack.ui.SimilarContacts;
import org.diplotrack.ui.TaskRunner;
import org.diplotrack.ui.editor.ContactForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The export window's state without the window (the view model needs the FX thread for its preview). */
@ExtendWith(ApplicationExtension.class)
class ExportViewModelTest {
    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    private ExportViewModel model(Path chosen) {
        ChartContent content = ChartContent.of(TimelineData.of(List.of(TestContacts.full())), null, false,
                ContactFilter.ALL, LocalDate.of(2024, 1, 1));
        return new ExportViewModel(content, new DialogService() {
            @Override
            public void showError(String title, String message) {
                throw new AssertionError(title + ": " + message);
            }

            @Override
            public void showInformation(String title, String message) {
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
            public Optional<Contact> editContact(ContactForm form, SimilarContacts similar) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseExportFile(ExportFormat format, String suggestedName) {
                return Optional.of(chosen);
            }
        }, TaskRunner.sameThread(), new ExportSettings(prefs.node("export")), sink -> { });
    }

    @Test
    void aPresetWritesItsSizeAndATypedSizeIsCustom(FxRobot robot) {
        robot.interact(() -> {
            ExportViewModel model = model(dir.resolve("x.png"));
            ChartSize.Preset preset = ChartSize.Preset.values()[ChartSize.Preset.values().length - 1];
            model.presetProperty().set(preset);
            assertThat(model.presetProperty().get()).isEqualTo(preset);
            assertThat(model.unitProperty().get()).isEqualTo(preset.size().unit());
            assertThat(model.previewProperty().get()).isNotNull();

            model.widthProperty().set("1234");
            assertThat(model.presetProperty().get()).isNotInstanceOf(ChartSize.Preset.class);

            model.widthProperty().set("x");
            model.export();
            assertThat(model.problemProperty().get()).isNotEmpty();
            assertThat(model.exportDisabled().get()).isTrue();
        });
    }

    @Test
    void exportWritesTheFileAndIsDone(FxRobot robot) {
        Path chosen = dir.resolve("chart.svg");
        robot.interact(() -> {
            ExportViewModel model = model(chosen);
            model.formatProperty().set(ExportFormat.SVG);
            model.export();
            assertThat(model.doneProperty().get()).isTrue();
            assertThat(model.runningProperty().get()).isFalse();
        });
        assertThat(chosen).exists();
    }
}
