package org.diplotrack.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContactTest {
    private static final Country CA = Countries.lookup("CA");
    private static final Country RU = Countries.lookup("RU");

    private static Contact.Builder base() {
        return Contact.builder().a(Side.of(RU, Level.HEAD_OF_STATE)).b(Side.of(CA, Level.AMBASSADOR))
                .date(PartialDate.parse("2022-01-29")).mode(Mode.PHONE_CALL).status(Status.HELD);
    }

    @Test
    void levelAndDyadAreDerived() {
        Contact c = base().build();
        assertThat(c.level()).isEqualTo(Level.AMBASSADOR);
        assertThat(c.dyad()).isEqualTo(Dyad.parse("CA-RU"));
        assertThat(c.title()).isEqualTo("Jan 29, 2022 Russia–Canada");
    }

    @Test
    void rejectsTheSameCountryOnBothSides() {
        assertThatThrownBy(() -> base().b(Side.of(RU, Level.MINISTER)).build())
                .hasMessageContaining("different countries");
    }

    @Test
    void rejectsAnEndBeforeTheStart() {
        assertThatThrownBy(() -> base().endDate(PartialDate.parse("2022-01-28")).build())
                .hasMessageContaining("end date 2022-01-28 is before");
        assertThat(base().endDate(PartialDate.parse("2022-01")).build().lastDate()).hasToString("2022-01");
    }

    @Test
    void sourceUrlsMustBeWebAddresses() {
        assertThat(new Source("P", null, null, "https://example.org/a", null, null, null).url())
                .isEqualTo("https://example.org/a");
        for (String good : List.of("HTTPS://EXAMPLE.ORG", "http://example.org/a b".replace(" ", "%20"),
                "https://example.org/a?b=1&c=\"2\"#top")) {
            assertThat(Source.isWebUrl(good)).as(good).isTrue();
        }
        for (String bad : List.of("javascript:alert(1)", "file:///etc/passwd", "ftp://x.org/", "example.org",
                "http://", "https://exa mple.org", "https://user@evil.example/")) {
            assertThat(Source.isWebUrl(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> new Source("P", null, null, bad, null, null, null))
                    .hasMessageContaining("http");
        }
    }
}
