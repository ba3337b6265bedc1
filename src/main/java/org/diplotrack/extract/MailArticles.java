package org.diplotrack.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.FieldParser;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.field.ContentDispositionField;
import org.apache.james.mime4j.dom.field.DateTimeField;
import org.apache.james.mime4j.dom.field.MailboxListField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.dom.field.UnstructuredField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;
import org.diplotrack.model.PartialDate;
import org.diplotrack.model.l10n.Localization;

/**
 * An e-mail message (RFC 5322 and MIME, as a mail program saves it as {@code .eml}) read by
 * Apache James mime4j: Subject is the title, the From's display name the author, the Date
 * header's day (in its own time zone) the date; the text is the first text/plain part that is
 * not an attachment, else the first text/html part reduced to text. mime4j undoes
 * quoted-printable, base64 and encoded words; nested multiparts are walked (to a depth of
 * {@value #MAX_DEPTH}), attachments and attached messages skipped.
 *
 * <p>The message is read as a stream of tokens rather than built whole ({@code
 * DefaultMessageBuilder}): mime4j reads each level of nesting through one more stream, so a
 * message nested some thousands deep would overflow the stack; here reading stops at the limit.
 */
final class MailArticles {
    /** Deeper nesting than this is no message a person wrote: its parts are not looked into. */
    static final int MAX_DEPTH = 20;
    private static final Set<String> MAIL_HEADERS = Set.of("from", "subject", "date", "to", "message-id",
            "mime-version", "content-type");

    private MailArticles() {
    }

    static ArticleText read(byte[] bytes) throws IOException {
        // The file is at most 4 MB (ArticleFiles.MAX_BYTES): mime4j's own line and header limits
        // would only refuse real messages with long lines.
        MimeConfig config = new MimeConfig.Builder().setMaxLineLen(-1).setMaxHeaderLen(-1).setMaxHeaderCount(-1)
                .setMaxContentLen(-1).build();
        MimeTokenStream stream = new MimeTokenStream(config, DecodeMonitor.SILENT, new DefaultBodyDescriptorBuilder());
        stream.setRecursionMode(RecursionMode.M_NO_RECURSE); // an attached message is one opaque part
        FieldParser<ParsedField> fields = LenientFieldParser.getParser();
        Map<String, Field> top = new HashMap<>();
        boolean inTop = true;
        boolean attachment = false;
        int depth = 0;
        String plain = null;
        String html = null;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            stream.parse(in);
            read:
            for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM; state = stream.next()) {
                switch (state) {
                    case T_START_HEADER -> attachment = false;
                    case T_FIELD -> {
                        Field field = stream.getField();
                        String name = field.getName().toLowerCase(Locale.ROOT);
                        if (inTop) {
                            top.putIfAbsent(name, field);
                        }
                        if (name.equals("content-disposition")
                                && fields.parse(field, DecodeMonitor.SILENT) instanceof ContentDispositionField d) {
                            attachment = d.isAttachment();
                        }
                    }
                    case T_END_HEADER -> inTop = false;
                    case T_START_MULTIPART -> {
                        if (++depth > MAX_DEPTH) {
                            break read;
                        }
                    }
                    case T_END_MULTIPART -> depth--;
                    case T_BODY -> {
                        BodyDescriptor body = stream.getBodyDescriptor();
                        String type = body.getMimeType().toLowerCase(Locale.ROOT);
                        if (!attachment && (type.equals("text/plain") || type.equals("text/html") && html == null)) {
                            String text;
                            try (InputStream decoded = stream.getDecodedInputStream()) {
                                text = decode(decoded.readAllBytes(), body.getCharset());
                            }
                            if (type.equals("text/plain")) {
                                plain = text;
                                break read; // the headers are read, and plain text is what is wanted
                            }
                            html = text;
                        }
                    }
                    default -> {
                        // preamble, epilogue, the ends of parts: nothing to read
                    }
                }
            }
        } catch (MimeException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (Collections.disjoint(top.keySet(), MAIL_HEADERS)) {
            throw new IOException(Localization.text("extract.file.notMessage"));
        }
        String text;
        Article fromHtml = Article.NONE;
        if (plain != null) {
            // Lines end in CR LF on the wire; in the text they end in LF.
            text = plain.replace("\r\n", "\n");
        } else if (html != null) {
            ArticleText page = HtmlArticles.read(html);
            text = page.text();
            fromHtml = page.article();
        } else {
            text = "";
        }
        Article header = new Article(null, subject(top.get("subject"), fields), author(top.get("from"), fields), null,
                date(top.get("date"), fields));
        return new ArticleText(text, header.orElse(fromHtml).orElse(Byline.guess(text)));
    }

    /**
     * The part's text in its declared charset; when it declares none, US-ASCII (the default,
     * often wrong) or one Java lacks, as a plain text file is read: UTF-8, else Windows-1252.
     */
    private static String decode(byte[] bytes, String charset) {
        Charset declared = null;
        try {
            declared = charset == null ? null : Charset.forName(charset.strip());
        } catch (IllegalArgumentException e) {
            // unknown or illegal name: guess as for a text file
        }
        if (declared == null || declared.equals(StandardCharsets.US_ASCII)) {
            return ArticleFiles.decode(bytes);
        }
        if (declared.equals(StandardCharsets.ISO_8859_1)) {
            declared = ArticleFiles.windows1252(); // as browsers and mail programs read it
        }
        return new String(bytes, declared);
    }

    private static String subject(Field field, FieldParser<ParsedField> fields) {
        return field != null && fields.parse(field, DecodeMonitor.SILENT) instanceof UnstructuredField subject
                ? clean(subject.getValue()) : null;
    }

    private static String author(Field field, FieldParser<ParsedField> fields) {
        if (field == null || !(fields.parse(field, DecodeMonitor.SILENT) instanceof MailboxListField from)
                || from.getMailboxList() == null) {
            return null;
        }
        for (Mailbox mailbox : from.getMailboxList()) {
            String name = clean(mailbox.getName());
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** The day of the Date header as its sender wrote it ("Fri, 11 Mar 2022 23:40 -0500" is the 11th). */
    private static PartialDate date(Field field, FieldParser<ParsedField> fields) {
        if (field == null) {
            return null;
        }
        String value = field.getBody().replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
        try {
            try {
                return PartialDate.of(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value, OffsetDateTime::from).toLocalDate());
            } catch (DateTimeParseException e) {
                // An older form ("EST", a two-digit year): mime4j's lenient reading, in UTC.
            }
            Date parsed = fields.parse(field, DecodeMonitor.SILENT) instanceof DateTimeField d ? d.getDate() : null;
            return parsed == null ? null : PartialDate.of(parsed.toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
        } catch (IllegalArgumentException | DateTimeException e) {
            return null; // a year PartialDate does not take: no date rather than no article
        }
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String v = value.replaceAll("\\s+", " ").strip();
        return v.isEmpty() ? null : v;
    }
}
