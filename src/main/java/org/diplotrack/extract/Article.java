package org.diplotrack.extract;

import org.diplotrack.model.PartialDate;

/** What is known of the article besides its text; every field may be null. */
public record Article(String publication, String title, String url, PartialDate date) {

    public static final Article NONE = new Article(null, null, null, null);
}
