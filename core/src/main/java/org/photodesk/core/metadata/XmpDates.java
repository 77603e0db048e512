package org.photodesk.core.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.Problem;

/** Parses the dates of XMP (ISO 8601, maybe partial) and EXIF ({@code YYYY:MM:DD HH:MM:SS}). */
final class XmpDates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:[-:](\\d{2})(?:[-:](\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
                    + "(Z|[+-]\\d{2}:?\\d{2})?)?)?)?");

    private XmpDates() {}

    /**
     * Parses an XMP or EXIF date; a date without day, an impossible date or an unreadable one becomes a problem
     * naming {@code where}.
     */
    static Optional<DateCreated> parse(String text, String where, List<Problem> problems) {
        String s = text.strip();
        Matcher m = ISO.matcher(s);
        if (!m.matches()) {
            problems.add(invalid(where, s, "is not an ISO 8601 date"));
            return Optional.empty();
        }
        if (m.group(3) == null) {
            problems.add(Problem.inField("date.partial", "dateCreated", where + " '" + s
                    + "' gives no day, so it was not used; add the full date if it is known."));
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            if (m.group(4) == null) {
                return Optional.of(DateCreated.ofDate(date));
            }
            int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
            LocalTime time = LocalTime.of(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6), nanos);
            return Optional.of(new DateCreated(date, time, offset(m.group(8))));
        } catch (DateTimeException e) {
            problems.add(invalid(where, s, "is not a real date or time"));
            return Optional.empty();
        }
    }

    /** Parses an offset such as {@code +02:00}, {@code -0530} or {@code Z}; null for null. */
    static ZoneOffset offset(String s) {
        if (s == null) {
            return null;
        }
        if (s.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String colon = s.length() == 5 ? s.substring(0, 3) + ":" + s.substring(3) : s;
        return ZoneOffset.of(colon);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Problem invalid(String where, String value, String why) {
        return Problem.inField("date.invalid", "dateCreated", where + " '" + value + "' " + why
                + ", so it was ignored; correct the date in the file's metadata.");
    }
}
