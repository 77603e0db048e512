package org.photodesk.core.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Parses the library's query syntax: free words (all must match), {@code "phrases"}, {@code -negation}, and field
 * filters such as {@code by:}, {@code in:} and {@code taken:2024-08-01..2024-08-12}.
 *
 * <p>The grammar, clause by clause (clauses are separated by white space and must all match):
 * <pre>
 * clause  = ["-"] positive
 * positive = '"' text '"' | name ":" value | word
 * value   = '"' text '"' | word            (for taken: a date, see {@link TakenParser})
 * name    = by | credit | agency | person | city | country | in | keyword | event | c2pa | assignment | taken
 *           | status | similar | rating | label | tagged                                (any case)
 * </pre>
 * {@code rating:} takes stars 0 to 5, alone ({@code rating:3}), compared ({@code rating:>=4}, {@code >}, {@code <=},
 * {@code <}) or as a range ({@code rating:2..4}); {@code label:} a desk label whole ({@code label:select});
 * {@code tagged:} {@code yes} or {@code no}.
 * {@code status:} takes {@code killed}, {@code live} or {@code any}; a query without it finds live photos only.
 * {@code similar:} takes a photo id: that photo and the photos showing the same picture.
 * {@code c2pa:} takes one of {@link #C2PA_VALUES} (how far a photo's Content Credentials hold, or {@code ai} for
 * pictures declared generated); {@code assignment:} takes an assignment's Job Id (IPTC 2:103) whole.
 * A word runs to the next white space or quote. A word such as {@code 10:30} whose part before the colon is not
 * letters only (nor a filter name with digits, {@code c2pa}) is a plain word; {@code foo:bar} is an error, because a mistyped filter silently searched as text
 * would return nothing and hide the typo. The parser is stateless and thread-safe; any text either parses or throws
 * {@link QuerySyntaxException}.
 */
public final class QueryParser {

    /** The longest query accepted, in characters; it also bounds the number of terms a search engine sees. */
    public static final int MAX_LENGTH = 1000;

    static final String TAKEN = "taken";
    static final String STATUS = "status";
    static final String SIMILAR = "similar";
    static final String RATING = "rating";
    static final String LABEL = "label";
    static final String TAGGED = "tagged";

    /** The values {@code c2pa:} takes. */
    public static final List<String> C2PA_VALUES = List.of("verified", "claimed", "invalid", "none", "ai");

    /** Parses {@code text}; a blank text is {@link Query.All}. */
    public Query parse(String text) {
        String query = text == null ? "" : text;
        if (query.length() > MAX_LENGTH) {
            throw new QuerySyntaxException(query, MAX_LENGTH, "the query is " + query.length()
                    + " characters long; shorten it to at most " + MAX_LENGTH);
        }
        return new Cursor(query).query();
    }

    /** Every filter name, in the order the help lists them. */
    static List<String> filterNames() {
        return Stream.concat(
                        Arrays.stream(Query.Field.values()).filter(f -> f != Query.Field.ANY).map(Query.Field::prefix),
                        Stream.of(TAKEN, STATUS, SIMILAR, RATING, LABEL, TAGGED))
                .toList();
    }

    /** One pass over one query text. */
    private static final class Cursor {
        private final String text;
        private int pos;

        Cursor(String text) {
            this.text = text;
        }

        Query query() {
            List<Query> clauses = new ArrayList<>();
            for (skipSpace(); pos < text.length(); skipSpace()) {
                clauses.add(clause());
            }
            return switch (clauses.size()) {
                case 0 -> new Query.All();
                case 1 -> clauses.getFirst();
                default -> new Query.And(clauses);
            };
        }

        private Query clause() {
            if (peek() != '-') {
                return positive();
            }
            int minus = pos++;
            if (atBreak()) {
                throw error(minus, "a lone '-' negates nothing: put it right before a word, phrase or filter"
                        + " (as in -pool), or remove it");
            }
            if (peek() == '-') {
                throw error(minus, "'--' is a double negation: use a single '-' to exclude, or none to include");
            }
            return new Query.Not(positive());
        }

