package org.diplotrack.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.diplotrack.model.Contact;
import org.diplotrack.model.l10n.Localization;

/** A plain-text table for terminals: one line a contact, long cells cut with an ellipsis. */
final class ContactTable {
    /** The header's keys: "cli.table.id", "cli.table.date", … */
    private static final String[] HEADER = {"id", "date", "pair", "level", "mode", "status", "participants"};
    private static final int MAX_CELL = 48;

    void print(List<Contact> contacts, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[HEADER.length];
        for (int i = 0; i < header.length; i++) {
            header[i] = Localization.text("cli.table." + HEADER[i]);
        }
        rows.add(header);
        for (Contact c : contacts) {
            rows.add(new String[] {String.valueOf(c.id()), (c.approximate() ? "~" : "") + c.date(),
                    c.a().country().alpha2() + "-" + c.b().country().alpha2(), c.level().label(),
                    c.mode().label(), c.status().label(), c.participantsLabel()});
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                row[i] = cut(row[i]);
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
        out.println(Localization.text("cli.contacts", contacts.size()));
    }

    private static String cut(String s) {
        // Control characters would break the layout of the terminal; show them as spaces.
        String clean = s.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= MAX_CELL ? clean : clean.substring(0, MAX_CELL - 1) + "…";
    }
}
