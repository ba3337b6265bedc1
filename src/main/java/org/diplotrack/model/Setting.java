package org.diplotrack.model;

import org.diplotrack.model.l10n.Localization;

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

    /** As files write it: "bilateral", "multilateral" or "multilateral: EVENT" (never translated). */
    public String code() {
        return kind == Kind.BILATERAL ? "bilateral" : event == null ? "multilateral" : "multilateral: " + event;
    }

    /** As the window shows it, in the language in use. */
    public String label() {
        return kind == Kind.BILATERAL ? Localization.text("contact.setting.bilateral")
                : event == null ? Localization.text("contact.setting.multilateral")
                : Localization.text("contact.setting.multilateral.event", event);
    }
}
