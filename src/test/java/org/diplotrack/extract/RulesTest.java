package org.diplotrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplotrack.model.Contact;
import org.diplotrack.model.Country;
import org.diplotrack.model.Level;
import org.diplotrack.model.Mode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Provenance;
import org.diplotrack.model.Status;
import org.junit.jupiter.api.Test;

/** One family of rules a nested group: countries, titles, verbs, dates; then hostile text. */
class RulesTest {
    private static final Article DATED = new Article("Test Wire", null, null, null, PartialDate.parse("2022-01-29"));
    private final ContactExtractor extractor = new ContactExtractor();

    private Contact only(String text) {
        List<Draft> drafts = extractor.extract(text, DATED);
        assertThat(drafts).as(text).hasSize(1);
        return drafts.get(0).contact();
    }

    private List<Draft> all(String text) {
        return extractor.extract(text, DATED);
    }

    // countries

    @Test
    void countriesByNameAdjectiveCapitalAndSeat() {
        assertThat(only("Canada and Russia held talks.").dyad().code()).isEqualTo("CA-RU");
        assertThat(only("A Canadian delegation met Russian diplomats.").dyad().code()).isEqualTo("CA-RU");
        assertThat(only("Ottawa held talks with Moscow.").dyad().code()).isEqualTo("CA-RU");
        assertThat(only("The Kremlin hosted a delegation from Beijing.").dyad().code()).isEqualTo("CN-RU");
        assertThat(only("Washington and Beijing held talks.").dyad().code()).isEqualTo("CN-US");
        assertThat(only("Delegations of the USA and CHN held talks.").dyad().code()).as("ISO codes").isEqualTo("CN-US");
        assertThat(all("We CAN say the talks AND the visit mattered to Russia.")).as("codes that are words").isEmpty();
    }

    @Test
    void oneStateOrNoneIsNoContact() {
        assertThat(all("Canadian officials met in Ottawa.")).isEmpty();
        assertThat(all("The ministers met for two hours.")).isEmpty();
        // States that no longer exist are not read from today's news (decision 0024).
        assertThat(all("The Canadian minister flew to Texas and then to Hawaii.")).isEmpty();
    }

    // titles

    @Test
    void titlesGiveLevelPortfolioAndPerson() {
        Contact c = only("Canadian Foreign Minister Melanie Joly met Russian Deputy Foreign Minister Sergei Ryabkov.");
        assertThat(c.a().level()).isEqualTo(Level.MINISTER);
        assertThat(c.a().portfolio()).isEqualTo("foreign affairs");
        assertThat(c.a().participants().get(0).name()).isEqualTo("Melanie Joly");
        assertThat(c.b().level()).isEqualTo(Level.DEPUTY_MINISTER);
        assertThat(c.level()).isEqualTo(Level.DEPUTY_MINISTER);
        Contact summit = only("French President Emmanuel Macron met German Chancellor Olaf Scholz.");
        assertThat(summit.b().level()).isEqualTo(Level.HEAD_OF_GOVERNMENT);
        assertThat(summit.level().rank()).isEqualTo(5);
        assertThat(only("Secretary of State Antony Blinken called Chinese Foreign Minister Wang Yi.").dyad().code())
                .isEqualTo("CN-US");
    }

    @Test
    void bracketedAdjectivesAndNamesStillMakeATitle() {
        Contact c = only("He said (Canadian) Foreign Minister (Melanie) Joly has an open invitation to visit Moscow.");
        assertThat(c.a().country()).isEqualTo(Country.of("CA"));
        assertThat(c.a().level()).isEqualTo(Level.MINISTER);
        assertThat(c.a().participants().get(0).name()).isEqualTo("Melanie Joly");
        assertThat(c.b().country()).isEqualTo(Country.of("RU"));
        assertThat(c.status()).isEqualTo(Status.INVITED);
        assertThat(c.mode()).isEqualTo(Mode.VISIT);
    }

    @Test
    void aDatelineBelowAHeadlineStillDatesTheArticle() {
        String text = "Headline About Canada\n\nBy A. Writer\n\nOTTAWA (Test Wire - 29th January, 2022) Canada and "
                + "Russia held talks on Tuesday.";
        Draft d = extractor.extract(text, Article.NONE).get(0);
        assertThat(d.contact().date()).hasToString("2022-01-25");
        assertThat(d.sentence().of(text)).isEqualTo("Canada and Russia held talks on Tuesday.");
    }

