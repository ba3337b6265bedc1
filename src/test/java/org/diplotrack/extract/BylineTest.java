package org.diplotrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplotrack.model.PartialDate;
import org.junit.jupiter.api.Test;

/** What the top lines of an article's text say about it; each field found, or not, on its own. */
class BylineTest {
    private static final String BODY = "\n\nCanada and Poland held talks on the future of the alliance.\n";

    @Test
    void aShortFirstLineWithABlankLineAfterIsTheTitle() {
        assertThat(Byline.guess("Ottawa And Warsaw Pick Up The Phone" + BODY).title())
                .isEqualTo("Ottawa And Warsaw Pick Up The Phone");
        assertThat(Byline.guess("\n\n  Ministers Meet   in Lisbon  \r\n\r\nThe ministers met.").title())
                .isEqualTo("Ministers Meet in Lisbon");
    }

    @Test
    void aSentenceAQuestionAQuoteOrALongLineIsNoTitle() {
        assertThat(Byline.guess("The ministers met in Lisbon." + BODY).title()).isNull();
        assertThat(Byline.guess("Will the ministers meet again?" + BODY).title()).isNull();
        assertThat(Byline.guess("\"We will meet again\"" + BODY).title()).isNull();
        assertThat(Byline.guess("Talks ".repeat(40) + BODY).title()).isNull();
    }

    @Test
    void aFirstLineRunningOnIsNoTitle() {
        assertThat(Byline.guess("Ministers Meet in Lisbon\nand talk for an hour\n\nMore.").title()).isNull();
        assertThat(Byline.guess("Ministers Meet in Lisbon").title()).isNull();
    }

    @Test
    void aByLineGivesTheAuthor() {
        assertThat(Byline.guess("Lisbon Talks\n\nBy Maria Example\n\nText.").author()).isEqualTo("Maria Example");
        assertThat(Byline.guess("Lisbon Talks\n\nBy Maria Example, Test Wire\n\nText.").author()).isEqualTo("Maria Example");
        assertThat(Byline.guess("BY MARIA EXAMPLE AND JOHN SAMPLE\n\nText.").author()).isEqualTo("MARIA EXAMPLE AND JOHN SAMPLE");
        assertThat(Byline.guess("By Jean-Luc de la Tour\n\nText.").author()).isEqualTo("Jean-Luc de la Tour");
    }

    @Test
    void aByLineIsNoTitle() {
        Article article = Byline.guess("By Maria Example\n\nCanada and Poland held talks.");
        assertThat(article.title()).isNull();
        assertThat(article.author()).isEqualTo("Maria Example");
    }

    @Test
    void bySomethingElseIsNoAuthor() {
        assertThat(Byline.guess("By the end of the week, the ministers had met.\n\nText.").author()).isNull();
        assertThat(Byline.guess("By Friday the talks had ended\n\nText.").author()).isNull();
        assertThat(Byline.guess("By ${jndi:ldap://x}\n\nText.").author()).isNull();
    }

    @Test
    void aNameBeforePublishedGivesAuthorAndDate() {
        Article article = Byline.guess("Lisbon Talks\n\nMaria Example Published March 3, 2022 | 4:15 PM\n\nText.");
        assertThat(article.author()).isEqualTo("Maria Example");
        assertThat(article.date()).isEqualTo(PartialDate.parse("2022-03-03"));
        assertThat(Byline.guess("Maria Example | Published: 3 March 2022\n\nText.").date())
                .isEqualTo(PartialDate.parse("2022-03-03"));
    }

    @Test
    void updatedGivesTheAuthorButNotTheDate() {
        Article article = Byline.guess("Maria Example Updated March 4, 2022\n\nText.");
        assertThat(article.author()).isEqualTo("Maria Example");
        assertThat(article.date()).isNull();
    }

    @Test
    void aPublishedDateWinsOverTheDateline() {
        String text = "Published March 3, 2022\n\nLISBON (Test Wire - 2nd March, 2022) The ministers met.";
        assertThat(Byline.guess(text).date()).isEqualTo(PartialDate.parse("2022-03-03"));
        assertThat(Byline.guess(text).author()).isNull();
    }

    @Test
    void elseTheDatelineGivesTheDate() {
        assertThat(Byline.guess("LISBON (Test Wire - 2nd March, 2022) The ministers met.").date())
                .isEqualTo(PartialDate.parse("2022-03-02"));
        assertThat(Byline.guess("The ministers met on 2 March 2022.").date()).isNull();
    }

    @Test
    void theDatelinesParenthesisBeforeTheDashAndDateIsThePublication() {
        assertThat(Byline.guess("LISBON (Test Wire / Partner Radio - 2nd March, 2022) The ministers met.").publication())
                .isEqualTo("Test Wire / Partner Radio");
        assertThat(Byline.guess("LISBON (Test Wire – March 2, 2022) The ministers met.").publication())
                .isEqualTo("Test Wire");
        assertThat(Byline.guess("SÃO TOMÉ (Gulf-Coast Wire - 2 March 2022) The ministers met.").publication())
                .isEqualTo("Gulf-Coast Wire");
    }

    @Test
    void aParenthesisWithANameOnlyIsThePublicationAndWithADateOnlyIsNone() {
        assertThat(Byline.guess("LISBON (Test Wire) - The ministers met.").publication()).isEqualTo("Test Wire");
        assertThat(Byline.guess("LISBON (March 2, 2022) The ministers met.").publication()).isNull();
        assertThat(Byline.guess("LISBON (center) The ministers met.").publication()).isNull();
        assertThat(Byline.guess("The ministers met (in Lisbon).").publication()).isNull();
    }

    @Test
    void onlyTheTopIsRead() {
        String text = "Text.\n" + "More text.\n".repeat(40) + "By Maria Example\n\nPublished March 3, 2022\n";
        assertThat(Byline.guess(text)).isEqualTo(Article.NONE);
    }

    @Test
    void nothingToSayIsNone() {
        assertThat(Byline.guess("")).isEqualTo(Article.NONE);
        assertThat(Byline.guess(null)).isEqualTo(Article.NONE);
        assertThat(Byline.guess("the ministers met.")).isEqualTo(Article.NONE);
    }

    @Test
    void allTogether() {
        String text = """
                Lisbon And Ottawa Talk Again

                Maria Example Published March 3, 2022 | 4:15 PM

                LISBON (Test Wire - 2nd March, 2022) Canadian and Portuguese ministers met in Lisbon.
                """;
        assertThat(Byline.guess(text)).isEqualTo(new Article("Test Wire", "Lisbon And Ottawa Talk Again", "Maria Example",
                null, PartialDate.parse("2022-03-03")));
    }
}
