package org.diplotrack.io;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.UnaryOperator;
import org.diplotrack.model.Report;

/**
 * Reads an ICEWS file's rows a sentence at a time (ICEWS writes a sentence's rows one after
 * another; one row is one event the sentence codes) and lets each sentence rule look at them
 * together: what one row cannot say, the sentence can ({@link MultilateralMeetings}). Rows come
 * out in the order they were read.
 */
final class IcewsSentences implements RowReader {
    /** The sentence rules, in order: each gets the sentence's rows and gives them back, changed or not. */
    private static final List<UnaryOperator<List<RowResult>>> RULES = List.of(MultilateralMeetings::mark);

    /** Skipped rows in a row after which the sentence is taken as ended, so that they are not all held. */
    private static final int LONGEST_GAP = 64;

    private final RowReader rows;
    private final Deque<RowResult> ready = new ArrayDeque<>();
    private RowResult ahead;
    private boolean ended;

    IcewsSentences(RowReader rows) {
        this.rows = rows;
    }

    @Override
    public RowResult next() throws IOException {
        if (ready.isEmpty()) {
            fill();
        }
        return ready.poll();
    }

    /** Reads one sentence's rows (and the skipped rows among them) into {@link #ready}. */
    private void fill() throws IOException {
        RowResult first = ahead != null ? ahead : ended ? null : rows.next();
        ahead = null;
        if (first == null) {
            ended = true;
            return;
        }
        String sentence = sentence(first);
        if (sentence == null) {
            ready.add(first);
            return;
        }
        List<RowResult> group = new ArrayList<>();
        group.add(first);
        int skipped = 0;
        for (RowResult r = rows.next(); ; r = rows.next()) {
            if (r == null) {
                ended = true;
                break;
            }
            String s = sentence(r);
            if (s == null) {
                group.add(r); // a skipped row between two of the sentence's stays in its place
                if (++skipped > LONGEST_GAP) {
                    break; // no sentence has that many rows: most of a file's rows are skipped
                }
                continue;
            }
            if (!s.equals(sentence)) {
                ahead = r;
                break;
            }
            skipped = 0;
            group.add(r);
        }
        List<RowResult> sentenceRows = group;
        for (UnaryOperator<List<RowResult>> rule : RULES) {
            sentenceRows = rule.apply(sentenceRows);
        }
        ready.addAll(sentenceRows);
    }

    /** The ICEWS story and sentence a row's contact was coded from, or null. */
    private static String sentence(RowResult r) {
        if (r.contact() == null || r.contact().reports().size() != 1) {
            return null;
        }
        Report report = r.contact().reports().get(0);
        return report.story() == null || report.sentence() == null ? null : report.story() + "/" + report.sentence();
    }

    @Override
    public long blankLines() {
        return rows.blankLines();
    }

    @Override
    public long unknownLevels() {
        return rows.unknownLevels();
    }

    @Override
    public String encoding() {
        return rows.encoding();
    }

    @Override
    public List<String> ignoredColumns() {
        return rows.ignoredColumns();
    }
}
