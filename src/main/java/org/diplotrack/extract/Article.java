package org.diplotrack.extract;

import org.diplotrack.model.PartialDate;

/** What is known of the article besides its text; every field may be null. */
public record Article(String publication, String title, String author, String url, PartialDate date) {

    public static final Article NONE = new Article(null, null, null, null, null);

    /** This article with the fields of {@code other} that this one lacks. */
    public Article orElse(Article other) {
        return new Article(publication != null ? publication : other.publication(),
                title != null ? title : other.title(), author != null ? author : other.author(),
                url != null ? url : other.url(), date != null ? date : other.date());
    }
}
