package org.photodesk.desk;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.photodesk.core.search.Query;
import org.photodesk.core.search.SearchRequest;

/**
 * What the contact sheet was asked for: the query text in the library's syntax, the facet values chosen
 * ({@code rating}, {@code label}, {@code agency}, {@code byline}, {@code person}, {@code city}, {@code event},
 * {@code date}, {@code c2pa}), the order and the page.
 */
public record SheetQuery(String text, Map<String, List<String>> facets, SearchRequest.Sort sort, int offset, int limit) {

    /** The facets the sheet offers as filters, in display order. */
    public static final List<String> FACETS = List.of("rating", "label", "agency", "byline", "person", "city", "event",
            "date", "c2pa");

    public SheetQuery {
        text = text == null ? "" : text.strip();
        var copy = new LinkedHashMap<String, List<String>>();
        if (facets != null) {
            facets.forEach((k, v) -> {
                var values = v.stream().filter(s -> s != null && !s.isBlank()).toList();
                if (FACETS.contains(k) && !values.isEmpty()) {
                    copy.put(k, values);
                }
            });
        }
        facets = java.util.Collections.unmodifiableMap(copy);
        sort = sort == null ? SearchRequest.Sort.INGESTED : sort;
        offset = Math.max(0, offset);
        limit = Math.clamp(limit, 1, 500);
    }

    /** Whether nothing narrows the sheet (so every new photo belongs on its first page). */
    public boolean unfiltered() {
        return text.isEmpty() && facets.isEmpty();
    }

    /** Whether {@code value} of {@code facet} is among the chosen filters. */
    public boolean chosen(String facet, String value) {
        return facets.getOrDefault(facet, List.of()).contains(value);
    }

    /** The search for this sheet: the parsed text and every facet value, all of which must match. */
    public Query query(QueryParsing parser) {
        var clauses = new ArrayList<Query>();
        if (!text.isEmpty()) {
            clauses.add(parser.parse(text));
        }
        facets.forEach((facet, values) -> values.forEach(v -> clauses.add(clause(facet, v))));
        return switch (clauses.size()) {
            case 0 -> new Query.All();
            case 1 -> clauses.getFirst();
            default -> new Query.And(clauses);
        };
    }

    private static Query clause(String facet, String value) {
        return switch (facet) {
            case "agency" -> new Query.Phrase(Query.Field.AGENCY, value);
            case "byline" -> new Query.Phrase(Query.Field.BY, value);
            case "person" -> new Query.Phrase(Query.Field.PERSON, value);
            case "city" -> new Query.Phrase(Query.Field.CITY, value);
            case "c2pa" -> new Query.Words(Query.Field.C2PA, value);
            case "event" -> new Query.Phrase(Query.Field.EVENT, value);
            case "label" -> new Query.Label(value);
            case "rating" -> rating(value);
            default -> dates(value);
        };
    }

    /** A rating facet value, {@code 0} to {@code 5}. */
    static Query rating(String value) {
        if (!value.strip().matches("[0-5]")) {
            throw DeskException.badRequest("Rating filter '" + value + "' is not 0 to 5 stars: use rating=4.");
        }
        int stars = Integer.parseInt(value.strip());
        return new Query.Rating(stars, stars);
    }

    /** A date facet value, {@code 2024}, {@code 2024-08} or {@code 2024-08-11}, as the days it covers. */
    static Query dates(String value) {
        try {
            return switch (value.length()) {
                case 4 -> new Query.Taken(LocalDate.of(Integer.parseInt(value), 1, 1), LocalDate.of(Integer.parseInt(value), 12, 31));
                case 7 -> {
                    YearMonth ym = YearMonth.parse(value);
                    yield new Query.Taken(ym.atDay(1), ym.atEndOfMonth());
                }
                default -> {
                    LocalDate d = LocalDate.parse(value.substring(0, Math.min(10, value.length())));
                    yield new Query.Taken(d, d);
                }
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw DeskException.badRequest("Date filter '" + value + "' is not a date: use 2024, 2024-08 or 2024-08-11.");
        }
    }

    /** The query string that reproduces this sheet at {@code newOffset}, for paging links. */
    public String link(int newOffset) {
        var sb = new StringBuilder("/?q=").append(enc(text));
        facets.forEach((k, vs) -> vs.forEach(v -> sb.append('&').append(k).append('=').append(enc(v))));
        sb.append("&sort=").append(sort.name().toLowerCase(java.util.Locale.ROOT));
        if (newOffset > 0) {
            sb.append("&offset=").append(newOffset);
        }
        return sb.toString();
    }

    /** The link that toggles one facet value on or off, back at the first page. */
    public String toggle(String facet, String value) {
        var next = new LinkedHashMap<String, List<String>>(facets);
        var values = new ArrayList<>(next.getOrDefault(facet, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        next.put(facet, values);
        return new SheetQuery(text, next, sort, 0, limit).link(0);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
