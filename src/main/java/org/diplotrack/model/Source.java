package org.diplotrack.model;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.diplotrack.model.l10n.DisplayFormats;
import org.diplotrack.model.l10n.Localization;

/**
 * Where a contact is known from. The URL, when present, must be http or https, so that opening
 * it can never run anything.
 */
public record Source(String publication, String title, String author, String url,
                     PartialDate published, LocalDate accessed, String quote) {

    public Source {
        publication = Text.blankToNull(publication);
        title = Text.blankToNull(title);
        author = Text.blankToNull(author);
        url = Text.blankToNull(url);
        quote = Text.blankToNull(quote);
        if (publication == null && title == null && url == null) {
            throw new IllegalArgumentException(Localization.text("error.source.empty"));
        }
        if (url != null && !isWebUrl(url)) {
            throw new IllegalArgumentException(Localization.text("error.source.url", url));
        }
    }

    /**
     * True for http and https addresses with a host and no white space. Lenient about the rest,
     * because addresses copied from browsers often carry unescaped characters.
     */
    public static boolean isWebUrl(String url) {
        return url != null && WEB_URL.matcher(url).matches();
    }

    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://[^\\s/?#@]+(?:[/?#]\\S*)?");

    /** "UrduPoint News, Jan 29, 2022: Russian Ambassador Regrets …", its date as the language writes it. */
    public String label() {
        StringBuilder sb = new StringBuilder(Text.nullToEmpty(publication));
        if (published != null) {
            sb.append(sb.isEmpty() ? "" : ", ").append(DisplayFormats.date(published));
        }
        if (title != null) {
            sb.append(sb.isEmpty() ? "" : ": ").append(title);
        }
        return sb.isEmpty() ? url : sb.toString();
    }
}
