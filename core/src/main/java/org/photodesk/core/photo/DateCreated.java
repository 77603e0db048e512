package org.photodesk.core.photo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * When a photo was taken, as precisely as its metadata says: a date, maybe a time, maybe a UTC offset.
 *
 * <p>IPTC keeps date (2:55) and time (2:60) apart, and EXIF's DateTimeOriginal has no zone unless
 * OffsetTimeOriginal is set, so each part may be missing independently of the others.
 */
public record DateCreated(LocalDate date, LocalTime time, ZoneOffset offset) {

    public DateCreated {
        Objects.requireNonNull(date, "date");
        if (time == null && offset != null) {
            offset = null;
        }
    }

    /** A date with no time. */
    public static DateCreated ofDate(LocalDate date) {
        return new DateCreated(date, null, null);
    }

    /** ISO-8601: {@code 2024-08-11}, {@code 2024-08-11T21:04:05} or {@code 2024-08-11T21:04:05+02:00}. */
    public String iso() {
        if (time == null) {
            return date.toString();
        }
        String local = date + "T" + time.format(DateTimeFormatter.ISO_LOCAL_TIME);
        return offset == null ? local : local + offset.getId().replace("Z", "+00:00");
    }

    /** The instant, when both time and offset are known. */
    public Optional<OffsetDateTime> offsetDateTime() {
        return time == null || offset == null ? Optional.empty() : Optional.of(OffsetDateTime.of(date, time, offset));
    }

    /** Parses what {@link #iso()} writes; returns empty for anything else. */
    public static Optional<DateCreated> parse(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        try {
            if (iso.length() == 10) {
                return Optional.of(ofDate(LocalDate.parse(iso)));
            }
            int t = iso.indexOf('T');
            LocalDate date = LocalDate.parse(iso.substring(0, t));
            String rest = iso.substring(t + 1);
            int sign = Math.max(rest.indexOf('+'), rest.indexOf('-'));
            if (rest.endsWith("Z")) {
                return Optional.of(new DateCreated(date, LocalTime.parse(rest.substring(0, rest.length() - 1)), ZoneOffset.UTC));
            }
            if (sign < 0) {
                return Optional.of(new DateCreated(date, LocalTime.parse(rest), null));
            }
            return Optional.of(new DateCreated(date, LocalTime.parse(rest.substring(0, sign)), ZoneOffset.of(rest.substring(sign))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
