package org.diplotrack.ui.contacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactQuality;
import org.diplotrack.model.Level;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Participant;
import org.diplotrack.model.Report;
import org.diplotrack.model.Side;
import org.diplotrack.model.Source;
import org.diplotrack.model.l10n.DisplayFormats;
import org.diplotrack.ui.Messages;

/**
 * Every field of one contact, with its sources. Text is shown as it was stored: labels render
 * no markup, and source links open only http and https addresses.
 */
public final class ContactDetailPane extends VBox {
    /** Rows listed under one source; a story's reversed twins and hosts fit, a long list is cut. */
    private static final int ROWS_PER_SOURCE = 6;

    private Consumer<String> linkOpener = url -> { };

    public ContactDetailPane() {
        getStyleClass().add("contact-detail");
        show(null);
    }

    /** Adds a matching dataset contact to the contact shown ({@link #setMatchAdder}); null for none. */
    private BiConsumer<Contact, Contact> matchAdder;
    /** The contact on show, so that matches found late for another are not shown. */
    private Contact shownContact;
    /** Splits one report out of its contact ({@link #setReportSplitter}); null for none. */
    private BiConsumer<Contact, Report> splitter;
    /** What opens a source's web address; given only http and https URLs. */
    public void setLinkOpener(Consumer<String> opener) {
        this.linkOpener = opener;
    }

    /** What splits a report out of the contact shown; without one, no Split out buttons. */
    public void setReportSplitter(BiConsumer<Contact, Report> splitter) {
        this.splitter = splitter;
    }

    /** What adds a dataset contact to the contact shown (shown, matching); without one, no matches. */
    public void setMatchAdder(BiConsumer<Contact, Contact> adder) {
        this.matchAdder = adder;
    }

    /**
     * Offers the dataset contacts that may be the contact shown (a contact entered by hand is
     * never merged automatically): one line each, with a button that adds it. Ignored when
     * another contact is shown by now, or there are none.
     */
    public void showMatches(Contact contact, List<Contact> matches) {
        if (contact == null || contact != shownContact || matches.isEmpty() || matchAdder == null) {
            return;
        }
        VBox box = new VBox(4);
        box.getStyleClass().add("detail-matches");
        box.getChildren().add(section("detail.matches"));
        for (Contact m : matches) {
            Label what = text(Messages.get("detail.matches.row", DisplayFormats.date(m.date(), m.approximate()),
                    m.mode().label(), m.reports().size()));
            box.getChildren().add(withAction(what, "detail.matches.add", "detail.matches.add.tip", "add-match",
                    () -> matchAdder.accept(contact, m)));
        }
        getChildren().add(box);
    }

