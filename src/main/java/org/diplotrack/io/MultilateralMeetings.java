package org.diplotrack.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.diplotrack.model.Country;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Setting;

/**
 * A sentence rule ({@link IcewsSentences}). ICEWS codes a meeting of three or more states as one
 * event per pair of them, every pair in the same sentence (data-quality.md, pattern 8: the
 * Normandy format, BRICS, the E3). When one sentence's contacts of one CAMEO root code join every
 * pair of three or more countries, they are a multilateral meeting: each keeps its pair and
 * becomes "multilateral: France, Germany, Russia, Ukraine" (the countries by name, alphabetical),
 * so counts and timelines no longer show it as bilateral talks. A sentence coded for only some of
 * the pairs stays bilateral: ICEWS does not say who else was there.
 */
final class MultilateralMeetings {
    private static final int SMALLEST = 3;

    private MultilateralMeetings() {
    }

    /** The sentence's rows, those of a multilateral meeting in its setting. */
    static List<RowResult> mark(List<RowResult> group) {
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
                replaced.put(r, RowResult.contact(r.line(), r.contact().withSetting(meeting)));
            }
        }
        return group.stream().map(r -> replaced.getOrDefault(r, r)).toList();
    }
}
