package org.photodesk.core.event;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figures in sentences ("over 70,000 spectators", "a 77,000-capacity stadium", "just over two hours") and
 * compares those about the same or similar things.
 *
 * <p>A qualifier is read as a range: none is exact; "over", "more than" (at least one more) and "at least" are up to
 * half as much again; "just over" up to a tenth more; "about", "around", "some" within a tenth; "nearly", "almost" up to a tenth less;
 * "under", "up to" up to half less. Two figures agree when their ranges overlap.
 */
final class Figures {

    private static final String QUAL = "just over|just under|just more than|well over|slightly over|slightly more than"
            + "|more than|over|about|around|nearly|almost|roughly|approximately|some|up to|at least|fewer than"
            + "|less than|under";
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozen", 12));
    private static final String WORDS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three"
            + "|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            + "|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozen";
    private static final Pattern FIGURE = Pattern.compile("(?iu)(?:\\b(" + QUAL + ")\\s+)?(?<![\\d.,])\\b(\\d{1,3}(?:,\\d{3})+"
            + "(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|" + WORDS + ")(?:\\s+(hundred|thousand|million|billion))?\\b"
            + "(?:-([\\p{L}]+)(?:\\s+(\\p{Ll}+))?|\\s+([\\p{L}'’]+)(?:\\s+([\\p{L}'’]+))?)");
    private static final Pattern MONTH_BEFORE = Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s*$");
    private static final Set<String> NOT_NOUNS = Set.of("was", "is", "has", "this", "its", "his", "hers", "does",
            "days", "times", "years", "less", "plus", "minus", "as", "us", "yes", "thus", "across", "always");

    private Figures() {}

    /** The figures of the units, numbered in order. */
    static List<Figure> find(List<Unit> units) {
        List<Figure> out = new ArrayList<>();
        for (Unit u : units) {
            Matcher m = FIGURE.matcher(u.text());
            int from = 0;
            while (from < u.text().length() && m.find(from)) {
                Optional<Figure> f = figure(u, m, out.size() + 1);
                f.ifPresent(out::add);
                from = f.isPresent() ? m.end() : m.end(2);
            }
        }
        return out;
    }

    private static Optional<Figure> figure(Unit u, Matcher m, int n) {
        String text = u.text();
        if (MONTH_BEFORE.matcher(text.substring(0, m.start(2))).find()) {
            return Optional.empty();
        }
        String number = m.group(2);
        boolean hyphen = m.group(4) != null;
        String w1 = hyphen ? m.group(4) : m.group(6);
        String w2 = hyphen ? m.group(5) : m.group(7);
        int end;
        String noun;
        if (hyphen && Lexicon.MEASURES.containsKey(Lexicon.singular(w1))) {
            noun = w1;
            end = m.group(5) != null ? m.end(5) : m.end(4);
        } else if (!hyphen && isNoun(w1) && Lexicon.MEASURES.containsKey(Lexicon.singular(w1))) {
            noun = w1;
            end = m.end(6);
        } else if (!hyphen && w2 != null && isModifier(w1) && Lexicon.MEASURES.containsKey(Lexicon.singular(w2))) {
            noun = w2;
            end = m.end(7);
        } else if (!hyphen && isNoun(w1) && w1.endsWith("s") && !isYear(number)) {
            noun = w1;
            end = m.end(6);
        } else {
            return Optional.empty();
        }
        if (isYear(number) && m.group(1) == null && !Lexicon.MEASURES.containsKey(Lexicon.singular(noun))) {
            return Optional.empty();
        }
        BigDecimal quantity = quantity(number, m.group(3));
        String unit = Lexicon.singular(noun);
        String measure = Lexicon.MEASURES.getOrDefault(unit, unit);
        int start = m.group(1) != null ? m.start(1) : m.start(2);
        String qualifier = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return Optional.of(new Figure("f" + n, quantity, unit, measure, qualifier, Lexicon.BOUNDS.contains(unit),
                text.substring(start, end), u.start() + start, u.ref()));
    }

    private static boolean isNoun(String w) {
        return w != null && Character.isLowerCase(w.charAt(0)) && !NOT_NOUNS.contains(w) && w.length() > 2;
    }

