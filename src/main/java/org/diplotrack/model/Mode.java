package org.diplotrack.model;

/** The form a contact takes. */
public enum Mode {
    VISIT("visit"),
    HOSTED_VISIT("hosted visit"),
    THIRD_LOCATION("meeting at a third location"),
    PHONE_CALL("phone call"),
    VIDEO_CALL("video call"),
    CORRESPONDENCE("correspondence"),
    NEGOTIATION("negotiation / talks"),
    EMBASSY_CHANNEL("embassy channel"),
    STATEMENT("statement / offer"),
    OTHER("other");

    private final String label;

    Mode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return Codes.of(this);
    }

    public static Mode fromCode(String code) {
        return Codes.parse(Mode.class, values(), code);
    }
}