    @Test
    void anAmbassadorToACountryGivesSendingAndReceivingStates() {
        Contact c = only("Russian Ambassador to Canada Oleg Stepanov met Canadian officials.");
        assertThat(c.a().country()).isEqualTo(Country.of("RU"));
        assertThat(c.a().level()).isEqualTo(Level.AMBASSADOR);
        assertThat(c.a().participants().get(0).name()).isEqualTo("Oleg Stepanov");
        assertThat(c.a().participants().get(0).title()).isEqualTo("Ambassador of Russia to Canada");
        assertThat(c.b().country()).isEqualTo(Country.of("CA"));
        assertThat(c.b().level()).isEqualTo(Level.OFFICIAL);
    }

    // verbs

    @Test
    void verbsGiveModeAndStatus() {
        assertThat(only("Canada and Russia spoke by phone.").mode()).isEqualTo(Mode.PHONE_CALL);
        assertThat(only("Canada and Russia held a video call.").mode()).isEqualTo(Mode.VIDEO_CALL);
        assertThat(only("Canada summoned the Russian ambassador.").mode()).isEqualTo(Mode.EMBASSY_CHANNEL);
        assertThat(only("The Canadian Prime Minister visited Russia.").mode()).isEqualTo(Mode.VISIT);
        assertThat(only("Canada hosted the Russian Foreign Minister.").mode()).isEqualTo(Mode.HOSTED_VISIT);
        assertThat(only("The Canadian and Russian ministers met on the margins of the summit.").mode())
                .isEqualTo(Mode.THIRD_LOCATION);
        assertThat(only("The Russian President has an open invitation to visit Canada.").status()).isEqualTo(Status.INVITED);
        assertThat(only("Russia invited the Canadian Foreign Minister.").status()).isEqualTo(Status.INVITED);
        assertThat(only("Russia would be open to talks with Canada.").status()).isEqualTo(Status.PROPOSED);
        assertThat(only("Canada declined a Russian offer of talks.").status()).isEqualTo(Status.DECLINED);
        assertThat(only("Canada turned down talks with Russia.").status()).isEqualTo(Status.DECLINED);
        assertThat(only("The Canadian minister will meet her Russian counterpart.").status()).isEqualTo(Status.SCHEDULED);
        assertThat(only("Canada cancelled a visit to Russia.").status()).isEqualTo(Status.CANCELLED);
    }

    @Test
    void aMeetingInOneSidesCapitalIsAVisitToItOrHostedByIt() {
        assertThat(only("The Canadian Prime Minister met the Polish President in Warsaw.").mode()).isEqualTo(Mode.VISIT);
        assertThat(only("The Canadian Prime Minister met the Polish President in Ottawa.").mode())
                .isEqualTo(Mode.HOSTED_VISIT);
        assertThat(only("Russian Ambassador to Canada Oleg Stepanov met Canadian officials.").mode())
                .as("an ambassador's receiving state is no place of meeting").isEqualTo(Mode.OTHER);
    }

    @Test
    void negationsAndHedgesAreNoContact() {
        assertThat(all("The Canadian minister did not meet her Russian counterpart.")).isEmpty();
        assertThat(all("Canada has no plans to meet Russian officials.")).isEmpty();
        assertThat(all("Ottawa denied that its envoy had talks with Moscow.")).isEmpty();
        assertThat(all("Canadian and Russian trade figures were published.")).isEmpty();
    }

    @Test
    void contactsLimitedToAmbassadorsAreTheEmbassyChannelAtThatLevel() {
        Contact c = only("The Canadian envoy said relations between Ottawa and Moscow are now limited to the level of "
                + "ambassadors.");
        assertThat(c.dyad().code()).isEqualTo("CA-RU");
        assertThat(c.mode()).isEqualTo(Mode.EMBASSY_CHANNEL);
        assertThat(c.status()).isEqualTo(Status.HELD);
        assertThat(c.a().level()).isEqualTo(Level.AMBASSADOR);
        assertThat(c.b().level()).isEqualTo(Level.AMBASSADOR);
    }

