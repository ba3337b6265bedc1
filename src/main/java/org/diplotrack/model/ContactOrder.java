package org.diplotrack.model;

/** How a list of contacts is sorted: by one key, then by date and id. */
public record ContactOrder(Key key, boolean ascending) {

    public enum Key { DATE, COUNTRIES, LEVEL, MODE, STATUS }

    public static final ContactOrder BY_DATE = new ContactOrder(Key.DATE, true);

    public ContactOrder {
        if (key == null) {
            throw new IllegalArgumentException("sort key is required");
        }
    }
}
