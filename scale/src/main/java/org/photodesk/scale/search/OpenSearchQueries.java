package org.photodesk.scale.search;

import java.time.LocalDate;
import org.photodesk.core.search.ExactValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.MatchAllQuery;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * Turns a parsed {@link org.photodesk.core.search.Query} into an OpenSearch query that finds and scores what the
 * Lucene index's {@code LuceneQueries} does: words become a {@code match} with every word required, phrases a
 * {@code match_phrase}, dates a range over the day, and in a conjunction positive clauses score ({@code must}), dates
 * only filter and negations exclude.
 *
 * <p>A clause whose text analyses to no token at all (such as {@code &}) constrains nothing and is dropped, as in the
 * Lucene index. For a negation OpenSearch does that by itself (a {@code match} without tokens matches nothing, so
 * excluding it excludes nothing); for a positive clause {@code hasTokens} decides, so that the clause neither matches
 * nothing nor adds a constant to the scores.
 */
final class OpenSearchQueries {

    private final Predicate<String> hasTokens;

    /** @param hasTokens whether a text analyses to at least one token with the index's analyzer */
    OpenSearchQueries(Predicate<String> hasTokens) {
        this.hasTokens = hasTokens;
    }

    /** The OpenSearch query for {@code query}; the empty query matches every document. */
    Query translate(org.photodesk.core.search.Query query) {
        return constraint(query).orElseGet(OpenSearchQueries::matchAll);
    }

    private Optional<Query> constraint(org.photodesk.core.search.Query query) {
        return switch (query) {
            case org.photodesk.core.search.Query.All all -> Optional.empty();
            case org.photodesk.core.search.Query.Words w -> words(w, true);
            case org.photodesk.core.search.Query.Phrase p -> phrase(p, true);
            case org.photodesk.core.search.Query.Taken t -> Optional.of(taken(t));
            case org.photodesk.core.search.Query.Not n -> negated(n.query()).map(OpenSearchQueries::not);
            case org.photodesk.core.search.Query.And and -> and(and.clauses());
            case org.photodesk.core.search.Query.Status s -> status(s);
            case org.photodesk.core.search.Query.Ids i -> Optional.of(ids(i));
            case org.photodesk.core.search.Query.Rating r -> Optional.of(rating(r));
            case org.photodesk.core.search.Query.Label l -> Optional.of(label(l));
            case org.photodesk.core.search.Query.Similar s -> throw new IllegalArgumentException(
                    "similar:" + s.photoId() + " must be resolved by the library's near-duplicates before searching");
        };
    }

    /** Photos rated within the range, both ends included (0 is unrated). */
    private static Query rating(org.photodesk.core.search.Query.Rating r) {
        return Query.of(q -> q.range(g -> g.field(PhotoDocuments.RATING).gte(JsonData.of(r.min()))
                .lte(JsonData.of(r.max()))));
    }

    /** Photos carrying the label, compared whole (stripped, lower case). */
    private static Query label(org.photodesk.core.search.Query.Label l) {
        return Query.of(q -> q.term(t -> t.field(PhotoDocuments.LABEL).value(FieldValue.of(ExactValues.term(l.name())))));
    }