    @Test
    void aCounterpartHasTheOtherSidesLevel() {
        Contact c = only("Canadian Foreign Minister Melanie Joly met her Russian counterpart.");
        assertThat(c.b().country()).isEqualTo(Country.of("RU"));
        assertThat(c.b().level()).isEqualTo(Level.MINISTER);
        assertThat(c.b().portfolio()).isEqualTo("foreign affairs");
        assertThat(c.b().participants()).isEmpty();
    }

    // clauses and co-reference

    @Test
    void eachClauseOfASentenceCanBeAContact() {
        List<Draft> drafts = all("Japan and India held talks on Monday, and South Korea invited the Indian Prime Minister.");
        assertThat(drafts).extracting(d -> d.contact().dyad().code() + " " + d.contact().status().code())
                .containsExactly("IN-JP held", "IN-KR invited");
        assertThat(drafts).allSatisfy(d -> assertThat(d.contact().summary()).startsWith("Japan").endsWith("Minister."));
    }

    @Test
    void heOrSheIsTheLastNamedOfficeHolderOfThePreviousSentence() {
        String text = "The envoy told the Canadian side that Russian President Vladimir Putin is always ready to talk. "
                + "When asked, he always picks up the phone.";
        Draft d = extractor.extract(text, DATED).get(0);
        Contact c = d.contact();
        assertThat(c.a().country()).isEqualTo(Country.of("RU"));
        assertThat(c.a().level()).isEqualTo(Level.HEAD_OF_STATE);
        assertThat(c.a().participants().get(0).name()).isEqualTo("Vladimir Putin");
        assertThat(c.b().country()).isEqualTo(Country.of("CA"));
        assertThat(c.mode()).isEqualTo(Mode.PHONE_CALL);
        assertThat(c.status()).isEqualTo(Status.PROPOSED);
        assertThat(d.sentence().of(text)).isEqualTo("When asked, he always picks up the phone.");
        assertThat(d.evidence()).extracting(e -> e.field() + "=" + e.span().of(text))
                .contains("COUNTRY_A=he", "PERSON_A=Vladimir Putin", "TITLE_A=President", "COUNTRY_B=Canadian");
        assertThat(all("Nobody was named. He always picks up the phone.")).isEmpty();
    }

    @Test
    void anArticleShapedLikeTheSeedGivesItsThreeContactsAndNothingElse() {
        // Written for this test in the seed article's shape (its text is not ours to copy).
        String text = """
                Envoy Laments Thin Ties Between Two Capitals

                OTTAWA (Test Wire - 3rd March, 2023) Russian Ambassador to Canada Ivan Petrov said that dialogue \
                between Ottawa and Moscow is now confined to the level of ambassadors and that more would help.

                "We value the relationship," Petrov said. He added that he had told the Canadian side many times that \
                Russian President Boris Orlov never avoids a conversation with partners.

                "If anyone rings, he always picks up the phone, and (Canadian) Foreign Minister (Anne) Roy has an \
                open invitation to visit Moscow," he said. Petrov said that dialogue between the two nations is \
                confined to the level of ambassadors.
                """;
        List<Draft> drafts = extractor.extract(text, Article.NONE);
        assertThat(drafts).extracting(d -> d.contact().a().country().alpha2() + "-" + d.contact().b().country().alpha2()
                        + " " + d.contact().a().level().code() + "/" + d.contact().b().level().code()
                        + " " + d.contact().mode().code() + " " + d.contact().status().code() + " " + d.contact().date())
                .containsExactly(
                        "RU-CA ambassador/ambassador embassy-channel held 2023-03-03",
                        "RU-CA head-of-state/unknown phone-call proposed 2023-03-03",
                        "CA-RU minister/unknown visit invited 2023-03-03");
        assertThat(drafts.get(1).contact().a().participants().get(0).name()).isEqualTo("Boris Orlov");
        assertThat(drafts.get(2).contact().a().participants().get(0).name()).isEqualTo("Anne Roy");
    }

    @Test
    void anArticleThatSaysATwiceGivesOneDraft() {
        assertThat(all("Canada and Russia held talks. Later, Canada and Russia held talks.")).hasSize(1);
    }