    public void show(Contact contact) {
        shownContact = contact;
        getChildren().clear();
        if (contact == null) {
            getChildren().add(DetailLayout.placeholder(Messages.get("detail.empty")));
            return;
        }
        Label title = text(DisplayFormats.period(contact.date(), contact.endDate(), contact.approximate()) + " "
                + contact.a().country().label() + "–" + contact.b().country().label());
        title.getStyleClass().add("detail-title");
        GridPane grid = DetailLayout.namesAndValues();
        int row = 0;
        row = add(grid, row, "detail.date", DisplayFormats.date(contact.date()) + (contact.approximate()
                ? " (" + Messages.get("detail.approximate") + ")" : ""));
        if (contact.endDate() != null) {
            row = add(grid, row, "detail.endDate", DisplayFormats.date(contact.endDate()));
        }
        row = add(grid, row, "detail.sideA", side(contact.a()));
        row = add(grid, row, "detail.sideB", side(contact.b()));
        Label level = text(contact.level().label());
        level.getStyleClass().addAll("level-badge", "level-rank-" + contact.level().rank());
        level.setTooltip(new javafx.scene.control.Tooltip(Level.contactLevelRule()));
        row = add(grid, row, "detail.level", level);
        row = add(grid, row, "detail.mode", contact.mode().label());
        row = add(grid, row, "detail.setting", contact.setting().label());
        row = add(grid, row, "detail.status", contact.status().label());
        row = add(grid, row, "detail.location", contact.location());
        row = add(grid, row, "detail.tags", contact.tags().isEmpty() ? null : String.join(", ", contact.tags()));
        row = add(grid, row, "detail.provenance", contact.provenance().label());
        row = add(grid, row, "detail.created", contact.created() == null ? null : DisplayFormats.moment(contact.created()));
        add(grid, row, "detail.modified", contact.modified() == null ? null : DisplayFormats.moment(contact.modified()));

        getChildren().addAll(title, grid);
        List<ContactQuality.Flag> doubts = ContactQuality.of(contact);
        if (!doubts.isEmpty()) {
            getChildren().add(section("quality.section"));
            for (ContactQuality.Flag doubt : doubts) {
                Label line = text(doubt.text());
                line.getStyleClass().add("quality-flag");
                getChildren().add(line);
            }
        }
        if (contact.summary() != null) {
            Label summary = text(contact.summary());
            summary.getStyleClass().add("detail-summary");
            getChildren().addAll(section("detail.summary"), summary);
        }
        VBox sources = sources(contact);
        // A dataset contact's sources may all be links its reports show: no heading over nothing.
        if (sources.getChildren().size() > 1 || contact.reports().isEmpty()) {
            getChildren().add(sources);
        }
        if (!contact.reports().isEmpty()) {
            getChildren().add(reports(contact));
        }
    }

    /**
     * A card per source; sources that are only a publication's name (a dataset's news agencies,
     * a dozen on one event) share one line, and a link the reports below show is not repeated.
     */
    private VBox sources(Contact contact) {
        VBox box = new VBox(8);
        box.getStyleClass().add("detail-sources");
        box.getChildren().add(section("detail.sources"));
        Set<String> reportLinks = contact.reports().stream().map(Report::url).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<String> names = new ArrayList<>();
        for (Source source : contact.sources()) {
            if (source.url() != null && reportLinks.contains(source.url())) {
                continue;
            }
            if (isNameOnly(source)) {
                names.add(source.publication());
            } else {
                box.getChildren().add(source(source));
            }
        }
        if (!names.isEmpty()) {
            Label line = text(String.join(" · ", names));
            line.getStyleClass().add("source-names");
            box.getChildren().add(1, line);
        }
        return box;
    }

    private static boolean isNameOnly(Source s) {
        return s.publication() != null && s.title() == null && s.author() == null && s.url() == null
                && s.published() == null && s.accessed() == null && s.quote() == null;
    }

    /** "N reports from M sources", then per source its link or story and the rows it gave, as coded. */
    private Node reports(Contact contact) {
        VBox box = new VBox(8);
        box.getStyleClass().add("detail-reports");
        Label head = text(Messages.get("detail.reports", contact.reports().size(), contact.reportSources()));
        head.getStyleClass().add("section-title");
        box.getChildren().add(head);
        Map<String, List<Report>> bySource = new LinkedHashMap<>();
        for (Report r : contact.reports()) {
            bySource.computeIfAbsent(r.sourceKey(), k -> new ArrayList<>()).add(r);
        }
        for (List<Report> reports : bySource.values()) {
            VBox card = new VBox(2);
            card.getStyleClass().add("source-card");
            Report first = reports.get(0);
            if (first.url() != null) {
                card.getChildren().add(link(first.url()));
            } else if (first.where() != null) {
                card.getChildren().add(text(first.dataset() + ", " + first.where()));
            }
            int shown = Math.min(reports.size(), ROWS_PER_SOURCE);
            for (Report r : reports.subList(0, shown)) {
                card.getChildren().add(reportRow(contact, r));
            }
            if (reports.size() > shown) {
                card.getChildren().add(text(Messages.get("detail.reports.more", reports.size() - shown)));
            }
            box.getChildren().add(card);
        }
        return box;
    }

