package org.diplotrack.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;

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
            throw new IllegalArgumentException("a source needs a publication, a title or a URL");
        }
        if (url != null && !isWebUrl(url)) {
            throw new IllegalArgumentException("source URL '" + url + "' must start with http:// or https://");
        }
    }

    /** True for absolute http and https URLs with a host. */
    public static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** "UrduPoint News, 2022-01-29: Russian Ambassador Regrets …" */
    public String label() {
        StringBuilder sb = new StringBuilder(Text.nullToEmpty(publication));
        if (published != null) {
            sb.append(sb.isEmpty() ? "" : ", ").append(published);
        }
        if (title != null) {
            sb.append(sb.isEmpty() ? "" : ": ").append(title);
        }
        return sb.isEmpty() ? url : sb.toString();
    }
}
