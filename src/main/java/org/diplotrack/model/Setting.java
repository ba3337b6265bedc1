package org.diplotrack.model;

/** Bilateral, or on the margins of a multilateral event (with the event's name). */
public record Setting(Kind kind, String event) {

    public enum Kind {
        BILATERAL, MULTILATERAL;

        public String code() {
            return Codes.of(this);
        }

        public static Kind fromCode(String code) {
            return Codes.parse(Kind.class, values(), code);
        }
    }

    public static final Setting BILATERAL = new Setting(Kind.BILATERAL, null);

    public Setting {
        if (kind == null) {
            throw new IllegalArgumentException("setting kind is required");
        }
        event = Text.blankToNull(event);
    }

    public static Setting multilateral(String event) {
        return new Setting(Kind.MULTILATERAL, event);
    }

    public String label() {
        return kind == Kind.BILATERAL ? "bilateral" : event == null ? "multilateral" : "multilateral: " + event;
    }
}
