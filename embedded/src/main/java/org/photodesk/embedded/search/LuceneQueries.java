package org.photodesk.embedded.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.util.QueryBuilder;
import org.photodesk.core.search.Query;

/**
 * Turns a parsed {@link Query} into a Lucene query; {@link #live} leaves killed photos out of one that names no
 * status. A clause whose text analyses to no token at all (such as
 * {@code &}) constrains nothing and is dropped, so it neither matches everything when negated nor nothing when not.
 */
final class LuceneQueries {

    private final QueryBuilder builder;

    LuceneQueries() {
        this.builder = new QueryBuilder(IndexSchema.analyzer());
    }

    /** The Lucene query for {@code query}; the empty query matches every document. */
    org.apache.lucene.search.Query translate(Query query) {
        return constraint(query).orElse(MatchAllDocsQuery.INSTANCE);
    }

    private Optional<org.apache.lucene.search.Query> constraint(Query query) {
        return switch (query) {
            case Query.All all -> Optional.empty();
            case Query.Words w when IndexSchema.exact(w.field()) -> Optional.of(exact(w.field(), w.text()));
            case Query.Phrase p when IndexSchema.exact(p.field()) -> Optional.of(exact(p.field(), p.text()));
            case Query.Words w -> Optional.ofNullable(builder.createBooleanQuery(IndexSchema.field(w.field()), w.text(), Occur.MUST));
            case Query.Phrase p -> Optional.ofNullable(builder.createPhraseQuery(IndexSchema.field(p.field()), p.text()));
            case Query.Taken t -> Optional.of(taken(t));
            case Query.Rating r -> Optional.of(rating(r));
            case Query.Label l -> Optional.of(label(l));
            case Query.Status s -> status(s);
            case Query.Ids i -> Optional.of(ids(i));
            case Query.Similar s -> throw new IllegalArgumentException(
                    "similar:" + s.photoId() + " must be resolved by the library's near-duplicates before searching");
            case Query.Not n -> constraint(n.query()).map(LuceneQueries::not);
            case Query.And and -> and(and.clauses());
        };
    }

    /** Exactly the documents of these photos. */
    private static org.apache.lucene.search.Query ids(Query.Ids i) {
        return new org.apache.lucene.search.TermInSetQuery(IndexSchema.ID,
                i.ids().stream().map(id -> new org.apache.lucene.util.BytesRef(Long.toString(id))).toList());
    }

    /** The one exact term of {@code c2pa:} or {@code assignment:}. */
    private static org.apache.lucene.search.Query exact(Query.Field field, String text) {
        return new TermQuery(new Term(IndexSchema.field(field), IndexSchema.exactTerm(text)));
    }

    private static Optional<org.apache.lucene.search.Query> status(Query.Status s) {
        var killed = new org.apache.lucene.search.TermQuery(IndexSchema.killedTerm());
        return switch (s.kind()) {
            case KILLED -> Optional.of(killed);
            case LIVE -> Optional.of(not(killed));
            case ANY -> Optional.empty();
        };
    }

    /** {@code query} without the killed photos, the default of a query that names no status. */
    static org.apache.lucene.search.Query live(org.apache.lucene.search.Query query) {
        var killed = new org.apache.lucene.search.TermQuery(IndexSchema.killedTerm());
        return new BooleanQuery.Builder()
                .add(query, query instanceof MatchAllDocsQuery ? Occur.FILTER : Occur.MUST)
                .add(killed, Occur.MUST_NOT)
                .build();
    }

    private static org.apache.lucene.search.Query taken(Query.Taken t) {
        return IntPoint.newRangeQuery(IndexSchema.TAKEN_DAY, epochDay(t.from(), Integer.MIN_VALUE),
                epochDay(t.to(), Integer.MAX_VALUE));
    }

    private static org.apache.lucene.search.Query rating(Query.Rating r) {
        return IntPoint.newRangeQuery(IndexSchema.RATING, r.min(), r.max());
    }

    private static org.apache.lucene.search.Query label(Query.Label l) {
        return new TermQuery(new Term(IndexSchema.LABEL, IndexSchema.exactTerm(l.name())));
    }

    private static int epochDay(LocalDate date, int open) {
        return date == null ? open : Math.clamp(date.toEpochDay(), Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    private static org.apache.lucene.search.Query not(org.apache.lucene.search.Query query) {
        return new BooleanQuery.Builder()
                .add(MatchAllDocsQuery.INSTANCE, Occur.FILTER)
                .add(query, Occur.MUST_NOT)
                .build();
    }

    /** Positive clauses score (MUST), dates only filter, negations exclude; all-negative gets a match-all base. */
    private Optional<org.apache.lucene.search.Query> and(List<Query> clauses) {
        var must = new ArrayList<org.apache.lucene.search.Query>();
        var filter = new ArrayList<org.apache.lucene.search.Query>();
        var mustNot = new ArrayList<org.apache.lucene.search.Query>();
        for (Query clause : clauses) {
            switch (clause) {
                case Query.Not n -> constraint(n.query()).ifPresent(mustNot::add);
                case Query.Taken t -> filter.add(taken(t));
                case Query.Rating r -> filter.add(rating(r));
                case Query.Label l -> filter.add(label(l));
                case Query.Status s -> status(s).ifPresent(filter::add);
                case Query.Ids i -> filter.add(ids(i));
                default -> constraint(clause).ifPresent(must::add);
            }
        }
        if (must.isEmpty() && filter.isEmpty() && mustNot.isEmpty()) {
            return Optional.empty();
        }
        if (must.isEmpty() && filter.isEmpty()) {
            filter.add(MatchAllDocsQuery.INSTANCE);
        }
        var b = new BooleanQuery.Builder();
        must.forEach(q -> b.add(q, Occur.MUST));
        filter.forEach(q -> b.add(q, Occur.FILTER));
        mustNot.forEach(q -> b.add(q, Occur.MUST_NOT));
        return Optional.of(b.build());
    }
}
