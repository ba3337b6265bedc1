package org.diplotrack.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.diplotrack.model.Contact;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Source;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading articles from files: plain text, HTML pages, e-mail messages; limits and bad files. */
class ArticleFilesTest {
    private static final Path FILES = Path.of("src", "test", "resources", "extract", "files");

    private static ArticleText html(String html) throws ArticleFileException {
        return ArticleFiles.read(html.getBytes(StandardCharsets.UTF_8), "page.html");
    }

    private static ArticleText mail(String message) throws ArticleFileException {
        return ArticleFiles.read(message.getBytes(StandardCharsets.UTF_8), "message.eml");
    }

    @Nested
    class PlainText {
        @Test
        void utf8WithAByteOrderMarkLosesTheMark() throws ArticleFileException {
            byte[] text = "Café talks\n\nCanada and Poland held talks.".getBytes(StandardCharsets.UTF_8);
            byte[] bom = new byte[text.length + 3];
            bom[0] = (byte) 0xEF;
            bom[1] = (byte) 0xBB;
            bom[2] = (byte) 0xBF;
            System.arraycopy(text, 0, bom, 3, text.length);
            ArticleText read = ArticleFiles.read(bom, "article.txt");
            assertThat(read.text()).isEqualTo("Café talks\n\nCanada and Poland held talks.");
            assertThat(read.article().title()).isEqualTo("Café talks");
        }

        @Test
        void bytesThatAreNotUtf8AreWindows1252() throws IOException {
            ArticleText read = ArticleFiles.read(FILES.resolve("windows-1252.txt"));
            assertThat(read.text()).contains("Canada’s foreign minister called the “talks”")
                    .contains("Renée Example").doesNotContain("\uFFFD");
            assertThat(read.article()).isEqualTo(new Article("Test Wire", "Warsaw Talks Resume After A Long Pause",
                    "Jane Sample", null, PartialDate.parse("2022-03-14")));
        }

