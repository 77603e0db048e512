package org.photodesk.core.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.photodesk.core.text.DateMentions;

/**
 * Finds the days an event took place: dates written out, read by the same DateMentions as captions ("August 11,
 * 2024", "Aug. 11", "11 August 2024"), weekdays
 * read against the article's date ("Sunday" in an article of Monday 2024-08-12 is 2024-08-11), "yesterday" and
 * "last night", and photos' dates created. Days further than three days from the best attested one are left out.
 */
final class Dates {

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?!,?\\s+(?:" + MONTH + "|\\d))");
    private static final Pattern YESTERDAY = Pattern.compile("(?i)\\b(yesterday|last night)\\b");
    private static final int WINDOW_DAYS = 3;

    private Dates() {}

    /** A day and the unit saying it. */
    private record Seen(LocalDate date, String basis, Unit unit) {}

    static List<DateFact> find(List<Unit> units, Map<String, LocalDate> sourceDates) {
        List<Seen> seen = new ArrayList<>();
        for (Unit u : units) {
            LocalDate context = sourceDates.get(u.sourceId());
            if (context != null && u.first() && u.sourceId().startsWith("photo:")) {
                seen.add(new Seen(context, "photo", u));
            }
            scan(u, context, seen);
        }
        Map<LocalDate, List<Seen>> byDate = new TreeMap<>();
        seen.forEach(s -> byDate.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s));
        Optional<LocalDate> best = byDate.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<LocalDate, List<Seen>> e) -> e.getValue().size())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
        if (best.isEmpty()) {
            return published(sourceDates);
        }
        return byDate.entrySet().stream()
                .filter(e -> Math.abs(e.getKey().toEpochDay() - best.get().toEpochDay()) <= WINDOW_DAYS)
                .sorted(Comparator.comparingInt((Map.Entry<LocalDate, List<Seen>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new DateFact(e.getKey(), basis(e.getValue()),
                        e.getValue().stream().map(s -> s.unit().ref()).distinct().toList()))
                .toList();
    }

    /** The strongest basis among the sightings of one day: text, then photo, then weekday. */
    private static String basis(List<Seen> seen) {
        for (String b : List.of("text", "photo", "weekday")) {
            if (seen.stream().anyMatch(s -> s.basis().equals(b))) {
                return b;
            }
        }
        return seen.getFirst().basis();
    }

    private static List<DateFact> published(Map<String, LocalDate> sourceDates) {
        return sourceDates.entrySet().stream().filter(e -> !e.getKey().startsWith("photo:")).map(Map.Entry::getValue).filter(java.util.Objects::nonNull).distinct().sorted()
                .map(d -> new DateFact(d, "published", List.of())).toList();
    }

    private static void scan(Unit u, LocalDate context, List<Seen> out) {
        String t = u.text();
        boolean explicit = false;
        for (DateMentions.DateMention m : DateMentions.find(t, 0, t.length())) {
            LocalDate d = m.dateOr(context == null ? 0 : context.getYear());
            if (d != null) {
                out.add(new Seen(d, "text", u));
                explicit = true;
            }
        }
        Matcher m;
        if (!explicit && context != null) {
            m = WEEKDAY.matcher(t);
            while (m.find()) {
                DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                out.add(new Seen(context.with(TemporalAdjusters.previousOrSame(day)), "weekday", u));
            }
            if (YESTERDAY.matcher(t).find()) {
                out.add(new Seen(context.minusDays(1), "weekday", u));
            }
        }
    }


}
