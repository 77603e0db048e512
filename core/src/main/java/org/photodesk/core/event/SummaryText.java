package org.photodesk.core.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The events list as text, kept in the {@link EventStore} so a desk that starts again shows it without grouping:
 * one line per event, its group's fingerprint (empty when an editor's decision shaped it) and its summary.
 */
final class SummaryText {

    /**
     * One kept line: the fingerprint of the group it was made from ("" when not reusable: shaped by a decision, or
     * stale), the group's key ("" for an event shaped by a decision) and the summary.
     */
    record Line(String fingerprint, String group, EventBook.Summary summary) {}

    private SummaryText() {}

    /** {@code lines} as text. */
    static String write(List<Line> lines) {
        StringBuilder out = new StringBuilder();
        for (Line l : lines) {
            EventBook.Summary s = l.summary();
            out.append(String.join("\t", esc(l.fingerprint()), esc(l.group()), esc(s.id()), esc(s.name()),
                    esc(s.dates().stream().map(LocalDate::toString).collect(Collectors.joining(","))), esc(s.venue()),
                    esc(s.city()), esc(s.country()), Integer.toString(s.articles()), Integer.toString(s.photos())))
                    .append('\n');
        }
        return out.toString();
    }

    /** The lines {@link #write} wrote as {@code text}. */
    static List<Line> read(String text) {
        List<Line> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            List<LocalDate> dates = f[4].isEmpty() ? List.of()
                    : Arrays.stream(f[4].split(",")).map(LocalDate::parse).toList();
            out.add(new Line(unesc(f[0]), unesc(f[1]), new EventBook.Summary(unesc(f[2]), unesc(f[3]), dates,
                    unesc(f[5]), unesc(f[6]), unesc(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9]))));
        }
        return out;
    }

    private static String esc(String s) {
        if (s == null) {
            return "\\0";
        }
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unesc(String s) {
        if (s.equals("\\0")) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
