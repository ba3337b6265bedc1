package org.diplotrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    private static final String TEXT = "OTTAWA (Test – 14 March 2022) Canadian Prime Minister Justin Trudeau spoke by "
            + "phone with Polish President Andrzej Duda on Thursday. The weather was fine.\n";

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("cli.db").toString();
    }

    private long count() {
        return CliRun.of(null, "--db", db(), "list", "--format", "csv").out().lines().count() - 1;
    }

    @Test
    void aFilePrintsTheDraftsAndWritesNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("article.txt"), TEXT);
        long before = count();
        CliRun run = CliRun.of(null, "--db", db(), "extract", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("CA-PL").contains("2022-03-10").contains("Justin Trudeau")
                .contains("1: Canadian Prime Minister");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void jsonFromStandardInputImportsBackWithSourceQuoteAndOrigin() throws IOException {
        InputStream stdin = System.in;
        CliRun run;
        try {
            System.setIn(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)));
            run = CliRun.of(null, "--db", db(), "extract", "-", "--format", "json", "--publication", "Test Wire",
                    "--url", "https://example.org/a");
        } finally {
            System.setIn(stdin);
        }
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"origin\" : \"text\"").contains("Test Wire")
                .contains("\"quote\" : \"Canadian Prime Minister");
        Path json = Files.writeString(dir.resolve("drafts.json"), run.out());
        long before = count();
        CliRun imported = CliRun.of(null, "--db", db(), "import", json.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(count()).isEqualTo(before + 1);
        assertThat(CliRun.of(null, "--db", db(), "list", "--dyad", "CA-PL", "--format", "json").out())
                .contains("\"origin\" : \"text\"").contains("Test Wire");
    }

    private static final Path PAGE = Path.of("src", "test", "resources", "extract", "files", "page.html");

    @Test
    void anHtmlPageGivesDraftsWhoseSourceIsThePage() {
        CliRun run = CliRun.of(null, "--db", db(), "extract", PAGE.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"title\" : \"Ottawa and Warsaw Agree to Meet Again\"")
                .contains("\"publication\" : \"The Northern Ledger\"").contains("\"author\" : \"Anna Example\"")
                .contains("\"url\" : \"https://ledger.example.org/2022/03/ottawa-warsaw\"")
                .contains("\"date\" : \"2022-03-10\"").doesNotContain("Germany", "Spain", "Austria");
    }

    @Test
    void theOptionsWinOverWhatTheFileSays() {
        CliRun run = CliRun.of(null, "--db", db(), "extract", PAGE.toString(), "--format", "json",
                "--title", "My own title", "--author", "Someone Else");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"title\" : \"My own title\"").contains("\"author\" : \"Someone Else\"")
                .contains("\"publication\" : \"The Northern Ledger\"").doesNotContain("Anna Example");
    }

    @Test
    void aTextFileSaysWhatItsTopLinesSay() throws IOException {
        Path file = Files.writeString(dir.resolve("article.txt"), "Ottawa And Warsaw Talk\n\nBy Jane Sample\n\n" + TEXT);
        CliRun run = CliRun.of(null, "--db", db(), "extract", file.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"title\" : \"Ottawa And Warsaw Talk\"").contains("\"author\" : \"Jane Sample\"")
                .contains("\"publication\" : \"Test\"");
    }

    @Test
    void aFileThatIsNoArticleIsOneLineNamingIt() throws IOException {
        Path pdf = Files.write(dir.resolve("scan.txt"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        CliRun run = CliRun.of(null, "--db", db(), "extract", pdf.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("scan.txt").contains("PDF");
    }

    @Test
    void aMissingFileIsOneLineAndExitTwo() {
        CliRun run = CliRun.of(null, "--db", db(), "extract", dir.resolve("nope.txt").toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().lines()).singleElement().asString().contains("nope.txt");
    }
}
