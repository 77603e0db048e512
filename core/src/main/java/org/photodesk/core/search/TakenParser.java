package org.photodesk.core.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the value of a {@code taken:} filter into a {@link Query.Taken} day range: a day {@code 2024-08-11}, a month
 * {@code 2024-08} or a year {@code 2024}; a comparison {@code >2024-08-01}, {@code >=…}, {@code <…}, {@code <=…}; or a
 * range {@code 2024-08-01..2024-08-12}, either end of which may be left open. Each end may be a day, month or year:
 * {@code >2024-08} starts on 1 September, {@code 2024-07..2024-08} runs to 31 August.
 */
final class TakenParser {

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final String FORMS = "write taken:YYYY-MM-DD, taken:YYYY-MM or taken:YYYY,"
            + " a range taken:2024-08-01..2024-08-12, or a comparison taken:>2024-08-01";

    private final String query;

    private TakenParser(String query) {
        this.query = query;
    }

    /** Parses {@code value}, found at index {@code at} of {@code query}. */
    static Query.Taken parse(String query, String value, int at) {
        return new TakenParser(query).taken(value, at);
    }

    /** The first and last day of a day, month or year. */
    private record Period(LocalDate first, LocalDate last) {}

    private Query.Taken taken(String value, int at) {
        int dots = value.indexOf("..");
        if (dots >= 0) {
            return range(value, at, dots);
        }
        if (value.startsWith(">=")) {
            return new Query.Taken(period(value.substring(2), at + 2, ">=").first(), null);
        }
        if (value.startsWith("<=")) {
            return new Query.Taken(null, period(value.substring(2), at + 2, "<=").last());
        }
        if (value.startsWith(">")) {
            return new Query.Taken(period(value.substring(1), at + 1, ">").last().plusDays(1), null);
        }
        if (value.startsWith("<")) {
            return new Query.Taken(null, period(value.substring(1), at + 1, "<").first().minusDays(1));
        }
        Period p = period(value, at, null);
        return new Query.Taken(p.first(), p.last());
    }

    private Query.Taken range(String value, int at, int dots) {
        String left = value.substring(0, dots);
        String right = value.substring(dots + 2);
        if (left.isEmpty() && right.isEmpty()) {
            throw new QuerySyntaxException(query, at, "the range '..' has no dates: put a date on at least one side,"
                    + " as in taken:2024-08-01..2024-08-12 or taken:2024-08-01..");
        }
        LocalDate from = left.isEmpty() ? null : period(left, at, null).first();
        LocalDate to = right.isEmpty() ? null : period(right, at + dots + 2, "..").last();
        if (from != null && to != null && from.isAfter(to)) {
            throw new QuerySyntaxException(query, at, "the range " + value + " ends before it starts:"
                    + " write the earlier date first, as in taken:" + right + ".." + left);
        }
        return new Query.Taken(from, to);
    }

    private Period period(String text, int at, String after) {
        if (text.isEmpty()) {
            throw new QuerySyntaxException(query, at, "a date is missing after '" + after + "': " + FORMS);
        }
        Matcher m = PERIOD.matcher(text);
        if (!m.matches()) {
            throw new QuerySyntaxException(query, at, "'" + text + "' is not a date: " + FORMS);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new QuerySyntaxException(query, at + m.start(2), "there is no month " + m.group(2)
                    + " in '" + text + "': months run from 01 to 12, as in taken:" + year + "-08-11");
        }
        YearMonth ym = YearMonth.of(year, month);
        if (m.group(3) == null) {
            return new Period(ym.atDay(1), ym.atEndOfMonth());
        }
        int day = Integer.parseInt(m.group(3));
        if (day < 1 || day > ym.lengthOfMonth()) {
            throw new QuerySyntaxException(query, at + m.start(3), "there is no day " + m.group(3)
                    + " in " + ym + ": it has days 01 to " + ym.lengthOfMonth());
        }
        LocalDate date = ym.atDay(day);
        return new Period(date, date);
    }
}
