package org.diplotrack.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Country;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Report;
import org.diplotrack.model.Side;
import org.diplotrack.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A dataset contact's doubts and report dates, as the detail pane shows them. */
@ExtendWith(ApplicationExtension.class)
class DoubtsInTheDetailPaneTest {
    private ContactDetailPane pane;

    @Start
    void start(Stage stage) {
        pane = new ContactDetailPane();
        stage.setScene(new Scene(pane, 420, 700));
        stage.show();
    }

    /** GDELT 881990869 (the United Kingdom visits Saudi Arabia, geocoded "United Kingdom"), dated a year early. */
    private static Contact visitAtHomeReportedLate() {
        Report report = new Report("GDELT2", "881990869", "042", PartialDate.parse("2018-09-24"),
                LocalDate.of(2019, 10, 24), "UNITED KINGDOM", "SAUDI ARABIA", Level.UNKNOWN, Mode.VISIT,
                "gdelt2-sample.tsv", "https://news.example/uk-saudi", null, null, 2, 2, true);
        return Contact.builder().a(Side.of(Country.of("GB"), Level.UNKNOWN)).b(Side.of(Country.of("SA"), Level.UNKNOWN))
                .date(PartialDate.parse("2018-09-24")).mode(Mode.VISIT).status(Status.HELD).location("United Kingdom")
                .provenance(new Provenance(Provenance.Origin.DATASET_IMPORT, "GDELT2", "gdelt2-sample.tsv", "881990869",
                        "042"))
                .sources(List.of(new org.diplotrack.model.Source("news.example", null, null,
                        "https://news.example/uk-saudi", null, null, null)))
                .reports(List.of(report)).build();
    }

    @Test
    void theDoubtsAndTheReportDateAreShown(FxRobot robot) {
        robot.interact(() -> pane.show(visitAtHomeReportedLate()));
        List<String> doubts = robot.from(pane).lookup(".quality-flag").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(doubts).hasSize(2);
        assertThat(doubts.get(0)).startsWith("First reported 395 days after this date");
        assertThat(doubts.get(1)).contains("visitor’s own country (United Kingdom)");
        String all = robot.from(pane).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "\n" + b);
        assertThat(all).contains("GDELT2 881990869 · 042 · UNITED KINGDOM → SAUDI ARABIA · reported Oct 24, 2019");
        assertThat(robot.from(pane).lookup(".detail-sources").queryAll()).as("no source but the reports' link")
                .isEmpty();
    }

    @Test
    void aContactWithoutDoubtsHasNoSectionForThem(FxRobot robot) {
        Contact plain = visitAtHomeReportedLate();
        Contact riyadh = new Contact(0, plain.a(), plain.b(), plain.date(), null, false, plain.mode(), plain.setting(),
                plain.status(), "Riyadh, Saudi Arabia", null, List.of(), List.of(), plain.provenance(), List.of(), null,
                null);
        robot.interact(() -> pane.show(riyadh));
        assertThat(robot.from(pane).lookup(".quality-flag").queryAll()).isEmpty();
    }
}