        private Query positive() {
            if (peek() == '"') {
                return new Query.Phrase(Query.Field.ANY, quoted());
            }
            int start = pos;
            int end = start;
            while (end < text.length() && (isAsciiLetter(text.charAt(end))
                    || end > start && Character.isDigit(text.charAt(end)) && text.charAt(end) < 128)) {
                end++;
            }
            if (end > start && end < text.length() && text.charAt(end) == ':' && isFilterName(text.substring(start, end))) {
                pos = end + 1;
                return filter(text.substring(start, end), start);
            }
            return new Query.Words(Query.Field.ANY, word());
        }

        private Query filter(String name, int start) {
            String key = name.toLowerCase(Locale.ROOT);
            if (atBreak() || peek() == '"' && emptyQuotes()) {
                throw error(pos, "the filter '" + name + ":' has no value: write one right after the colon, as in "
                        + example(key));
            }
            if (key.equals(TAKEN)) {
                int valueStart = pos;
                String value = peek() == '"' ? quoted() : word();
                return TakenParser.parse(text, value, peek(valueStart) == '"' ? valueStart + 1 : valueStart);
            }
            if (key.equals(STATUS)) {
                return status(peek() == '"' ? quoted() : word(), start);
            }
            if (key.equals(SIMILAR)) {
                return similar(peek() == '"' ? quoted() : word(), start);
            }
            if (key.equals(RATING)) {
                int valueStart = pos;
                return rating(peek() == '"' ? quoted() : word(), valueStart);
            }
            if (key.equals(LABEL)) {
                return new Query.Label(ExactValues.term(peek() == '"' ? quoted() : word()));
            }
            if (key.equals(TAGGED)) {
                return tagged(peek() == '"' ? quoted() : word(), start);
            }
            Query.Field field = field(key).orElseThrow(() -> unknownFilter(name, start));
            if (field == Query.Field.C2PA) {
                return c2pa(name);
            }
            return peek() == '"' ? new Query.Phrase(field, quoted()) : new Query.Words(field, word());
        }

        private Query c2pa(String name) {
            int valueStart = pos;
            String value = (peek() == '"' ? quoted() : word()).strip().toLowerCase(Locale.ROOT);
            if (!C2PA_VALUES.contains(value)) {
                throw error(valueStart, "'" + name + ":' takes " + String.join(", ", C2PA_VALUES)
                        + " (how far Content Credentials hold, or ai for generated pictures), not '" + value + "'");
            }
            return new Query.Words(Query.Field.C2PA, value);
        }

        private Query similar(String value, int start) {
            String v = value.strip();
            if (!v.matches("[0-9]{1,18}")) {
                throw error(start, "'similar:' takes a photo id, as in similar:42 (the photo and the photos showing"
                        + " the same picture), not '" + value + "'");
            }
            return new Query.Similar(Long.parseLong(v));
        }

        private Query status(String value, int start) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            for (Query.Status.Kind kind : Query.Status.Kind.values()) {
                if (kind.word().equals(v) || kind == Query.Status.Kind.ANY && v.equals("all")) {
                    return new Query.Status(kind);
                }
            }
            throw error(start, "status '" + value + "' is unknown: write status:killed, status:live or status:any");
        }

        /** {@code 3}, {@code >=4}, {@code >3}, {@code <=2}, {@code <2} or {@code 2..4}, within 0 to 5 stars. */
        private Query rating(String value, int at) {
            String v = value.strip();
            try {
                int dots = v.indexOf("..");
                if (dots >= 0) {
                    return range(stars(v.substring(0, dots)), stars(v.substring(dots + 2)), v, at);
                }
                if (v.startsWith(">=")) {
                    return range(stars(v.substring(2)), 5, v, at);
                }
                if (v.startsWith("<=")) {
                    return range(0, stars(v.substring(2)), v, at);
                }
                if (v.startsWith(">")) {
                    return range(stars(v.substring(1)) + 1, 5, v, at);
                }
                if (v.startsWith("<")) {
                    return range(0, stars(v.substring(1)) - 1, v, at);
                }
                int n = stars(v);
                return new Query.Rating(n, n);
            } catch (NumberFormatException e) {
                throw error(at, "'rating:" + value + "' is not a number of stars: write rating:3, rating:>=4,"
                        + " rating:<2 or rating:2..4, with stars from 0 (unrated) to 5");
            }
        }

