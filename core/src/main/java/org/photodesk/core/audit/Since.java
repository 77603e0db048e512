package org.photodesk.core.audit;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "since when" as people write it for the audit log: an instant ({@code 2024-08-11T08:00:00Z}, with an offset,
 * or without one for UTC), a day ({@code 2024-08-11}, from midnight UTC), or a time ago ({@code 90m}, {@code 1h},
 * {@code 2d}, {@code 1w}, or ISO {@code PT1H30M}).
 */
public final class Since {

    private static final Pattern AGO = Pattern.compile("(\\d{1,9})\\s*(s|m|min|h|d|w)");

    private Since() {}

    /**
     * The instant {@code text} names, counting times ago back from {@code now}.
     *
     * @throws IllegalArgumentException saying what forms are understood, when {@code text} is none of them
     */
    public static Instant parse(String text, Instant now) {
        String t = text == null ? "" : text.strip();
        Matcher m = AGO.matcher(t.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return now.minus(switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m", "min" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            });
        }
        try {
            if (t.toUpperCase(Locale.ROOT).startsWith("P")) {
                return now.minus(Duration.parse(t));
            }
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (t.endsWith("Z") || t.endsWith("z")) {
                return Instant.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(t).toInstant();
            }
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + t + "' is not a time the audit log understands: give an instant "
                    + "such as 2024-08-11T08:00:00Z, a day such as 2024-08-11, or a time ago such as 90m, 1h, 2d, 1w.");
        }
    }
}