    private static boolean isModifier(String w) {
        return Character.isLowerCase(w.charAt(0)) || Lexicon.DEMONYMS.contains(w.toLowerCase(Locale.ROOT));
    }

    private static boolean isYear(String number) {
        return number.matches("(1[89]|20)\\d\\d");
    }

    private static BigDecimal quantity(String number, String multiplier) {
        String n = number.toLowerCase(Locale.ROOT).replace("a dozen", "dozen");
        BigDecimal value;
        if (Character.isDigit(n.charAt(0))) {
            value = new BigDecimal(n.replace(",", ""));
        } else {
            int v = 0;
            for (String part : n.split("-")) {
                v += NUMBER_WORDS.getOrDefault(part, 0);
            }
            value = BigDecimal.valueOf(v);
        }
        if (multiplier != null) {
            value = value.multiply(switch (multiplier.toLowerCase(Locale.ROOT)) {
                case "hundred" -> BigDecimal.valueOf(100);
                case "thousand" -> BigDecimal.valueOf(1_000);
                case "million" -> BigDecimal.valueOf(1_000_000);
                default -> BigDecimal.valueOf(1_000_000_000);
            });
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
    }

    // ---- comparing ----------------------------------------------------------------------------------------------

    /** A closed range of values a figure allows once its qualifier is read. */
    record Range(double low, double high) {
        boolean overlaps(Range o) {
            return low <= o.high + 1e-9 && o.low <= high + 1e-9;
        }
    }

    static Range range(Figure f) {
        double v = f.quantity().doubleValue() * ("hour".equals(f.unit()) ? 60 : 1);
        String q = f.qualifier() == null ? "" : f.qualifier();
        return switch (q) {
            case "" -> new Range(v, v);
            case "just over", "slightly over", "just more than", "slightly more than" -> new Range(v + 1, v * 1.1);
            case "over", "more than", "well over" -> new Range(v + 1, v * 1.5);
            case "at least" -> new Range(v, v * 1.5);
            case "about", "around", "roughly", "approximately", "some" -> new Range(v * 0.9, v * 1.1);
            case "nearly", "almost", "just under" -> new Range(v * 0.9, v);
            default -> new Range(v * 0.5, v);
        };
    }

    /** Compares every two figures of the same measure. */
    static List<FigureComparison> compare(List<Figure> figures) {
        List<FigureComparison> out = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                Figure a = figures.get(i);
                Figure b = figures.get(j);
                if (a.measure().equals(b.measure())) {
                    out.add(compare(a, b));
                }
            }
        }
        return out;
    }

    private static FigureComparison compare(Figure a, Figure b) {
        Range ra = range(a);
        Range rb = range(b);
        String pair = "'" + a.text() + "' (" + a.source().sourceId() + ") and '" + b.text() + "' ("
                + b.source().sourceId() + ")";
        if (a.bound() != b.bound()) {
            Figure bound = a.bound() ? a : b;
            Figure count = a.bound() ? b : a;
            boolean over = range(count).low() > range(bound).high() + 1e-9;
            return new FigureComparison(a.measure(), a.id(), b.id(), FigureComparison.Relation.BOUND,
                    over ? FigureComparison.Verdict.DIFFER : FigureComparison.Verdict.NOT_COMPARABLE,
                    pair + ": a capacity is not a count; " + (over ? "the " + count.unit() + "s exceed it"
                            : "the " + count.unit() + "s fit within it"));
        }
        boolean same = a.unit().equals(b.unit()) || a.measure().equals("duration");
        boolean agree = ra.overlaps(rb);
        return new FigureComparison(a.measure(), a.id(), b.id(),
                same ? FigureComparison.Relation.SAME : FigureComparison.Relation.SIMILAR,
                agree ? FigureComparison.Verdict.AGREE : FigureComparison.Verdict.DIFFER,
                pair + ": " + (same ? "the same thing" : "similar things (" + a.unit() + ", " + b.unit() + ")")
                        + (agree ? ", the figures agree" : ", the figures differ"));
    }
}
