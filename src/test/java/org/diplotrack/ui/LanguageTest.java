package org.diplotrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.diplotrack.io.SeedData;
import org.diplotrack.model.l10n.Localization;
import org.diplotrack.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window in French and Russian, with their plural forms, and View › Language. */
@ExtendWith(ApplicationExtension.class)
class LanguageTest {
    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("diplotrack-test/" + UUID.randomUUID());
    private final List<String> said = new CopyOnWriteArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void backToEnglish() throws Exception {
        Localization.use(Locale.ENGLISH);
        ControlsLanguage.follow(Locale.ENGLISH);
        prefs.removeNode();
    }

    private void show(FxRobot robot) throws Exception {
        robot.interact(() -> MainWindow.show(stage, dir.resolve("lang-" + UUID.randomUUID() + ".db"),
                f -> Database.open(f, SeedData::contacts), url -> { }, new Settings(prefs),
                real -> new RecordingDialogs(said)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(".status-count").queryAs(Label.class).getText().startsWith("3"));
    }

    private static List<String> menus(FxRobot robot) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream().map(Menu::getText).toList();
    }

    @Test
    void theWindowSpeaksFrench(FxRobot robot) throws Exception {
        Localization.use(java.util.Locale.FRENCH);
        show(robot);
        assertThat(menus(robot)).containsExactly("_Fichier", "É_dition", "_Affichage", "A_ide");
        assertThat(robot.lookup(".status-count").queryAs(Label.class).getText()).isEqualTo("3 sur 3 contacts");
        // The summary sentence in French grammar, its dates and the table's written for French.
        assertThat(robot.lookup("#summarySentence").queryAs(Label.class).getText()).startsWith("Canada–Russie\u00a0: ")
                .contains("(le dernier, au niveau des ambassadeurs, le 29 janv. 2022)")
                .endsWith("offres en attente\u00a0: une visite au niveau des ministres (invitation, 29 janv. 2022), "
                        + "un appel téléphonique au niveau des chefs d’État (proposition, 29 janv. 2022).");
        assertThat(robot.lookup(".table-cell").queryAll()).extracting(n -> ((TableCell<?, ?>) n).getText())
                .contains("29 janv. 2022");
    }

    @Test
    void theWindowSpeaksRussianWithItsPluralForms(FxRobot robot) throws Exception {
        Localization.use(Localization.RUSSIAN);
        show(robot);
        assertThat(menus(robot)).startsWith("_Файл");
        assertThat(robot.lookup(".status-count").queryAs(Label.class).getText()).isEqualTo("3 из 3 контактов");
        // Country names and the values of the table in Russian; the file keeps its codes.
        assertThat(robot.lookup(".list-cell").queryAll()).extracting(n -> ((ListCell<?>) n).getText())
                .contains("Канада–Россия\n3 контакта · 2022");
        assertThat(robot.lookup(".table-cell").queryAll()).extracting(n -> ((TableCell<?, ?>) n).getText())
                .contains("посол", "приглашение", "глава государства", "Россия – Канада", "29 янв. 2022 г.");
        // The summary sentence with its cases: "на уровне послов", "визит министра".
        assertThat(robot.lookup("#summarySentence").queryAs(Label.class).getText()).startsWith("Канада–Россия: ")
                .contains("(последний — на уровне послов, 29 янв. 2022 г.)")
                .endsWith("открытые предложения: визит министра (приглашение, 29 янв. 2022 г.), "
                        + "телефонный разговор главы государства (предложение, 29 янв. 2022 г.).");
        // one / few / many: 1 контакт, 3 контакта, 5 контактов, 21 контакт.
        assertThat(List.of(1, 3, 5, 21)).extracting(n -> Messages.get("pairs.cell", "A–B", n, "2022"))
                .containsExactly("A–B\n1 контакт · 2022", "A–B\n3 контакта · 2022", "A–B\n5 контактов · 2022",
                        "A–B\n21 контакт · 2022");
    }

    @Test
    void aTextFieldsOwnMenuSpeaksTheLanguageToo(FxRobot robot) throws Exception {
        for (Locale language : List.of(Localization.RUSSIAN, Locale.FRENCH)) {
            Localization.use(language);
            show(robot);
            // Monocle's right click asks for no context menu, so the request is made as the OS would.
            javafx.scene.Node field = robot.lookup("#search").query();
            robot.interact(() -> {
                javafx.geometry.Point2D at = field.localToScreen(10, 10);
                field.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10,
                        at.getX(), at.getY(), false, null));
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".context-menu").queryAll().isEmpty());
            List<String> items = robot.lookup(".context-menu").queryAll().stream()
                    .flatMap(menu -> robot.from(menu).lookup(".label").queryAll().stream())
                    .map(n -> ((Label) n).getText()).toList();
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            assertThat(items).as("context menu in %s", language)
                    .contains(language == Locale.FRENCH ? "Copier" : "Копировать");
        }
    }

    @Test
    void viewLanguageKeepsTheChoiceAndSaysSoInTheLanguageChosen(FxRobot robot) throws Exception {
        show(robot);
        Menu language = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> i instanceof Menu && "languageMenu".equals(i.getId()))
                .map(i -> (Menu) i).findFirst().orElseThrow();
        assertThat(language.getItems()).extracting(MenuItem::getText).containsExactly("English", "Français", "Русский");
        robot.interact(() -> language.getItems().get(2).fire());
        assertThat(new Settings(prefs).language()).isEqualTo(Localization.RUSSIAN);
        assertThat(said).containsExactly("Язык: При следующем запуске DiploTrack будет на русском языке.");
    }
}
