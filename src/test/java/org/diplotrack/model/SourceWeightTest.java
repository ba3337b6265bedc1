package org.diplotrack.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How many sources bear a contact out, and whether GDELT calls it a root event (issue 18, part 5). */
class SourceWeightTest {
    private static final Contact BASE = Contact.builder().a(Side.of(Country.of("KP"), Level.UNKNOWN))
            .b(Side.of(Country.of("US"), Level.UNKNOWN)).date(PartialDate.parse("2018-06-01"))
            .mode(Mode.VISIT).status(Status.HELD).build();

    private static Report report(String url, String story, Integer sources, Boolean root) {
        return new Report(url == null ? "ICEWS" : "GDELT2", "e" + url + story, "040", PartialDate.parse("2018-06-01"),
                null, null, null, Level.UNKNOWN, Mode.VISIT, "f", url, story, null, sources, null, root);
    }

    private static Contact with(Report... reports) {
        return BASE.withReports(List.of(reports));
    }

    @Test
    void sourcesAreTheDistinctArticlesOrStoriesOfTheReports() {
        assertThat(with(report("https://a.example/1", null, null, null), report("https://a.example/1", null, null, null),
                report("https://b.example/2", null, null, null)).sourceCount()).isEqualTo(2);
        assertThat(with(report(null, "47406118", null, null), report(null, "47406118", null, null),
                report(null, "47406914", null, null)).sourceCount()).isEqualTo(2);
    }

    @Test
    void gdeltsNumSourcesCountsWhenItIsMore() {
        assertThat(with(report("https://a.example/1", null, 7, true)).sourceCount()).isEqualTo(7);
        assertThat(with(report("https://a.example/1", null, 1, true), report("https://b.example/2", null, 1, true))
                .sourceCount()).isEqualTo(2);
    }

    @Test
    void withoutReportsTheListedSourcesCount() {
        List<Source> two = new ArrayList<>();
        two.add(new Source("The Globe", null, null, null, null, null, null));
        two.add(new Source("Kommersant", null, null, null, null, null, null));
        assertThat(BASE.withSources(two).sourceCount()).isEqualTo(2);
        assertThat(BASE.sourceCount()).isZero();
    }

    @Test
    void aContactIsNoRootEventOnlyWhenEveryReportSaysSo() {
        assertThat(with(report("u1", null, 1, false), report("u2", null, 1, false)).rootEvent()).isFalse();
        assertThat(with(report("u1", null, 1, false), report("u2", null, 1, true)).rootEvent()).isTrue();
        assertThat(with(report("u1", null, 1, false), report(null, "s", null, null)).rootEvent()).isNull();
        assertThat(BASE.rootEvent()).isNull();
    }

    @Test
    void theFilterKeepsWhatItSays() {
        Contact weak = with(report("u1", null, 1, false));
        Contact strong = with(report("u1", null, 1, true), report("u2", null, 2, false), report("u3", null, 1, false));
        ContactFilter three = ContactFilter.ALL.withMinSources(3);
        assertThat(three.matchesFields(strong)).isTrue();
        assertThat(three.matchesFields(weak)).isFalse();
        assertThat(ContactFilter.ALL.withMinSources(1).matchesFields(BASE)).as("1 is any").isTrue();
        assertThat(ContactFilter.ALL.withRootOnly(true).matchesFields(weak)).isFalse();
        assertThat(ContactFilter.ALL.withRootOnly(true).matchesFields(strong)).isTrue();
        assertThat(ContactFilter.ALL.withRootOnly(true).matchesFields(BASE)).as("manual: not GDELT's to say").isTrue();
        assertThat(ContactFilter.ALL.withMinSources(-4)).isEqualTo(ContactFilter.ALL);
    }
}