        private Query range(int min, int max, String value, int at) {
            if (min > max) {
                throw error(at, "'rating:" + value + "' matches no rating: stars run from 0 (unrated) to 5");
            }
            return new Query.Rating(min, max);
        }

        private static int stars(String text) {
            int n = Integer.parseInt(text.strip());
            if (n < 0 || n > 5) {
                throw new NumberFormatException(text);
            }
            return n;
        }

        private Query tagged(String value, int start) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "yes", "true" -> new Query.Label(DeskLabels.TAG);
                case "no", "false" -> new Query.Not(new Query.Label(DeskLabels.TAG));
                default -> throw error(start, "tagged '" + value + "' is unknown: write tagged:yes or tagged:no");
            };
        }

        private boolean emptyQuotes() {
            int close = text.indexOf('"', pos + 1);
            return close > 0 && text.substring(pos + 1, close).isBlank();
        }

        private String quoted() {
            int open = pos;
            int close = text.indexOf('"', open + 1);
            if (close < 0) {
                throw error(open, "this quote is never closed: add a closing \" after the phrase, or remove it");
            }
            String phrase = text.substring(open + 1, close).strip();
            if (phrase.isEmpty()) {
                throw error(open, "the quotes hold nothing: put words between them, as in \"red cross\", or remove them");
            }
            pos = close + 1;
            return phrase;
        }

        private String word() {
            int start = pos;
            while (pos < text.length() && !isSpace(text.charAt(pos)) && text.charAt(pos) != '"') {
                pos++;
            }
            return text.substring(start, pos);
        }

        private QuerySyntaxException unknownFilter(String name, int start) {
            String suggestion = closestFilter(name.toLowerCase(Locale.ROOT))
                    .map(f -> "did you mean " + f + ":? ")
                    .orElse("");
            String known = filterNames().stream().map(f -> f + ":").collect(Collectors.joining(" "));
            return error(start, "unknown filter '" + name + ":'; " + suggestion + "filters are " + known
                    + "; to search the text itself, quote it: \"" + name + ":…\"");
        }

        private void skipSpace() {
            while (pos < text.length() && isSpace(text.charAt(pos))) {
                pos++;
            }
        }

        private boolean atBreak() {
            return pos >= text.length() || isSpace(text.charAt(pos));
        }

        private char peek() {
            return peek(pos);
        }

        private char peek(int at) {
            return at < text.length() ? text.charAt(at) : '\0';
        }

        private QuerySyntaxException error(int at, String message) {
            return new QuerySyntaxException(text, at, message);
        }
    }

    private static Optional<Query.Field> field(String key) {
        return Arrays.stream(Query.Field.values())
                .filter(f -> f != Query.Field.ANY && f.prefix().equals(key))
                .findFirst();
    }

    private static String example(String key) {
        return switch (key) {
            case TAKEN -> "taken:2024-08-11 or taken:2024-08-01..2024-08-12";
            case STATUS -> "status:killed";
            case SIMILAR -> "similar:42";
            case RATING -> "rating:3 or rating:>=4";
            case LABEL -> "label:select";
            case TAGGED -> "tagged:yes";
            case "by" -> "by:meissner or by:\"Martin Meissner\"";
            case "in", "city" -> key + ":paris or " + key + ":\"Saint-Denis\"";
            case "c2pa" -> "c2pa:verified or c2pa:ai";
            case "assignment" -> "assignment:PAR-ROWING-0811";
            default -> key + ":word or " + key + ":\"two words\"";
        };
    }

    /** The filter name nearest to a mistyped one (at most two edits, or one is a prefix of the other). */
    static Optional<String> closestFilter(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : filterNames()) {
            int d = name.startsWith(candidate) || candidate.startsWith(name) ? 1 : editDistance(name, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= 2 ? Optional.of(best) : Optional.empty();
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Letters only (a typo is then reported), or a known name with digits such as {@code c2pa}. */
    private static boolean isFilterName(String name) {
        return name.chars().allMatch(c -> isAsciiLetter((char) c))
                || filterNames().contains(name.toLowerCase(Locale.ROOT));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
