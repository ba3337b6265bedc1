package org.diplotrack.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Country;
import org.diplotrack.model.Level;
import org.diplotrack.model.Participant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each actor and level rule of decision 0023 on the fixture rows it is about, by event id: what
 * the reader makes of that row (a contact, or the reason it is skipped).
 */
class ActorsAndLevelsTest {
    private static Map<String, RowResult> icews;
    private static Map<String, RowResult> gdelt;
    private static Map<String, String[]> icewsRaw;
    private static Map<String, String[]> gdeltRaw;

    @BeforeAll
    static void readTheSamples() throws IOException {
        icewsRaw = new HashMap<>();
        gdeltRaw = new HashMap<>();
        icews = byId(Fixtures.icews(), false, icewsRaw);
        gdelt = byId(Fixtures.gdelt2(), true, gdeltRaw);
    }

    /** Every row's result by its event id, from the readers themselves (ICEWS's ids are unique in the sample). */
    private static Map<String, RowResult> byId(Path file, boolean isGdelt, Map<String, String[]> raw) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, RowResult> results = new HashMap<>();
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            TabRecords records = new TabRecords(in);
            RowReader reader = isGdelt ? new GdeltRows(records, true, file.getFileName().toString())
                    : new IcewsRows(records, file.getFileName().toString());
            for (RowResult r = reader.next(); r != null; r = reader.next()) {
                String[] fields = lines.get((int) r.line() - 1).split("\t", -1);
                String id = fields[0];
                if (r.contact() != null) {
                    assertThat(r.contact().provenance().eventId()).isEqualTo(id);
                }
                assertThat(results.put(id, r)).as("event id %s once", id).isNull();
                raw.put(id, fields);
            }
        }
        return results;
    }

    private static Contact icewsContact(String id) {
        assertThat(icews.get(id).contact()).as("ICEWS %s imported", id).isNotNull();
        return icews.get(id).contact();
    }

    private static Contact gdeltContact(String id) {
        assertThat(gdelt.get(id).contact()).as("GDELT %s imported", id).isNotNull();
        return gdelt.get(id).contact();
    }

    private static SkipReason icewsSkip(String id) {
        return icews.get(id).reason();
    }

    private static SkipReason gdeltSkip(String id) {
        return gdelt.get(id).reason();
    }

    // ---- Actors are states: ICEWS ----

    @Test
    void icewsOfficialsOfInternationalOrganisationsAreTheirOrganisation() {
        assertThat(icewsSkip("32891539")).isEqualTo(SkipReason.INTERNATIONAL_ORGANISATION); // Mogherini, "Italy"
        assertThat(icewsSkip("32896736")).isEqualTo(SkipReason.INTERNATIONAL_ORGANISATION); // Guterres, "Portugal"
        assertThat(icewsSkip("32891185")).isEqualTo(SkipReason.INTERNATIONAL_ORGANISATION); // the EU, country NA
        // Heads of state who once served an organisation keep their Executive Office.
        assertThat(icewsContact("32896152").a().country()).isEqualTo(Country.of("KZ")); // Nazarbayev
        assertThat(ActorRules.icews("Alassane Ouattara", icewsRaw.get("32892069")[9])).isNull(); // with Tony Blair
    }

    @Test
    void icewsMediaBusinessNgosRebelsClergyAndCitizensAreNotTheirState() {
        assertThat(icewsSkip("32899259")).isEqualTo(SkipReason.MEDIA); // Al Jazeera: State Media, in government
        assertThat(icewsSkip("32891603")).isEqualTo(SkipReason.MEDIA); // State Media (North Korea)
        assertThat(icewsSkip("32892047")).isEqualTo(SkipReason.MEDIA); // Media (India)
        assertThat(icewsSkip("32892260")).isEqualTo(SkipReason.BUSINESS); // Businessperson (Armenia)
        assertThat(icewsSkip("32890680")).isEqualTo(SkipReason.NGO); // International Committee of the Red Cross
        assertThat(icewsSkip("32895437")).isEqualTo(SkipReason.NGO); // Pauline Hanson: NGOs / Activists only
        assertThat(icewsSkip("32900217")).isEqualTo(SkipReason.DISSIDENT); // Opposition Supporter (Mali)
        assertThat(icewsSkip("32894820")).isEqualTo(SkipReason.DISSIDENT); // Houthis: insurgents, before religion
        assertThat(icewsSkip("32891897")).isEqualTo(SkipReason.RELIGIOUS); // Catholic Bishop (Nicaragua)
        assertThat(icewsSkip("32891226")).isEqualTo(SkipReason.RELIGIOUS); // Muslim (South Africa)
        assertThat(icewsSkip("32887158")).isEqualTo(SkipReason.CIVILIAN); // Citizen (Georgia)
        assertThat(icewsSkip("32895524")).isEqualTo(SkipReason.CIVILIAN); // Indigenous People (Italy)
    }

    @Test
    void icewsGovernmentAndPartySectorsKeepTheState() {
        // Poroshenko's Business sector is his past: Executive Office. Pope Francis: Government.
        assertThat(icewsContact("32890454").b().country()).isEqualTo(Country.of("UA"));
        assertThat(ActorRules.icews("Pope Francis", icewsRaw.get("32895524")[9])).isNull();
        // Modi's sectors in the sample are party and religion only: a party keeps him India (his
        // level comes from the office-holders table, not from these sectors).
        Contact modi = icewsContact("32890052");
        assertThat(modi.a().country()).isEqualTo(Country.of("IN"));
        assertThat(LevelRules.icews("Narendra Modi", icewsRaw.get("32890052")[3]).level()).isEqualTo(Level.UNKNOWN);
        assertThat(modi.a().level()).isEqualTo(Level.HEAD_OF_GOVERNMENT);
    }

    @Test
    void icewsFormerOfficialsByTheirName() {
        // The sample has no "Former …" actor: a fixture row with its name changed.
        String[] row = icewsRaw.get("32896362").clone(); // Shinzo Abe visits Canada
        assertThat(ActorRules.icews(row[2], row[3])).isNull();
        assertThat(ActorRules.icews("Former Head of Government (Japan)", row[3])).isEqualTo(SkipReason.FORMER_OFFICIAL);
        assertThat(ActorRules.icews("Former President Jacob Zuma", "Elite")).isEqualTo(SkipReason.FORMER_OFFICIAL);
        assertThat(ActorRules.icews("Formerly Banned Party (X)", "Parties")).isNull();
    }

    // ---- Levels a researcher would sign: ICEWS ----

    @Test
    void icewsExecutiveOfficeAloneIsHeadOfStateOrGovernment() {
        Contact widodo = icewsContact("32891309"); // Joko Widodo, not in the office-holders table
        assertThat(widodo.a().level()).isEqualTo(Level.HEAD_OF_STATE_OR_GOVERNMENT);
        assertThat(widodo.a().portfolio()).isNull();
        // ICEWS's generic head of the executive, presidents included.
        assertThat(icewsContact("32892053").b().level()).isEqualTo(Level.HEAD_OF_STATE_OR_GOVERNMENT);
        assertThat(icewsContact("32892053").b().participants()).containsExactly(
                new Participant(null, "Head of Government (United States)"));
    }

    @Test
    void icewsExecutiveOfficeWinsOverAMinistrySector() {
        Contact poroshenko = icewsContact("32890453"); // Executive Office and a finance ministry sector
        assertThat(poroshenko.a().participants().get(0).name()).isEqualTo("Petro Poroshenko");
        assertThat(icewsRaw.get("32890453")[3]).contains("Ministry");
        assertThat(poroshenko.a().level()).isEqualTo(Level.HEAD_OF_STATE_OR_GOVERNMENT);
        assertThat(poroshenko.a().portfolio()).isNull();
    }

    @Test
    void icewsOfficeHoldersTableKeepsHeadsOfStateAndGovernmentApart() {
        Contact call = icewsContact("32890296"); // Netanyahu (Executive Office, Foreign Ministry) – Putin
        assertThat(call.a().participants()).containsExactly(new Participant("Benjamin Netanyahu", "Prime Minister"));
        assertThat(call.a().level()).isEqualTo(Level.HEAD_OF_GOVERNMENT);
        assertThat(call.b().level()).isEqualTo(Level.HEAD_OF_STATE);
        assertThat(call.level()).isEqualTo(Level.HEAD_OF_GOVERNMENT);
        assertThat(icewsContact("32890091").b().level()).isEqualTo(Level.HEAD_OF_STATE); // Trump
        assertThat(icewsContact("32896362").a().level()).isEqualTo(Level.HEAD_OF_GOVERNMENT); // Abe
        assertThat(icewsContact("32891309").b().level()).isEqualTo(Level.HEAD_OF_GOVERNMENT); // Modi: no sector says so
        // A ministry sector without Cabinet: the table makes Heiko Maas the foreign minister he was.
        Contact maas = icewsContact("32890453");
        assertThat(maas.b().level()).isEqualTo(Level.MINISTER);
        assertThat(maas.b().portfolio()).isEqualTo("foreign affairs");
    }

    @Test
    void icewsLeadersAfterTheirTermAreFormerOfficials() {
        assertThat(icewsSkip("32891739")).isEqualTo(SkipReason.FORMER_OFFICIAL); // Bill Clinton – Jo Myong-rok
        assertThat(icewsSkip("32892069")).isEqualTo(SkipReason.FORMER_OFFICIAL); // Tony Blair – Ouattara
    }

    @Test
    void icewsCountriesAreNoParticipants() {
        Contact talks = icewsContact("32890091"); // "North Korea" – Donald Trump
        assertThat(icewsRaw.get("32890091")[2]).isEqualTo("North Korea");
        assertThat(talks.a().participants()).isEmpty();
        assertThat(talks.b().participants()).containsExactly(new Participant("Donald Trump", "President"));
        // A body is none either: "Cabinet / Council of Ministers / Advisors (United States)".
        assertThat(icewsContact("32890446").a().participants()).isEmpty();
        // Nor an institution named like a person, whose "Executive Office" sector is its staff's.
        Contact statement = icewsContact("32891737"); // Kim Yong-chol – Executive Office of the President
        assertThat(icewsRaw.get("32891737")[9]).contains("Executive Office");
        assertThat(statement.b().participants()).isEmpty();
        assertThat(statement.b().level()).isEqualTo(Level.UNKNOWN);
        assertThat(LevelRules.isInstitution("Kim Yong-chol")).isFalse();
        assertThat(LevelRules.isInstitution("Israeli Defense Forces")).isTrue();
    }

    @Test
    void icewsFrancesPresidentCodedAsAndorraIsFrance() {
        Contact c = icewsContact("32888027"); // Emmanuel Macron ("Andorra") – Donald Trump
        assertThat(icewsRaw.get("32888027")[4]).isEqualTo("Andorra");
        assertThat(c.a().country()).isEqualTo(Country.of("FR"));
        assertThat(c.a().level()).isEqualTo(Level.HEAD_OF_STATE);
    }

    @Test
    void icewsAMinistrySectorAloneIsNotAMinister() {
        Contact talks = icewsContact("32891299"); // North Korea – Sung Kim, ambassador (Foreign Ministry)
        assertThat(talks.b().participants().get(0).name()).isEqualTo("Sung Kim");
        assertThat(talks.b().level()).isEqualTo(Level.UNKNOWN);
        assertThat(talks.b().portfolio()).isNull();
        // Cabinet says minister: Lavrov.
        Contact lavrov = icewsContact("32891482");
        assertThat(lavrov.b().level()).isEqualTo(Level.MINISTER);
        assertThat(lavrov.b().portfolio()).isEqualTo("foreign affairs");
    }

    @Test
    void icewsAnUnknownSideLeavesTheContactUnknownUnlessTheKnownSideVisitsOrOffers() {
        for (String id : List.of("32890091", "32896218")) { // "North Korea" consults / visits Trump
            Contact received = icewsContact(id);
            assertThat(received.a().level()).isEqualTo(Level.UNKNOWN);
            assertThat(received.b().level()).isEqualTo(Level.HEAD_OF_STATE);
            assertThat(received.level()).as("ICEWS %s", id).isEqualTo(Level.UNKNOWN);
            assertThat(received.reports().get(0).level()).isEqualTo(Level.UNKNOWN);
        }
        Contact visit = icewsContact("32898006"); // Duterte visits "South Korea"
        assertThat(visit.b().level()).isEqualTo(Level.UNKNOWN);
        assertThat(visit.level()).isEqualTo(Level.HEAD_OF_STATE).isEqualTo(visit.a().level());
        assertThat(visit.reports().get(0).level()).isEqualTo(Level.HEAD_OF_STATE);
        // Ross's intent to meet "China" is a minister's offer.
        assertThat(icewsContact("32891258").level()).isEqualTo(Level.MINISTER);
    }

    @Test
    void icewsTitlesInNamesGiveTheLevel() {
        assertThat(icewsContact("32892115").a().level()).isEqualTo(Level.AMBASSADOR); // Envoy (North Korea)
        assertThat(icewsContact("32891727").b().level()).isEqualTo(Level.OFFICIAL); // Other Authorities / Officials
        assertThat(icewsContact("32898728").b().level()).isEqualTo(Level.MINISTER); // "Minister Prabhu"
        assertThat(LevelRules.fromLeadingTitle("Executive Office of the President")).isEqualTo(Level.UNKNOWN);
    }

    // ---- Actors are states: GDELT ----

    @Test
    void gdeltActorTypesThatAreNotTheState() {
        assertThat(gdeltSkip("881990966")).isEqualTo(SkipReason.INTERNATIONAL_ORGANISATION); // WORLD BANK
        assertThat(gdeltSkip("881990833")).isEqualTo(SkipReason.INTERNATIONAL_ORGANISATION); // THE EU
        assertThat(gdeltSkip("881992194")).isEqualTo(SkipReason.BUSINESS); // MITSUBISHI, MNCJPN
        assertThat(gdeltSkip("881991006")).isEqualTo(SkipReason.BUSINESS); // MOTOROLA, MNCUSAMED: first role
        assertThat(gdeltSkip("881991565")).isEqualTo(SkipReason.MEDIA); // REUTERS, USAMED
        assertThat(gdeltSkip("881991849")).isEqualTo(SkipReason.NGO); // RIGHTS ACTIVIST, HRI
        assertThat(gdeltSkip("881992087")).isEqualTo(SkipReason.DISSIDENT); // DEMONSTRATOR, OPP
        assertThat(gdeltSkip("881991085")).isEqualTo(SkipReason.DISSIDENT); // TERRORIST, UAF
        assertThat(gdeltSkip("881992342")).isEqualTo(SkipReason.RELIGIOUS); // CLERGY, REL
        assertThat(gdeltSkip("881991153")).isEqualTo(SkipReason.RELIGIOUS); // ISLAMIC, religion MOS
        assertThat(gdeltSkip("881991014")).isEqualTo(SkipReason.CIVILIAN); // RUSSIA, RUSCVL
        assertThat(gdeltSkip("881990927")).isEqualTo(SkipReason.CIVILIAN); // STUDENT, EDU
    }

    @Test
    void gdeltFormerOfficeHoldersAreNotTheirState() {
        assertThat(gdeltRaw.get("881992834")[16]).isEqualTo("OBAMA");
        assertThat(gdeltSkip("881992834")).isEqualTo(SkipReason.FORMER_OFFICIAL); // 2019: president until 2017
        assertThat(gdeltRaw.get("881992835")[16]).isEqualTo("HILLARY CLINTON");
        assertThat(gdeltSkip("881992835")).isEqualTo(SkipReason.FORMER_OFFICIAL);
        // A title that says so, on a fixture row with the name changed (the sample has none).
        String[] row = gdeltRaw.get("881991269"); // GENEVA – PRESIDENT (GOV)
        assertThat(ActorRules.gdelt(row[15], "FORMER PRESIDENT", row[20], row[22], row[23], row[24]))
                .isEqualTo(SkipReason.FORMER_OFFICIAL);
        assertThat(ActorRules.gdelt(row[15], row[16], row[20], row[22], row[23], row[24])).isNull();
    }

    // ---- Levels and participants: GDELT ----

    @Test
    void gdeltLeadersGetTheirOfficeOnTheDayAndAParticipant() {
        Contact abe = gdeltContact("881992014"); // SHINZO ABE (JPNELIGOV) – Turkmenistan, 2019
        assertThat(abe.a().level()).isEqualTo(Level.HEAD_OF_GOVERNMENT);
        assertThat(abe.a().participants()).containsExactly(new Participant("Shinzo Abe", "Prime Minister"));
        Contact putin = gdeltContact("881990888"); // VLADIMIR PUTIN – Syria
        assertThat(putin.a().level()).isEqualTo(Level.HEAD_OF_STATE);
        assertThat(putin.a().participants()).containsExactly(new Participant("Vladimir Putin", "President"));
        Contact albert = gdeltContact("881991556"); // France – ALBERT (MCOELI): Albert II of Monaco
        assertThat(albert.b().level()).isEqualTo(Level.HEAD_OF_STATE);
        assertThat(albert.b().participants()).containsExactly(new Participant("Albert II", "Prince"));
        // A country's own name is no participant.
        assertThat(putin.b().participants()).isEmpty();
        assertThat(putin.b().level()).isEqualTo(Level.UNKNOWN);
    }

    @Test
    void gdeltTitlesGiveLevelsDeputiesViceAndElectFirst() {
        // Rows whose titled actor has no country (skipped as such): the level its name gives.
        assertThat(LevelRules.gdelt(gdeltRaw.get("881992339")[16])).isEqualTo(Level.HEAD_OF_GOVERNMENT);
        assertThat(LevelRules.gdelt(gdeltRaw.get("881991269")[16])).isEqualTo(Level.HEAD_OF_STATE);
        // GDELT's MINIST is minister or ministry; DEPUTY alone is not a deputy minister.
        assertThat(LevelRules.gdelt(gdeltRaw.get("881991141")[16])).isEqualTo(Level.UNKNOWN); // FOREIGN MINIST
        assertThat(LevelRules.gdelt(gdeltRaw.get("881991103")[16])).isEqualTo(Level.UNKNOWN); // DEPUTY
        assertThat(gdeltSkip("881992339")).isEqualTo(SkipReason.RELIGIOUS); // its other side: PILGRIM
        // Deputy and vice titles are tested before the heads they contain.
        assertThat(LevelRules.gdelt("DEPUTY PRIME MINISTER")).isEqualTo(Level.MINISTER);
        assertThat(LevelRules.gdelt("VICE PREMIER")).isEqualTo(Level.MINISTER);
        assertThat(LevelRules.gdelt("VICE PRESIDENT")).isEqualTo(Level.UNKNOWN);
        assertThat(LevelRules.gdelt("VICE CHANCELLOR")).isEqualTo(Level.UNKNOWN);
        assertThat(LevelRules.gdelt("PRESIDENT-ELECT")).isEqualTo(Level.UNKNOWN);
        assertThat(LevelRules.gdelt("DEPUTY FOREIGN MINISTER")).isEqualTo(Level.DEPUTY_MINISTER);
        assertThat(ActorRules.isFormer("FORMER PRIME MINISTER")).isTrue();
        assertThat(ActorRules.isFormer("EX-PRESIDENT")).isTrue();
        assertThat(ActorRules.isFormer("REFORMER")).isFalse();
    }

    @Test
    void officeHoldersTableReadsTermsByDay() {
        Country us = Country.of("US");
        assertThat(CameoTables.office("OBAMA", us, java.time.LocalDate.of(2012, 5, 1)))
                .isEqualTo(new CameoTables.Office(Level.HEAD_OF_STATE, null, new Participant("Barack Obama", "President"),
                        false));
        assertThat(CameoTables.office("OBAMA", us, java.time.LocalDate.of(2017, 1, 20)).former()).isTrue();
        CameoTables.Office before = CameoTables.office("OBAMA", us, java.time.LocalDate.of(2005, 1, 1));
        assertThat(before.former()).isFalse();
        assertThat(before.level()).isEqualTo(Level.UNKNOWN);
        // Between two terms: a former prime minister.
        assertThat(CameoTables.office("SHINZO ABE", Country.of("JP"), java.time.LocalDate.of(2010, 1, 1)).former())
                .isTrue();
        assertThat(CameoTables.office("ALBERT", Country.of("BE"), java.time.LocalDate.of(2019, 1, 1))).isNull();
        assertThat(CameoTables.office("HILLARY CLINTON", us, java.time.LocalDate.of(2010, 1, 1)).portfolio())
                .isEqualTo("foreign affairs");
    }
}
