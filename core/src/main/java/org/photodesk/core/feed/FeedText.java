package org.photodesk.core.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.photodesk.core.photo.DateCreated;

/** Text and date clean-up shared by the feed readers: whitespace folded, blanks as null, lenient ISO dates. */
final class FeedText {

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private FeedText() {}

    /**
     * Folds runs of white space (pretty-printed XML indents captions) into one space and strips the ends; null for
     * null or blank text.
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String folded = SPACE.matcher(text).replaceAll(" ").strip();
        return folded.isEmpty() ? null : folded;
    }

    /** An ISO-8601 date-time as an instant; a date-time without offset is taken as UTC; empty for anything else. */
    static Optional<Instant> instant(String text) {
        String t = clean(text);
        if (t == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException e) {
            return localInstant(t);
        }
    }

    private static Optional<Instant> localInstant(String t) {
        try {
            return Optional.of(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    /** When the content was created, as precisely as given: a date, a local date-time or one with an offset. */
    static Optional<DateCreated> dateCreated(String text) {
        String t = clean(text);
        if (t == null) {
            return Optional.empty();
        }
        try {
            OffsetDateTime odt = OffsetDateTime.parse(t);
            return Optional.of(new DateCreated(odt.toLocalDate(), odt.toLocalTime(), odt.getOffset()));
        } catch (DateTimeParseException e) {
            return DateCreated.parse(t).or(() -> localDateCreated(t));
        }
    }

    private static Optional<DateCreated> localDateCreated(String t) {
        try {
            LocalDateTime ldt = LocalDateTime.parse(t);
            return Optional.of(new DateCreated(ldt.toLocalDate(), ldt.toLocalTime(), null));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A non-negative integer, or null for anything else (sizes and dimensions). */
    static Long number(String text) {
        String t = clean(text);
        if (t == null || t.length() > 18 || !t.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(t);
    }

    /** A non-negative int, or null when absent, malformed or too large. */
    static Integer smallNumber(String text) {
        Long n = number(text);
        return n == null || n > Integer.MAX_VALUE ? null : n.intValue();
    }
}
