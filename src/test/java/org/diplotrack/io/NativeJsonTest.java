package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.diplotrack.TestContacts;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.Status;
import org.junit.jupiter.api.Test;

class NativeJsonTest {

    private static List<Contact> read(String json) {
        return new NativeJsonReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in.json");
    }

    @Test
    void writeThenReadIsLossless() {
        Contact full = TestContacts.full().withId(7, Instant.parse("2024-05-01T10:00:00Z"),
                Instant.parse("2024-05-02T11:30:00.123Z"));
        StringWriter out = new StringWriter();
        new NativeJsonWriter().write(List.of(full), out);
        List<Contact> back = read(out.toString());
        assertThat(back).singleElement().usingRecursiveComparison().ignoringFields("id").isEqualTo(full);
    }

    @Test
    void theSeedIsTheThreeCanadaRussiaContactsOfTheArticle() {
        List<Contact> seed = SeedData.contacts();
        assertThat(seed).hasSize(3);
        assertThat(seed).allSatisfy(c -> {
            assertThat(c.dyad().code()).isEqualTo("CA-RU");
            assertThat(c.date()).hasToString("2022-01-29");
            assertThat(c.sources()).singleElement().satisfies(s -> {
                assertThat(s.author()).isEqualTo("Muhammad Irfan");
                assertThat(s.published()).hasToString("2022-01-29");
            });
        });
        assertThat(seed).extracting(Contact::level, Contact::mode, Contact::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Level.AMBASSADOR, Mode.EMBASSY_CHANNEL, Status.HELD),
                org.assertj.core.groups.Tuple.tuple(Level.MINISTER, Mode.VISIT, Status.INVITED),
                org.assertj.core.groups.Tuple.tuple(Level.HEAD_OF_STATE, Mode.PHONE_CALL, Status.PROPOSED));
        assertThat(seed.get(1).a().participants().get(0).name()).isEqualTo("Mélanie Joly");
        assertThat(seed.stream().filter(c -> c.sources().get(0).quote() != null)).hasSize(1);
    }

    @Test
    void aBadFieldIsNamedWithItsLine() {
        String json = """
                {"format": "diplotrack-contacts", "version": 1, "contacts": [
                  {"date": "2022-01-29", "a": {"country": "CA"}, "b": {"country": "RU"},
                   "mode": "visit", "status": "held"},
                  {"date": "2022-02-30", "a": {"country": "CA"}, "b": {"country": "RU"},
                   "mode": "visit", "status": "held"}
                ]}""";
        assertThatThrownBy(() -> read(json)).isInstanceOf(ImportException.class)
                .hasMessage("in.json line 4, field 'date': '2022-02-30' is not a valid date "
                        + "(day 30 does not exist in 2022-02)");
    }

    @Test
    void unknownCountriesModesAndMissingFieldsAreNamed() {
        String contact = """
                {"format": "diplotrack-contacts", "version": 1, "contacts": [
                  %s
                ]}""";
        assertThatThrownBy(() -> read(contact.formatted(
                "{\"date\": \"2022\", \"a\": {\"country\": \"XX\"}, \"b\": {\"country\": \"RU\"}, \"mode\": \"visit\", \"status\": \"held\"}")))
                .hasMessageContaining("line 2, field 'a.country': unknown country 'XX'");
        assertThatThrownBy(() -> read(contact.formatted(
                "{\"date\": \"2022\", \"a\": {\"country\": \"CA\"}, \"b\": {\"country\": \"RU\"}, \"mode\": \"dance\", \"status\": \"held\"}")))
                .hasMessageContaining("field 'mode': unknown mode 'dance'");
        assertThatThrownBy(() -> read(contact.formatted(
                "{\"a\": {\"country\": \"CA\"}, \"b\": {\"country\": \"RU\"}, \"mode\": \"visit\", \"status\": \"held\"}")))
                .hasMessageContaining("field 'date': missing");
        assertThatThrownBy(() -> read(contact.formatted(
                "{\"date\": \"2022\", \"a\": {\"country\": \"CA\"}, \"b\": {\"country\": \"CA\"}, \"mode\": \"visit\", \"status\": \"held\"}")))
                .hasMessageContaining("different countries");
        assertThatThrownBy(() -> read(contact.formatted(
                "{\"date\": \"2022\", \"a\": {\"country\": \"CA\"}, \"b\": {\"country\": \"RU\"}, \"mode\": \"visit\", \"status\": \"held\","
                        + " \"sources\": [{\"title\": \"t\", \"url\": \"javascript:alert(1)\"}]}")))
                .hasMessageContaining("field 'sources[0]'").hasMessageContaining("http");
    }

    @Test
    void notOurFormatOrBrokenJsonIsRefused() {
        assertThatThrownBy(() -> read("{\"format\": \"other\", \"version\": 1, \"contacts\": []}"))
                .hasMessageContaining("field 'format'");
        assertThatThrownBy(() -> read("{\"format\": \"diplotrack-contacts\", \"version\": 99, \"contacts\": []}"))
                .hasMessageContaining("field 'version'").hasMessageContaining("99");
        assertThatThrownBy(() -> read("{\"format\": \"diplotrack-contacts\",\n \"version\": 1,\n \"contacts\": [ {,]}"))
                .hasMessageStartingWith("in.json line 3: not valid JSON");
        assertThatThrownBy(() -> read("[1, 2]")).hasMessageContaining("expected a JSON object");
    }
}
