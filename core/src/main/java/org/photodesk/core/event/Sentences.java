package org.photodesk.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a paragraph into sentences with their offsets, minding abbreviations ("Aug.", "Dr.") and initials. */
final class Sentences {

    private static final Pattern END = Pattern.compile("[.!?]+[\"”’')]*(?=\\s+[\"“‘(]?[\\p{Lu}\\d])");
    private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "st", "jr", "sr", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "gov", "sen", "rep",
            "gen", "lt", "col", "capt", "prof", "inc", "ltd", "co", "mt", "ft", "approx");

    private Sentences() {}

    /** A sentence: its text and offset in the paragraph. */
    record Span(String text, int start) {}

    static List<Span> split(String paragraph) {
        List<Span> out = new ArrayList<>();
        Matcher m = END.matcher(paragraph);
        int from = 0;
        while (m.find()) {
            if (isAbbreviation(paragraph, m.start())) {
                continue;
            }
            add(out, paragraph, from, m.end());
            from = m.end();
        }
        add(out, paragraph, from, paragraph.length());
        return out;
    }

    private static void add(List<Span> out, String paragraph, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(paragraph.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(paragraph.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Span(paragraph.substring(s, e), s));
        }
    }

    /** True when the dot at {@code dot} ends an abbreviation, an initial or a dotted acronym ("H.E.R."). */
    private static boolean isAbbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        String word = text.substring(s, dot);
        boolean dotted = s > 0 && text.charAt(s - 1) == '.';
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return dotted || initial || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}
