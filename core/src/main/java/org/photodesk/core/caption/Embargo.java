package org.photodesk.core.caption;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.photodesk.core.text.DateMentions;

/** Reads the end of an embargo from agency restriction text ("EMBARGOED UNTIL 0001 GMT AUGUST 12, 2024"). */
final class Embargo {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:\\d{2}))");
    /** Longest text read: restriction clauses are short, and this keeps every pattern cheap on any input. */
    private static final int MAX = 300;
    private static final Pattern TIME = Pattern.compile(
            "\\b(\\d{1,2}):?(\\d{2})\\s*(GMT|UTC|BST|CET|CEST|EDT|EST|ET|Z)?\\b", Pattern.CASE_INSENSITIVE);

    private Embargo() {}

    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        text = text.length() > MAX ? text.substring(0, MAX) : text;
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            try {
                return OffsetDateTime.parse(iso.group(1)).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        List<DateMentions.DateMention> dates = DateMentions.find(text, 0, text.length());
        if (dates.isEmpty()) {
            return null;
        }
        LocalDate date = dates.getFirst().dateOr(0);
        if (date == null) {
            return null;
        }
        Matcher t = TIME.matcher(text);
        while (t.find()) {
            if (t.start() >= dates.getFirst().start() && t.end() <= dates.getFirst().end()) {
                continue;
            }
            int h = Integer.parseInt(t.group(1));
            int m = Integer.parseInt(t.group(2));
            if (h > 23 || m > 59) {
                continue;
            }
            return OffsetDateTime.of(date, LocalTime.of(h, m), offset(t.group(3))).toInstant();
        }
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        return switch (zone.toUpperCase(Locale.ROOT)) {
            case "BST", "CET" -> ZoneOffset.ofHours(1);
            case "CEST" -> ZoneOffset.ofHours(2);
            case "EDT", "ET" -> ZoneOffset.ofHours(-4);
            case "EST" -> ZoneOffset.ofHours(-5);
            default -> ZoneOffset.UTC;
        };
    }
}
