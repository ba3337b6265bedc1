package org.diplotrack.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplotrack.extract.Article;
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
 * {@code extract}: drafts contacts from the plain text of an article (issue 15) and prints them,
 * as a table or as native JSON that {@code import} saves. Nothing is written to the record.
 */
@Command(name = "extract", mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {
    /** Texts longer than this are refused rather than read whole into memory. */
    private static final int MAX_BYTES = 4 * ContactExtractor.MAX_CHARS;

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
        String text = read();
        List<Draft> drafts = new ContactExtractor().extract(text, new Article(publication, title, author, url, date));
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

    private String read() {
        try {
            byte[] bytes;
            if (file.equals("-")) {
                InputStream in = System.in;
                bytes = in.readNBytes(MAX_BYTES + 1);
            } else {
                Path path = Path.of(file);
                try (InputStream in = Files.newInputStream(path)) {
                    bytes = in.readNBytes(MAX_BYTES + 1);
                }
            }
            if (bytes.length > MAX_BYTES) {
                throw new ParameterException(spec.commandLine(), Localization.text("cli.extract.tooLong", file, MAX_BYTES));
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), Localization.text("cli.extract.unreadable", file,
                    String.valueOf(e.getMessage())));
        }
    }
}
