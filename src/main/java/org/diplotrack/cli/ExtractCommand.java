package org.diplotrack.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplotrack.extract.Article;
import org.diplotrack.extract.ArticleFileException;
import org.diplotrack.extract.ArticleFiles;
import org.diplotrack.extract.ArticleText;
import org.diplotrack.extract.ContactExtractor;
import org.diplotrack.extract.Draft;
import org.diplotrack.io.NativeJsonWriter;
import org.diplotrack.model.Contact;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.l10n.Localization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code extract}: drafts contacts from an article (issue 15) — plain text, an HTML page or an
 * e-mail message, read by {@link ArticleFiles} — and prints them, as a table or as native JSON
 * that {@code import} saves. The options name the article for the drafts' source and win over
 * what the file says. Nothing is written to the record.
 */
@Command(name = "extract", mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    private String file;

    @Option(names = "--date", paramLabel = "DATE", converter = Converters.DateConverter.class)
    private PartialDate date;

    @Option(names = "--publication", paramLabel = "TEXT")
    private String publication;

    @Option(names = "--title", paramLabel = "TEXT")
    private String title;

    @Option(names = "--author", paramLabel = "TEXT")
    private String author;

    @Option(names = "--url", paramLabel = "URL")
    private String url;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table")
    private Format format;

    @Override
    public Integer call() {
        if (url != null && !org.diplotrack.model.Source.isWebUrl(url)) {
            throw new ParameterException(spec.commandLine(), Localization.text("error.source.url", url));
        }
        ArticleText article = read();
        String text = article.text();
        Article described = new Article(publication, title, author, url, date).orElse(article.article());
        List<Draft> drafts = new ContactExtractor().extract(text, described);
        PrintWriter out = spec.commandLine().getOut();
        List<Contact> contacts = drafts.stream().map(Draft::contact).toList();
        if (format == Format.json) {
            new NativeJsonWriter().write(contacts, out);
        } else {
            List<Contact> numbered = new ArrayList<>();
            for (int i = 0; i < contacts.size(); i++) {
                numbered.add(contacts.get(i).withId(i + 1, null, null));
            }
            new ContactTable().print(numbered, out);
            for (int i = 0; i < drafts.size(); i++) {
                // The sentence as it is, control characters shown as spaces so the terminal stays sane.
                out.println(Localization.text("cli.extract.sentence", i + 1,
                        drafts.get(i).sentence().of(text).replaceAll("\\p{Cntrl}", " ")));
            }
        }
        out.flush();
        return 0;
    }

    /** The file, by its name's ending; {@code -}: standard input, as plain text. */
    private ArticleText read() {
        try {
            return file.equals("-") ? ArticleFiles.read(System.in, Localization.text("cli.extract.stdin"))
                    : ArticleFiles.read(Path.of(file));
        } catch (ArticleFileException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), Localization.text("extract.file.unreadable", file,
                    String.valueOf(e.getMessage())));
        }
    }
}
