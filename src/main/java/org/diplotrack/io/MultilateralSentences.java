package org.diplotrack.io;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Country;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Report;
import org.diplotrack.model.Setting;

/**
 * ICEWS codes a meeting of three or more states as one event per pair of them, every pair in the
 * same sentence (data-quality.md, pattern 8: the Normandy format, BRICS, the E3). When one
 * sentence's contacts of one CAMEO root code join every pair of three or more countries, they
 * are a multilateral meeting: each keeps its pair and becomes "multilateral: France, Germany,
 * Russia, Ukraine" (the countries by name, alphabetical), so counts and timelines no longer show
 * it as bilateral talks. A sentence coded for only some of the pairs stays bilateral: ICEWS does
 * not say who else was there. ICEWS writes a sentence's rows one after another; rows come out in
 * the order they were read.
 */
final class MultilateralSentences implements RowReader {
    private static final int SMALLEST = 3;

    private final RowReader rows;
    private final Deque<RowResult> ready = new ArrayDeque<>();
    private RowResult ahead;
    private boolean ended;

    MultilateralSentences(RowReader rows) {
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
        for (RowResult r = rows.next(); ; r = rows.next()) {
            if (r == null) {
                ended = true;
                break;
            }
            String s = sentence(r);
            if (s != null && !s.equals(sentence)) {
                ahead = r;
                break;
            }
            group.add(r); // a skipped row between two of the sentence's stays in its place
        }
        ready.addAll(marked(group));
    }

    /** The ICEWS story and sentence a row's contact was coded from, or null. */
    private static String sentence(RowResult r) {
        if (r.contact() == null || r.contact().reports().size() != 1) {
            return null;
        }
        Report report = r.contact().reports().get(0);
        return report.story() == null || report.sentence() == null ? null : report.story() + "/" + report.sentence();
    }

    private static List<RowResult> marked(List<RowResult> group) {
        Map<String, List<RowResult>> byCode = new LinkedHashMap<>();
        for (RowResult r : group) {
            String code = r.contact() == null ? null : r.contact().provenance().cameoCode();
            if (code != null && code.length() >= 3) {
                byCode.computeIfAbsent(code.substring(0, 3), k -> new ArrayList<>()).add(r);
            }
        }
        Map<RowResult, RowResult> replaced = new LinkedHashMap<>();
        for (List<RowResult> sameCode : byCode.values()) {
            Set<Country> countries = new TreeSet<>();
            Set<Dyad> pairs = new HashSet<>();
            for (RowResult r : sameCode) {
                countries.add(r.contact().a().country());
                countries.add(r.contact().b().country());
                pairs.add(r.contact().dyad());
            }
            int n = countries.size();
            if (n < SMALLEST || pairs.size() != n * (n - 1) / 2) {
                continue;
            }
            Setting meeting = Setting.multilateral(String.join(", ",
                    countries.stream().map(Country::name).sorted().toList()));
            for (RowResult r : sameCode) {
                replaced.put(r, RowResult.contact(r.line(), withSetting(r.contact(), meeting)));
            }
        }
        return group.stream().map(r -> replaced.getOrDefault(r, r)).toList();
    }

    private static Contact withSetting(Contact c, Setting setting) {
        return new Contact(c.id(), c.a(), c.b(), c.date(), c.endDate(), c.approximate(), c.mode(), setting,
                c.status(), c.location(), c.summary(), c.tags(), c.sources(), c.provenance(), c.reports(),
                c.created(), c.modified());
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
