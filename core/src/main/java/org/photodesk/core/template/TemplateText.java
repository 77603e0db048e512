package org.photodesk.core.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A template rule's text parsed into literal text and variables: {@code {city}}, {@code {date}}... are replaced by
 * each photo's own values (see {@link #VARIABLES}); {@code {{} and {@code }}} write a literal brace. Parsing never
 * throws: an unknown variable or an unclosed brace is kept as literal text and reported as a {@link Problem} with
 * its position.
 */
public record TemplateText(List<Part> parts, List<Problem> problems) {

    /** The variables a template may use, in the order the templates page lists them. */
    public static final List<String> VARIABLES = List.of("city", "state", "country", "sublocation", "date", "weekday",
            "year", "byline", "credit", "agency", "headline", "event");

    /** The longest name between braces that is read as a variable; longer runs are literal text. */
    private static final int MAX_NAME = 40;

    public TemplateText {
        parts = List.copyOf(parts);
        problems = List.copyOf(problems);
    }

    /** A piece of a template's text. */
    public sealed interface Part {}

    /** Text written as it is. */
    public record Literal(String text) implements Part {}

    /** A variable, by its lower-case name, replaced by each photo's value. */
    public record Variable(String name, int offset) implements Part {}

    /**
     * Something wrong in a template's text: where (the field, and the character offset from 0), what was found, and
     * how to fix it.
     *
     * @param field the rule's field, or null when the text was parsed alone
     */
    public record Problem(String field, int offset, String found, String message) {
        public Problem {
            Objects.requireNonNull(found, "found");
            Objects.requireNonNull(message, "message");
        }

        /** This problem, said of {@code field}. */
        public Problem inField(String field) {
            return new Problem(field, offset, found, field + ": " + message);
        }
    }

    /** Parses {@code text} (null is empty). */
    public static TemplateText parse(String text) {
        String t = text == null ? "" : text;
        List<Part> parts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < t.length() && t.charAt(i + 1) == c) {
                literal.append(c);
                i += 2;
            } else if (c == '{') {
                i = variable(t, i, literal, parts, problems);
            } else {
                literal.append(c);
                i++;
            }
        }
        flush(literal, parts);
        return new TemplateText(parts, problems);
    }

    /** Reads the variable at {@code open}; returns the offset after it. */
    private static int variable(String t, int open, StringBuilder literal, List<Part> parts, List<Problem> problems) {
        int close = t.indexOf('}', open + 1);
        int nextOpen = t.indexOf('{', open + 1);
        if (close < 0 || close - open - 1 > MAX_NAME || (nextOpen >= 0 && nextOpen < close)) {
            problems.add(new Problem(null, open, "{", "'{' at character " + (open + 1)
                    + " opens no variable: close it as {city}, or write {{ for a brace"));
            literal.append('{');
            return open + 1;
        }
        String raw = t.substring(open + 1, close);
        String name = raw.strip().toLowerCase(Locale.ROOT);
        if (!VARIABLES.contains(name)) {
            problems.add(new Problem(null, open, "{" + raw + "}", "unknown variable {" + raw + "} at character "
                    + (open + 1) + ": use one of " + String.join(", ", VARIABLES.stream().map(v -> "{" + v + "}")
                            .toList())));
            literal.append(t, open, close + 1);
            return close + 1;
        }
        flush(literal, parts);
        parts.add(new Variable(name, open));
        return close + 1;
    }

    private static void flush(StringBuilder literal, List<Part> parts) {
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    /** The variables used, in order of use, each once. */
    public List<String> variables() {
        return parts.stream().filter(p -> p instanceof Variable).map(p -> ((Variable) p).name()).distinct().toList();
    }
}
