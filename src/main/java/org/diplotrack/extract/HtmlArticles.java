package org.diplotrack.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page reduced to its text by jsoup: the {@code <article>} (else {@code <main>}, else the
 * body) without scripts, styles, navigation, asides, forms, footers or the page's header, each
 * block a paragraph (blank line between), {@code <br>} a line break. The page is only parsed from
 * its bytes: jsoup fetches nothing (no base address is given), runs no script and loads no frame.
 */
final class HtmlArticles {
    /** Page furniture and things that are not text. */
    private static final String DROPPED = "script, style, noscript, template, nav, aside, form, footer, iframe, frame,"
            + " frameset, object, embed, svg, math, canvas, audio, video, button, select, textarea, dialog, [hidden]";
    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "caption", "dd", "details",
            "div", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
            "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "body");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?![\\d-])");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private HtmlArticles() {
    }

    /** A page from a file's bytes: the charset from a byte-order mark or a meta tag, else UTF-8, else Windows-1252. */
    static ArticleText read(byte[] bytes) throws IOException {
        Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        if (doc.charset().equals(StandardCharsets.UTF_8) && !declaresCharset(doc) && !ArticleFiles.isUtf8(bytes)) {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), ArticleFiles.windows1252().name(), "");
        }
        return read(doc);
    }

    /** A page already decoded (an e-mail's HTML part). */
    static ArticleText read(String html) {
        return read(Jsoup.parse(html, ""));
    }

    private static ArticleText read(Document doc) {
        Article meta = metadata(doc);
        String text = text(doc);
        return new ArticleText(text, meta.orElse(Byline.guess(text)));
    }

    private static boolean declaresCharset(Document doc) {
        return doc.selectFirst("meta[charset], meta[http-equiv=content-type]") != null;
    }

    /** What the page's head says: title, author, site, date, canonical address. */
    static Article metadata(Document doc) {
        String title = first(doc, "meta[property=og:title]", "meta[name=og:title]", "meta[name=twitter:title]");
        if (title == null) {
            title = clean(doc.title());
        }
        String author = null;
        for (String query : List.of("meta[name=author]", "meta[property=article:author]", "meta[name=article:author]")) {
            String value = first(doc, query);
            if (value != null && !Source.isWebUrl(value)) { // article:author is often a profile's address
                author = value;
                break;
            }
        }
        String publication = first(doc, "meta[property=og:site_name]", "meta[name=og:site_name]");
        PartialDate date = null;
        for (String query : List.of("meta[property=article:published_time]", "meta[name=article:published_time]",
                "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=dc.date]", "meta[name=dc.date.issued]")) {
            date = isoDay(first(doc, query));
            if (date != null) {
                break;
            }
        }
        if (date == null) {
            Element root = root(doc);
            Element time = root.selectFirst("time[pubdate][datetime]");
            if (time == null) {
                time = root.selectFirst("time[datetime]");
            }
            date = time == null ? null : isoDay(time.attr("datetime"));
        }
        String url = null;
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        for (String candidate : new String[] {canonical == null ? null : clean(canonical.attr("href")),
                first(doc, "meta[property=og:url]", "meta[name=og:url]")}) {
            if (Source.isWebUrl(candidate)) {
                url = candidate;
                break;
            }
        }
        return new Article(publication, title, author, url, date);
    }

    /** The article's text: paragraphs separated by a blank line, white space within them collapsed. */
    static String text(Document doc) {
        Document copy = doc.clone();
        copy.select(DROPPED).remove();
        // The page's header goes; an article's own header (its headline and byline) stays.
        for (Element header : copy.select("header")) {
            if (header.closest("article") == null) {
                header.remove();
            }
        }
        TextCollector collector = new TextCollector();
        NodeTraversor.traverse(collector, root(copy));
        return tidy(collector.out);
    }

    /** The longest outermost {@code <article>}, else {@code <main>}, else the body. */
    private static Element root(Document doc) {
        List<Element> outermost = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("article")) {
                    outermost.add(e);
                    return FilterResult.SKIP_CHILDREN; // a nested article is within this one's text
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
        Element article = outermost.stream().max(Comparator.comparingInt((Element e) -> e.text().length())).orElse(null);
        if (article != null) {
            return article;
        }
        Element main = doc.selectFirst("main");
        return main != null ? main : doc.body();
    }

    private static final class TextCollector implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private int pre;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                out.append(pre > 0 ? t.getWholeText() : SPACES.matcher(t.getWholeText()).replaceAll(" "));
            } else if (node instanceof Element e) {
                String name = e.normalName();
                if (name.equals("br")) {
                    out.append('\n');
                } else if (BLOCKS.contains(name)) {
                    out.append("\n\n");
                } else if (CELLS.contains(name)) {
                    space();
                }
                if (name.equals("pre") || name.equals("textarea")) {
                    pre++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String name = e.normalName();
                if (BLOCKS.contains(name)) {
                    out.append("\n\n");
                } else if (CELLS.contains(name)) {
                    space();
                }
                if (name.equals("pre") || name.equals("textarea")) {
                    pre--;
                }
            }
        }

        /** Table cells apart, by one space. */
        private void space() {
            if (!out.isEmpty() && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                out.append(' ');
            }
        }
    }

    /** Spaces at the ends of lines dropped, at most one blank line in a row, none at the ends. */
    private static String tidy(CharSequence raw) {
        String text = Pattern.compile("[ \\t]+(?=\\n)|(?<=\\n)[ \\t]+").matcher(raw).replaceAll("");
        return Pattern.compile("\\n{3,}").matcher(text).replaceAll("\n\n").strip();
    }

    private static String first(Document doc, String... queries) {
        for (String query : queries) {
            Element e = doc.selectFirst(query);
            String value = e == null ? null : clean(e.attr("content"));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String v = SPACES.matcher(value).replaceAll(" ").strip();
        return v.isEmpty() ? null : v;
    }

    /** The day (or month, or year) an ISO date-time starts with, as written there: "2022-01-29T23:10-05:00" is the 29th. */
    static PartialDate isoDay(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DAY.matcher(value);
        if (!m.find()) {
            return null;
        }
        try {
            return PartialDate.parse(m.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
