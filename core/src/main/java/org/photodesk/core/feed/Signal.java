package org.photodesk.core.feed;

import java.util.Locale;
import java.util.Objects;

/**
 * An instruction from the agency that an item needs special handling, with the words it came with.
 *
 * @param kind what the desk must do about it
 * @param code where it came from: a NewsML-G2 signal QCode such as {@code sig:correction}, a ninjs signal value,
 *     {@code pubStatus} for a kill by status, or {@code edNote} when it was read from the editorial note's words
 * @param text the agency's words (its editorial note, or the signal's name), or null
 */
public record Signal(Kind kind, String code, String text) {

    public Signal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** The kinds of signal a picture desk acts on. */
    public enum Kind {
        /** The item corrects an earlier version (IPTC {@code sig:correction}; "CORRECTS ..." in an editorial note). */
        CORRECTION,
        /** The item updates or re-files an earlier version (IPTC {@code sig:update}; "REFILE", "UPDATE"). */
        UPDATE,
        /** The agency withdraws the item: kill, withdrawal, elimination ({@code stat:canceled}, "KILL"). */
        KILL,
        /** Any other signal, kept for the desk to read. */
        OTHER;

        /** The kind a signal code names, from its last segment ({@code sig:correction}, {@code .../correction}). */
        static Kind ofCode(String code) {
            String c = code.strip().toLowerCase(Locale.ROOT);
            c = c.substring(Math.max(c.lastIndexOf(':'), c.lastIndexOf('/')) + 1);
            return switch (c) {
                case "correction", "correct", "corrected", "corrects" -> CORRECTION;
                case "update", "refile", "refiled", "updated" -> UPDATE;
                case "kill", "killed", "withdraw", "withdrawn", "withdrawal", "elimination", "eliminate" -> KILL;
                default -> OTHER;
            };
        }
    }
}
