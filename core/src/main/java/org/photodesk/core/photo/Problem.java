package org.photodesk.core.photo;

import java.util.Objects;

/**
 * A problem found in a photo, its metadata or its caption, kept as data: what is wrong, where, and how to fix it.
 *
 * @param code stable machine-readable code, such as {@code iim.truncated} or {@code caption.weekday}
 * @param message one sentence for a person: what is wrong and how to fix it
 * @param field the metadata field concerned (for example {@code caption}), or null when it concerns the file
 * @param span the characters of that field the problem covers, or null
 * @param fix the suggested replacement text for the span, or null when there is none
 */
public record Problem(String code, String message, String field, Span span, String fix) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** A problem about the whole file or value, with no span and no fix. */
    public static Problem of(String code, String message) {
        return new Problem(code, message, null, null, null);
    }

    /** A problem about one field, with no span and no fix. */
    public static Problem inField(String code, String field, String message) {
        return new Problem(code, message, field, null, null);
    }

    /** A half-open range of characters {@code [start, end)} in a text. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a valid range");
            }
        }

        /** The text this span covers in {@code text}. */
        public String of(String text) {
            return text.substring(start, end);
        }
    }
}
