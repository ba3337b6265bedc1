package org.diplotrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.diplotrack.model.Contact;
import org.diplotrack.model.ContactFilter;
import org.diplotrack.model.ContactOrder;
import org.diplotrack.model.Dyad;
import org.diplotrack.model.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file of the first schema opens with everything in it, on today's schema. */
class SchemaOneUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void aSchemaOneFileIsUpgradedWithItsDataIntact() throws Exception {
        Path old = dir.resolve("old.db");
        Files.copy(Path.of("src/test/resources/db/schema-v1.db"), old, StandardCopyOption.REPLACE_EXISTING);
        try (Database upgraded = Database.open(old, () -> {
            throw new AssertionError("an existing file is never seeded");
        })) {
            assertThat(upgraded.contacts().count()).isEqualTo(3);
            assertThat(upgraded.contacts().dyads()).singleElement().satisfies(d -> {
                assertThat(d.dyad()).isEqualTo(Dyad.parse("CA-RU"));
                assertThat(d.contacts()).isEqualTo(3);
            });
            assertThat(upgraded.contacts().find(ContactFilter.ALL.withText("Joly"))).singleElement()
                    .satisfies(c -> assertThat(c.a().participants().get(0).name()).isEqualTo("Mélanie Joly"));
            assertThat(upgraded.contacts().page(ContactFilter.ALL, new ContactOrder(ContactOrder.Key.LEVEL, false), 0, 1))
                    .extracting(Contact::level).containsExactly(Level.HEAD_OF_STATE);
        }
    }
}