    /** Exactly the documents of these photos. */
    private static Query ids(org.photodesk.core.search.Query.Ids i) {
        List<FieldValue> values = i.ids().stream().sorted().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(PhotoDocuments.ID).terms(v -> v.value(values))));
    }

    /** Killed photos for {@code status:killed}, the others for {@code status:live}, no constraint for {@code any}. */
    private static Optional<Query> status(org.photodesk.core.search.Query.Status s) {
        return switch (s.kind()) {
            case KILLED -> Optional.of(killed());
            case LIVE -> Optional.of(not(killed()));
            case ANY -> Optional.empty();
        };
    }

    private static Query killed() {
        return Query.of(q -> q.term(t -> t.field(PhotoDocuments.STATUS).value(FieldValue.of(PhotoDocuments.KILLED))));
    }

    /**
     * {@code query} without killed photos unless {@code parsed} names a status: a withdrawn picture leaves the desk's
     * searches as it leaves the Lucene index's.
     */
    static Query live(org.photodesk.core.search.Query parsed, Query query) {
        if (org.photodesk.core.search.Query.namesStatus(parsed)) {
            return query;
        }
        return Query.of(q -> q.bool(b -> b.must(query).mustNot(killed())));
    }

    /** The query whose matches a negation excludes; a text without tokens is left to OpenSearch (see above). */
    private Optional<Query> negated(org.photodesk.core.search.Query query) {
        return switch (query) {
            case org.photodesk.core.search.Query.Words w -> words(w, false);
            case org.photodesk.core.search.Query.Phrase p -> phrase(p, false);
            default -> constraint(query);
        };
    }

    private Optional<Query> words(org.photodesk.core.search.Query.Words w, boolean checkTokens) {
        if (ExactValues.isExact(w.field())) {
            return Optional.of(exact(w.field(), w.text()));
        }
        if (checkTokens && !hasTokens.test(w.text())) {
            return Optional.empty();
        }
        return Optional.of(Query.of(q -> q.match(m -> m.field(PhotoDocuments.field(w.field()))
                .query(FieldValue.of(w.text())).operator(Operator.And))));
    }

    private Optional<Query> phrase(org.photodesk.core.search.Query.Phrase p, boolean checkTokens) {
        if (ExactValues.isExact(p.field())) {
            return Optional.of(exact(p.field(), p.text()));
        }
        if (checkTokens && !hasTokens.test(p.text())) {
            return Optional.empty();
        }
        return Optional.of(Query.of(q -> q.matchPhrase(m -> m.field(PhotoDocuments.field(p.field())).query(p.text()))));
    }

    /** The one whole value of {@code c2pa:} or {@code assignment:}. */
    private static Query exact(org.photodesk.core.search.Query.Field field, String text) {
        return Query.of(q -> q.term(t -> t.field(PhotoDocuments.field(field)).value(FieldValue.of(ExactValues.term(text)))));
    }

    private static Query taken(org.photodesk.core.search.Query.Taken t) {
        return Query.of(q -> q.range(r -> {
            r.field(PhotoDocuments.TAKEN_DAY);
            if (t.from() != null) {
                r.gte(JsonData.of(epochDay(t.from())));
            }
            if (t.to() != null) {
                r.lte(JsonData.of(epochDay(t.to())));
            }
            return r;
        }));
    }

    private static int epochDay(LocalDate date) {
        return Math.clamp(date.toEpochDay(), Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    static Query matchAll() {
        return Query.of(q -> q.matchAll(MatchAllQuery.of(m -> m)));
    }

    private static Query not(Query query) {
        return Query.of(q -> q.bool(b -> b.filter(matchAll()).mustNot(query)));
    }

    /** Positive clauses score (must), dates only filter, negations exclude; all-negative gets a match-all base. */
    private Optional<Query> and(List<org.photodesk.core.search.Query> clauses) {
        var must = new ArrayList<Query>();
        var filter = new ArrayList<Query>();
        var mustNot = new ArrayList<Query>();
        for (org.photodesk.core.search.Query clause : clauses) {
            switch (clause) {
                case org.photodesk.core.search.Query.Not n -> negated(n.query()).ifPresent(mustNot::add);
                case org.photodesk.core.search.Query.Taken t -> filter.add(taken(t));
                case org.photodesk.core.search.Query.Ids i -> filter.add(ids(i));
                case org.photodesk.core.search.Query.Rating r -> filter.add(rating(r));
                case org.photodesk.core.search.Query.Label l -> filter.add(label(l));
                default -> constraint(clause).ifPresent(must::add);
            }
        }
        if (must.isEmpty() && filter.isEmpty() && mustNot.isEmpty()) {
            return Optional.empty();
        }
        if (must.isEmpty() && filter.isEmpty()) {
            filter.add(matchAll());
        }
        return Optional.of(Query.of(q -> q.bool(BoolQuery.of(b -> b.must(must).filter(filter).mustNot(mustNot)))));
    }
}