    // dates

    @Test
    void datesExplicitRelativeAndFromTheDateline() {
        assertThat(only("Canada and Russia met on 12 January 2022.").date()).hasToString("2022-01-12");
        assertThat(only("Canada and Russia met on January 12, 2022.").date()).hasToString("2022-01-12");
        assertThat(only("Canada and Russia met on 12th January, 2022.").date()).hasToString("2022-01-12");
        assertThat(only("Canada and Russia met on Jan. 12.").date()).hasToString("2022-01-12");
        assertThat(only("Canada and Russia met on 2021-11-03.").date()).hasToString("2021-11-03");
        assertThat(only("Canada and Russia met in March 2021.").date()).hasToString("2021-03");
        // 29 January 2022 was a Saturday.
        assertThat(only("Canada and Russia met on Tuesday.").date()).hasToString("2022-01-25");
        assertThat(only("Canada and Russia met on Saturday.").date()).hasToString("2022-01-29");
        assertThat(only("The Russian Ambassador to Canada was summoned on Friday.").date()).as("'to' is no future")
                .hasToString("2022-01-28");
        assertThat(only("Canada and Russia will meet on Friday.").date()).hasToString("2022-02-04");
        assertThat(only("Canada and Russia met yesterday.").date()).hasToString("2022-01-28");
        assertThat(only("Canada and Russia will meet later this month.").date()).hasToString("2022-01");
        assertThat(only("Canada and Russia met.").date()).hasToString("2022-01-29");
    }

    @Test
    void aDatelineDatesTheArticleAndIsNotTheContactsDate() {
        String text = "WASHINGTON (Test Wire – 29th January, 2022) Canada and Russia held talks on Tuesday.";
        assertThat(DateRules.dateline(text)).contains(PartialDate.parse("2022-01-29"));
        Draft d = extractor.extract(text, Article.NONE).get(0);
        assertThat(d.contact().date()).hasToString("2022-01-25");
        assertThat(d.contact().provenance().origin()).isEqualTo(Provenance.Origin.TEXT);
        assertThat(d.contact().sources()).isEmpty();
        assertThat(extractor.extract("Canada and Russia held talks on Tuesday.", Article.NONE)).isEmpty();
    }

    // spans

    @Test
    void spansPointAtTheSentenceAndTheDecidingWords() {
        String text = "Nothing here. Canadian Foreign Minister Melanie Joly called Russian Ambassador Oleg Stepanov "
                + "on Tuesday. More text.";
        Draft d = extractor.extract(text, DATED).get(0);
        assertThat(d.sentence().of(text)).startsWith("Canadian").endsWith("Tuesday.");
        assertThat(d.contact().summary()).isEqualTo(d.sentence().of(text));
        assertThat(d.contact().sources().get(0).quote()).isEqualTo(d.sentence().of(text));
        assertThat(d.evidence()).extracting(e -> e.field() + "=" + e.span().of(text)).contains(
                "COUNTRY_A=Canadian", "COUNTRY_B=Russian", "TITLE_A=Foreign Minister", "PERSON_A=Melanie Joly",
                "TITLE_B=Ambassador", "PERSON_B=Oleg Stepanov", "VERB=called", "DATE=Tuesday");
    }

    @Test
    void sentencesDoNotBreakAtAbbreviations() {
        assertThat(ContactExtractor.sentences("The U.S. President met Mr. Smith. Then he left."))
                .hasSize(2);
    }

    // hostile text

    @Test
    void hostileTextIsKeptVerbatimAndNeverInterpreted() {
        String markup = "<script>alert('x')</script> Canada and Russia held talks \u0007\u0000 ${jndi:ldap://x} %s {0}.";
        Contact c = only(markup);
        assertThat(c.summary()).contains("<script>alert('x')</script>").contains("${jndi:ldap://x}").contains("%s {0}");
        String longLine = "Canada and Russia held talks " + "very ".repeat(200_000) + "long.";
        assertThat(all(longLine)).isEmpty(); // a 1 MB "sentence" is beyond what a sentence can be
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            many.append("Canada and Russia held talks on ").append(1000 + i).append("-01-01. ");
        }
        assertThat(all(many.toString())).hasSize(2000);
    }
}