    /** A report's row, with a Split out button when the contact has other reports to keep. */
    private Node reportRow(Contact contact, Report r) {
        Label label = text(row(r));
        if (splitter == null || contact.reports().size() < 2) {
            return label;
        }
        return withAction(label, "detail.report.split", "detail.report.split.tip", "split-report",
                () -> splitter.accept(contact, r));
    }

    /** A line of text with an action at its end, a link with its own tooltip. */
    private static Node withAction(Label what, String textKey, String tipKey, String styleClass, Runnable action) {
        Hyperlink link = new Hyperlink(Messages.get(textKey));
        link.getStyleClass().add(styleClass);
        link.setTooltip(new javafx.scene.control.Tooltip(Messages.get(tipKey)));
        link.setOnAction(e -> action.run());
        link.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(6, what, link);
        HBox.setHgrow(what, Priority.ALWAYS);
        return line;
    }

    /** "ICEWS 32891175 · 046 · Kim Yong-chol → Mike Pompeo · reported Jun 3, 2018", as the dataset coded it. */
    private static String row(Report r) {
        StringBuilder sb = new StringBuilder(r.dataset()).append(' ').append(r.eventId());
        if (r.code() != null) {
            sb.append(" · ").append(r.code());
        }
        String actors = r.actors(" → ");
        if (actors != null) {
            sb.append(" · ").append(actors);
        }
        if (r.reported() != null && !r.reported().equals(r.date().firstDay())) {
            sb.append(" · ").append(Messages.get("detail.report.reported",
                    DisplayFormats.date(PartialDate.of(r.reported()))));
        }
        return sb.toString();
    }

    private Hyperlink link(String url) {
        Hyperlink link = new Hyperlink(url);
        link.setMnemonicParsing(false);
        link.setWrapText(true);
        link.setOnAction(e -> {
            if (Source.isWebUrl(url)) {
                linkOpener.accept(url);
            }
        });
        return link;
    }

    private static String side(Side side) {
        String participants = side.participants().stream().map(Participant::label).collect(Collectors.joining("; "));
        return side.country().label() + " (" + side.country().alpha2() + ") — " + side.levelLabel()
                + (participants.isEmpty() ? "" : "\n" + participants);
    }

    private Node source(Source s) {
        VBox box = new VBox(2);
        box.getStyleClass().add("source-card");
        if (s.publication() != null || s.title() != null) {
            Label head = text(List.of(s.publication() == null ? "" : s.publication(),
                    s.title() == null ? "" : s.title()).stream().filter(t -> !t.isEmpty())
                    .collect(Collectors.joining(": ")));
            head.getStyleClass().add("source-title");
            box.getChildren().add(head);
        }
        StringBuilder meta = new StringBuilder();
        if (s.author() != null) {
            meta.append(Messages.get("detail.source.by")).append(' ').append(s.author());
        }
        if (s.published() != null) {
            meta.append(meta.isEmpty() ? "" : ", ").append(Messages.get("detail.source.published")).append(' ')
                    .append(DisplayFormats.date(s.published()));
        }
        if (s.accessed() != null) {
            meta.append(meta.isEmpty() ? "" : ", ").append(Messages.get("detail.source.accessed")).append(' ')
                    .append(DisplayFormats.day(s.accessed()));
        }
        if (!meta.isEmpty()) {
            box.getChildren().add(text(meta.toString()));
        }
        if (s.quote() != null) {
            Label quote = text("“" + s.quote() + "”");
            quote.getStyleClass().add("source-quote");
            box.getChildren().add(quote);
        }
        if (s.url() != null) {
            box.getChildren().add(link(s.url()));
        }
        return box;
    }

    private static int add(GridPane grid, int row, String key, String value) {
        return value == null ? row : add(grid, row, key, text(value));
    }

    private static int add(GridPane grid, int row, String key, Label value) {
        return DetailLayout.addRow(grid, row, Messages.get(key), value);
    }

    private static Label section(String key) {
        Label label = text(Messages.get(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    private static Label text(String s) {
        return DetailLayout.text(s);
    }
}
