package org.diplotrack.extract;

/** The words of the text that decided one field of a draft. */
public record Evidence(Field field, Span span) {

    /** The fields a draft's words can decide. */
    public enum Field { COUNTRY_A, COUNTRY_B, PERSON_A, PERSON_B, TITLE_A, TITLE_B, VERB, DATE }
}
