package org.photodesk.core.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a caption writes, in the agencies' forms: AP "Sunday, Aug. 11, 2024", Reuters "August 11, 2024",
 * EPA "11 August 2024" and "11/08/2024", dpa "11.08.2024", PA "Sunday August 11, 2024", Getty datelines "AUGUST 11:",
 * and ISO "2024-08-11".
 */
public final class DateMentions {

    /**
     * One date written in a text.
     *
     * @param year the year, or 0 when the text leaves it out
     * @param weekday the weekday written with it, or null
     * @param monthText the month exactly as written ("Aug.", "August", "AUGUST")
     */
    public record DateMention(int start, int end, int year, Month month, int day, DayOfWeek weekday,
            int weekdayStart, int weekdayEnd, String monthText, int monthStart) {

        /** The date, when the year is known and the day exists. */
        public LocalDate dateOr(int fallbackYear) {
            int y = year > 0 ? year : fallbackYear;
            if (y <= 0) {
                return null;
            }
            try {
                return LocalDate.of(y, month, day);
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] ABBR = {"Jan", "Feb", "Mar", "Apr", null, "Jun", "Jul", "Aug", "Sept", "Oct", "Nov",
        "Dec"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String MONTH_RE = monthAlternation();
    private static final String DAY_RE = dayAlternation();
    private static final Pattern DATE = Pattern.compile(
            "(?=[A-Z0-9])(?:\\b(?<wd1>" + DAY_RE + ")(?:,\\s*|\\s+))?\\b(?<m1>" + MONTH_RE + ")\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\b"
                    + "(?:,?\\s+(?<y1>(?:19|20)\\d\\d)\\b)?"
                    + "|(?:\\b(?<wd2>" + DAY_RE + ")(?:,\\s*|\\s+)(?:the\\s+)?)?\\b(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
                    + "(?<m2>" + MONTH_RE + ")(?![\\p{L}])(?:,?\\s+(?<y2>(?:19|20)\\d\\d)\\b)?"
                    + "|\\b(?<iy>(?:19|20)\\d\\d)-(?<im>[01]\\d)-(?<id>[0-3]\\d)\\b"
                    + "|\\b(?<nd>[0-3]?\\d)(?<ns>[./])(?<nm>[01]?\\d)\\k<ns>(?<ny>(?:19|20)\\d\\d)\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(" + DAY_RE + ")\\b");

    private static final String[] MONTHS_LOWER = java.util.Arrays.stream(MONTHS)
            .map(m -> m.toLowerCase(Locale.ROOT)).toArray(String[]::new);

    private DateMentions() {}

    private static String monthAlternation() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            String m = MONTHS[i];
            b.append(m).append('|').append(m.toUpperCase(Locale.ROOT)).append('|');
            if (ABBR[i] != null) {
                String a = ABBR[i];
                b.append(a).append("\\.?|").append(a.toUpperCase(Locale.ROOT)).append("\\.?|");
                if (a.equals("Sept")) {
                    b.append("Sep\\.?|SEP\\.?|");
                }
            }
        }
        return b.substring(0, b.length() - 1);
    }

    private static String dayAlternation() {
        StringBuilder b = new StringBuilder();
        for (String d : DAYS) {
            b.append(d).append('|').append(d.toUpperCase(Locale.ROOT)).append('|');
        }
        return b.substring(0, b.length() - 1);
    }

    /** The month a name or abbreviation ("Aug.", "AUGUST", "Sept") stands for. */
    public static Month month(String text) {
        int n = text.length();
        if (n < 3 || n > 10 || "jfmasondJFMASOND".indexOf(text.charAt(0)) < 0) {
            return null;
        }
        String t = text.replace(".", "").toLowerCase(Locale.ROOT);
        for (int i = 0; i < 12; i++) {
            if (t.length() >= 3 && MONTHS_LOWER[i].startsWith(t)) {
                return Month.of(i + 1);
            }
        }
        return null;
    }

    /** The weekday a name ("Sunday", "SUNDAY") stands for, or null. */
    public static DayOfWeek weekday(String text) {
        for (int i = 0; i < 7; i++) {
            if (DAYS[i].equalsIgnoreCase(text)) {
                return DayOfWeek.of(i + 1);
            }
        }
        return null;
    }

    /**
     * Every date written in {@code text} between {@code from} and {@code to}, in order. The pattern is tried only
     * where a word is a number, a month or a weekday (found by hash), which keeps long captions cheap.
     */
    public static List<DateMention> find(String text, int from, int to) {
        List<DateMention> out = new ArrayList<>(2);
        Matcher m = DATE.matcher(text);
        int i = Math.max(0, from);
        int end = Math.min(to, text.length());
        while (i < end) {
            char c = text.charAt(i);
            boolean wordStart = (Character.isLetterOrDigit(c)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (!wordStart) {
                i++;
                continue;
            }
            int w = i;
            while (w < end && Character.isLetterOrDigit(text.charAt(w))) {
                w++;
            }
            if (Character.isDigit(c) || w - i >= 3 && "JFMASONDTWjfmasondtw".indexOf(c) >= 0
                    && STARTERS.contains(text.substring(i, w))) {
                m.region(i, end);
                if (m.lookingAt()) {
                    DateMention d = mention(m);
                    if (d != null) {
                        out.add(d);
                        i = Math.max(m.end(), i + 1);
                        continue;
                    }
                }
            }
            i = w;
        }
        return out;
    }

    private static final java.util.Set<String> STARTERS = starters();

    private static java.util.Set<String> starters() {
        java.util.Set<String> s = new java.util.HashSet<>();
        for (int k = 0; k < 12; k++) {
            s.add(MONTHS[k]);
            s.add(MONTHS[k].toUpperCase(Locale.ROOT));
            if (ABBR[k] != null) {
                s.add(ABBR[k]);
                s.add(ABBR[k].toUpperCase(Locale.ROOT));
            }
        }
        s.add("Sep");
        s.add("SEP");
        for (String d : DAYS) {
            s.add(d);
            s.add(d.toUpperCase(Locale.ROOT));
        }
        return java.util.Set.copyOf(s);
    }

    /** The first weekday named in {@code text} between {@code from} and {@code to}, as {@code [start, end)}, or null. */
    public static int[] findWeekday(String text, int from, int to) {
        Matcher m = WEEKDAY.matcher(text).region(from, to);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    private static DateMention mention(Matcher m) {
        if (m.group("ny") != null) {
            // EPA and dpa write the day first: "23/07/2023", "18.09.2024"
            int d = Integer.parseInt(m.group("nd"));
            int mo = Integer.parseInt(m.group("nm"));
            return mo < 1 || mo > 12 || d < 1 || d > 31 ? null : new DateMention(m.start(), m.end(),
                    Integer.parseInt(m.group("ny")), Month.of(mo), d, null, -1, -1, m.group("nm"), m.start("nm"));
        }
        if (m.group("iy") != null) {
            int mo = Integer.parseInt(m.group("im"));
            int d = Integer.parseInt(m.group("id"));
            return mo < 1 || mo > 12 || d < 1 ? null : new DateMention(m.start(), m.end(),
                    Integer.parseInt(m.group("iy")), Month.of(mo), d, null, -1, -1, m.group("im"), m.start("im"));
        }
        boolean us = m.group("m1") != null;
        String mt = us ? m.group("m1") : m.group("m2");
        int day = Integer.parseInt(us ? m.group("d1") : m.group("d2"));
        String y = us ? m.group("y1") : m.group("y2");
        String wdName = us ? "wd1" : "wd2";
        String wd = m.group(wdName);
        Month month = month(mt);
        if (month == null || day < 1 || day > 31) {
            return null;
        }
        return new DateMention(m.start(), m.end(), y == null ? 0 : Integer.parseInt(y), month, day,
                wd == null ? null : weekday(wd), wd == null ? -1 : m.start(wdName), wd == null ? -1 : m.end(wdName),
                mt, us ? m.start("m1") : m.start("m2"));
    }
}
