package org.photodesk.core.feed;

import java.util.Locale;

/**
 * The publishing status of an item (IPTC Publishing Status NewsCodes, {@code stat:}; ninjs {@code pubStatus}):
 * usable by default, withheld for now, or canceled (the agency's kill: the item must not be used at all).
 */
public enum PubStatus {
    USABLE,
    WITHHELD,
    CANCELED;

    /**
     * Reads {@code stat:usable}, {@code usable}, a cv.iptc.org URI or a bare word; null for an unknown value. Accepts
     * "cancelled" and "killed" too, which agencies write by hand.
     */
    static PubStatus parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        v = v.substring(Math.max(v.lastIndexOf(':'), v.lastIndexOf('/')) + 1);
        return switch (v) {
            case "usable" -> USABLE;
            case "withheld" -> WITHHELD;
            case "canceled", "cancelled", "killed", "kill" -> CANCELED;
            default -> null;
        };
    }
}