        @Test
        void anUnknownEndingAndStandardInputAreText() throws ArticleFileException {
            String page = "<p>Canada and Poland held talks.</p>";
            assertThat(ArticleFiles.read(page.getBytes(StandardCharsets.UTF_8), "article.md").text()).isEqualTo(page);
            assertThat(ArticleFiles.read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), "standard input")
                    .text()).isEqualTo(page);
            assertThat(ArticleFiles.kind("PAGE.HTM")).isEqualTo(ArticleFiles.Kind.HTML);
            assertThat(ArticleFiles.kind("Saved.EML")).isEqualTo(ArticleFiles.Kind.MAIL);
            assertThat(ArticleFiles.kind(null)).isEqualTo(ArticleFiles.Kind.TEXT);
        }

        @Test
        void hostileTextStaysVerbatim() throws ArticleFileException {
            String text = "${jndi:ldap://x} <script>alert(1)</script> \u0000\u0007\u001b[31m end";
            assertThat(ArticleFiles.read(text.getBytes(StandardCharsets.UTF_8), "a.txt").text()).isEqualTo(text);
        }
    }

    @Nested
    class Html {
        @Test
        void thePageIsReducedToItsArticleInParagraphs() throws IOException {
            ArticleText page = ArticleFiles.read(FILES.resolve("page.html"));
            assertThat(page.text()).isEqualTo("""
                    Ottawa and Warsaw Agree to Meet Again

                    By Anna Example

                    OTTAWA (The Northern Ledger - 14th March, 2022) Canadian Foreign Minister Marie Sample \
                    met Polish Foreign Minister Jan Example in Warsaw on Thursday.

                    The two ministers discussed
                    security in Europe.

                    First point

                    Second point""");
        }

        @Test
        void theHeadGivesTitleAuthorSiteDateAndCanonicalAddress() throws IOException {
            Article article = ArticleFiles.read(FILES.resolve("page.html")).article();
            assertThat(article).isEqualTo(new Article("The Northern Ledger", "Ottawa and Warsaw Agree to Meet Again",
                    "Anna Example", "https://ledger.example.org/2022/03/ottawa-warsaw", PartialDate.parse("2022-03-14")));
        }

        @Test
        void draftsFromThePageCarryItsSource() throws IOException {
            ArticleText page = ArticleFiles.read(FILES.resolve("page.html"));
            List<Draft> drafts = new ContactExtractor().extract(page.text(), page.article());
            assertThat(drafts).hasSize(1);
            Contact c = drafts.get(0).contact();
            assertThat(c.dyad().code()).isEqualTo("CA-PL");
            assertThat(c.date()).isEqualTo(PartialDate.parse("2022-03-10"));
            Source source = c.sources().get(0);
            assertThat(source.title()).isEqualTo("Ottawa and Warsaw Agree to Meet Again");
            assertThat(source.publication()).isEqualTo("The Northern Ledger");
            assertThat(source.author()).isEqualTo("Anna Example");
        }

        @Test
        void withoutMetaTagsTheTitleAndTimeAndTheTextSpeak() throws ArticleFileException {
            ArticleText page = html("""
                    <html><head><title> Talks  in
                      Warsaw </title></head><body>
                    <article><p>Ottawa Talks</p><p>By Jane Sample, Test Wire</p>
                    <time datetime="2022-03-12T22:00:00-08:00">Saturday night</time>
                    <p>OTTAWA (Test Wire - 14th March, 2022) Canada and Poland held talks.</p></article>
                    <article><p>Related: another story.</p></article>
                    </body></html>""");
            assertThat(page.article()).isEqualTo(new Article("Test Wire", "Talks in Warsaw", "Jane Sample", null,
                    PartialDate.parse("2022-03-12")));
        }

        @Test
        void theTextOfABodyWithoutArticleAndOfTables() throws ArticleFileException {
            ArticleText page = html("<body><header>Site</header><div>One&nbsp;line</div><table><tr><td>a</td><td>b</td></tr>"
                    + "<tr><td>c</td></tr></table><pre>  kept\n  as is</pre>Tail</body>");
            assertThat(page.text()).isEqualTo("One line\n\na b\n\nc\n\nkept\nas is\n\nTail");
        }

        @Test
        void onlyWebAddressesAndValidDays() throws ArticleFileException {
            Article article = html("""
                    <head><link rel="canonical" href="/relative/path"><meta property="og:url" content="ftp://x.example.org/">
                    <meta property="article:published_time" content="2022-02-30"><meta name="date" content="2022-03">
                    <meta property="article:author" content="https://social.example.org/anna"></head><body></body>""")
                    .article();
            assertThat(article.url()).isNull();
            assertThat(article.date()).isEqualTo(PartialDate.parse("2022-03"));
            assertThat(article.author()).isNull();
        }

        @Test
        void aCharsetFromTheMetaTagOrWindows1252WhenNoneIsDeclared() throws ArticleFileException {
            byte[] declared = "<meta charset=\"windows-1251\"><p>Посол</p>".getBytes(Charset.forName("windows-1251"));
            assertThat(ArticleFiles.read(declared, "ru.html").text()).isEqualTo("Посол");
            byte[] undeclared = "<p>Renée’s café</p>".getBytes(Charset.forName("windows-1252"));
            assertThat(ArticleFiles.read(undeclared, "fr.html").text()).isEqualTo("Renée’s café");
        }

        @Test
        void hostileMarkupIsDroppedAndEscapedTextKeptVerbatim() throws IOException {
            ArticleText page = ArticleFiles.read(FILES.resolve("hostile.html"));
            assertThat(page.text()).isEqualTo("${jndi:ldap://x} is text, and so is <script>alert(2)</script>.\n\n"
                    + "The picture is not fetched.");
            assertThat(page.text()).doesNotContain("pwned", "alert(3)", "JavaScript", "Hidden");
            assertThat(page.article().title()).isEqualTo("Hostile <b>page</b>");
            assertThat(page.article().url()).isNull();
        }
    }

    @Nested
    class Mail {
        @Test
        void theTextPartOfAnAlternativeInAMixedMessage() throws IOException {
            ArticleText message = ArticleFiles.read(FILES.resolve("mail-alternative.eml"));
            assertThat(message.text()).startsWith("Hello from Mélanie, who forwards a wire item.\n\n")
                    .contains("Canadian Foreign Minister Marie Sample met Polish Foreign Minister Jan Example")
                    .doesNotContain("HTML VERSION").doesNotContain("Germany").doesNotContain("\r");
            // Subject and From decoded; the Date's day where it was written (UTC had the 12th).
            assertThat(message.article()).isEqualTo(new Article("Test Wire", "Warsaw talks: a note from Mélanie",
                    "Mélanie Exemple", null, PartialDate.parse("2022-03-11")));
        }

        @Test
        void anHtmlOnlyMessageIsReducedAsAPage() throws IOException {
            ArticleText message = ArticleFiles.read(FILES.resolve("mail-html-only.eml"));
            assertThat(message.text()).isEqualTo("Weekly Diplomatic Digest\n\nOTTAWA (Digest Weekly - 14th March, 2022) "
                    + "Canadian Foreign Minister Marie Sample met Polish Foreign Minister Renée Example in Warsaw on "
                    + "Thursday.\n\nCafé talk was brief.");
            assertThat(message.article()).isEqualTo(new Article("Digest Weekly", "Weekly digest", "Digest", null,
                    PartialDate.parse("2022-03-14")));
            List<Draft> drafts = new ContactExtractor().extract(message.text(), message.article());
            assertThat(drafts).singleElement().satisfies(d -> assertThat(d.contact().dyad().code()).isEqualTo("CA-PL"));
        }

        @Test
        void theHtmlPartWhenThePlainOneIsAnAttachment() throws ArticleFileException {
            ArticleText message = mail("""
                    Subject: Notes
                    MIME-Version: 1.0
                    Content-Type: multipart/alternative; boundary=b

                    --b
                    Content-Type: text/plain; charset=utf-8
                    Content-Disposition: attachment; filename=old.txt

                    Not this.
                    --b
                    Content-Type: text/html; charset=utf-8
                    Content-Transfer-Encoding: base64

                    PHA+Q2FuYWRhIGFuZCBQb2xhbmQgaGVsZCB0YWxrcy48L3A+
                    --b--
                    """);
            assertThat(message.text()).isEqualTo("Canada and Poland held talks.");
            assertThat(message.article().title()).isEqualTo("Notes");
            assertThat(message.article().author()).isNull();
        }

        @Test
        void aSinglePartWithoutCharsetIsReadAsTextFiles() throws ArticleFileException {
            byte[] bytes = "From: news@example.org\nSubject: Caf\u00e9\n\nCaf\u00e9 talks.\n".getBytes(Charset.forName("windows-1252"));
            ArticleText message = ArticleFiles.read(bytes, "m.eml");
            assertThat(message.text()).isEqualTo("Café talks.\n");
            assertThat(message.article().author()).isNull(); // an address is no name
        }

        @Test
        void nestingPastTheLimitIsNotLookedIntoAndCostsNoStack() throws ArticleFileException {
            // mime4j reads each level through one more stream: thousands of levels would overflow the stack.
            StringBuilder deep = new StringBuilder("Subject: Deep\n");
            for (int i = 0; i < 20_000; i++) {
                deep.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\n\n--b").append(i).append('\n');
            }
            deep.append("Content-Type: text/plain\n\nToo deep to read.\n");
            ArticleText message = mail(deep.toString());
            assertThat(message.text()).isEmpty();
            assertThat(message.article().title()).isEqualTo("Deep");
            StringBuilder shallow = new StringBuilder("Subject: Shallow\n");
            for (int i = 0; i < MailArticles.MAX_DEPTH; i++) {
                shallow.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\n\n--b").append(i).append('\n');
            }
            shallow.append("Content-Type: text/plain\n\nDeep enough to read.\n");
            assertThat(mail(shallow.toString()).text()).isEqualTo("Deep enough to read.\n");
        }

        @Test
        void aMessageWithoutBodyTextHasNone() throws ArticleFileException {
            ArticleText message = mail("Subject: Picture\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0K\n");
            assertThat(message.text()).isEmpty();
            assertThat(message.article().title()).isEqualTo("Picture");
        }
    }

    @Nested
    class BadFiles {
        @TempDir
        Path dir;

        @Test
        void aFileOverTheLimitIsRefused() throws IOException {
            Path big = dir.resolve("big.txt");
            byte[] bytes = new byte[ArticleFiles.MAX_BYTES + 1];
            Arrays.fill(bytes, (byte) 'a');
            Files.write(big, bytes);
            assertThatThrownBy(() -> ArticleFiles.read(big)).isInstanceOf(ArticleFileException.class)
                    .hasMessage(big + " is too long: at most 4,000,000 bytes are read.");
            assertThatThrownBy(() -> ArticleFiles.read(new ByteArrayInputStream(bytes), "standard input"))
                    .hasMessageStartingWith("standard input is too long");
            assertThat(ArticleFiles.read(Arrays.copyOf(bytes, ArticleFiles.MAX_BYTES), "big.html").text()).hasSize(ArticleFiles.MAX_BYTES);
        }

        @Test
        void aMissingFileIsNamed() {
            Path missing = dir.resolve("nope.html");
            assertThatThrownBy(() -> ArticleFiles.read(missing)).isInstanceOf(ArticleFileException.class)
                    .hasMessage("Cannot read " + missing + ": there is no such file");
        }

        @Test
        void aFolderIsNamed() {
            assertThatThrownBy(() -> ArticleFiles.read(dir)).isInstanceOf(ArticleFileException.class)
                    .hasMessageStartingWith("Cannot read " + dir + ": ");
        }

        @Test
        void aGarbledMessageIsNamed() {
            Path garbled = FILES.resolve("garbled.eml");
            assertThatThrownBy(() -> ArticleFiles.read(garbled)).isInstanceOf(ArticleFileException.class)
                    .hasMessage("Cannot read " + garbled + ": it is no e-mail message: it has none of the headers From, "
                            + "Subject, Date, To, Message-ID, MIME-Version, Content-Type");
        }

        @Test
        void aPdfNamedTxtIsRefused() {
            Path scan = FILES.resolve("scan.txt");
            assertThatThrownBy(() -> ArticleFiles.read(scan)).isInstanceOf(ArticleFileException.class)
                    .hasMessage("Cannot read " + scan + ": it is a PDF file, not text, an HTML page or an e-mail message");
        }
    }
}
