package org.diplotrack.extract;

import java.util.Objects;

/**
 * An article read from a file or typed in: the text to draft contacts from, and what the file or
 * the text itself says about the article (title, author, publication, date, address; any may be
 * null). Made by {@link ArticleFiles}.
 */
public record ArticleText(String text, Article article) {

    public ArticleText {
        Objects.requireNonNull(text, "text");
        article = article == null ? Article.NONE : article;
    }
}
