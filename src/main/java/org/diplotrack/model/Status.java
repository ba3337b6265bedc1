package org.diplotrack.model;

/** Whether a contact took place, or where an offer of one stands. */
public enum Status {
    HELD("held"),
    SCHEDULED("scheduled"),
    INVITED("invited"),
    PROPOSED("proposed"),
    DECLINED("declined"),
    CANCELLED("cancelled");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return Codes.of(this);
    }

    /** Held contacts happened; the others are plans, offers or refusals. */
    public boolean happened() {
        return this == HELD;
    }

    public static Status fromCode(String code) {
        return Codes.parse(Status.class, values(), code);
    }
}
