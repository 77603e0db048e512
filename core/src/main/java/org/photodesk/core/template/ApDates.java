package org.photodesk.core.template;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates written in Associated Press style, as captions want them: {@code Aug. 11, 2024}, with the weekday
 * {@code Sunday}. AP Stylebook, "months": spell out March, April, May, June and July; abbreviate the others when
 * used with a specific date as Jan., Feb., Aug., Sept., Oct., Nov. and Dec. (Sept., never Sep.); no ordinal
 * suffixes ("Aug. 11", not "Aug. 11th").
 */
public final class ApDates {

    private static final String[] MONTHS = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
        "Sept.", "Oct.", "Nov.", "Dec."};

    private ApDates() {}

    /** {@code Aug. 11, 2024}. */
    public static String date(LocalDate date) {
        return month(date) + " " + date.getDayOfMonth() + ", " + date.getYear();
    }

    /** The month with a specific date, AP style: {@code Aug.}, {@code March}, {@code Sept.}. */
    public static String month(LocalDate date) {
        return MONTHS[date.getMonthValue() - 1];
    }

    /** The weekday spelt out, as AP writes it: {@code Sunday}. */
    public static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
    }
}
