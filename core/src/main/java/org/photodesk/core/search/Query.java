package org.photodesk.core.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A parsed library search, independent of any search engine: what {@link QueryParser} makes of
 * {@code angele by:"martin meissner" -pool taken:2024-08-01..2024-08-12}.
 */
public sealed interface Query {

    /** Matches every photo (the empty query). */
    record All() implements Query {}

    /** Words that must all occur, in any order, in {@code field}. */
    record Words(Field field, String text) implements Query {
        public Words {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Words that must occur together, in order, in {@code field}. */
    record Phrase(Field field, String text) implements Query {
        public Phrase {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Photos taken on a day from {@code from} to {@code to}, both included; a null end is open. */
    record Taken(LocalDate from, LocalDate to) implements Query {}

    /**
     * Photos in a status: {@code status:killed} finds the killed photos, which a query without a status filter
     * leaves out; {@code status:live} the others; {@code status:any} both.
     */
    record Status(Kind kind) implements Query {
        public Status {
            Objects.requireNonNull(kind, "kind");
        }

        /** The statuses a photo can be searched by. */
        public enum Kind {
            LIVE, KILLED, ANY;

            /** The word written after {@code status:}. */
            public String word() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }
        }
    }

    /**
     * {@code similar:ID}: photo {@code photoId} and the photos showing the same picture (near-duplicates, frames of
     * its burst). Search engines cannot tell; the library's near-duplicates replace it by {@link Ids} before a search
     * ({@code core.similar.NearDuplicates#resolve}).
     */
    record Similar(long photoId) implements Query {}

    /** Exactly the photos with these ids (what {@link Similar} resolves to). */
    record Ids(java.util.Set<Long> ids) implements Query {
        public Ids {
            ids = java.util.Set.copyOf(ids);
        }
    }

    /**
     * Photos the desk rated from {@code min} to {@code max} stars, both included (0 is unrated): {@code rating:3}
     * is 3 to 3, {@code rating:>=4} 4 to 5.
     */
    record Rating(int min, int max) implements Query {
        public Rating {
            if (min < 0 || max > 5 || min > max) {
                throw new IllegalArgumentException("a rating range runs within 0 to 5 stars, got " + min + " to " + max);
            }
        }
    }

    /**
     * Photos that carry the desk label {@code name}, compared whole and without regard to case: a colour label such
     * as {@code select} ({@code label:select}) or the tag ({@code tagged:yes}, see {@link DeskLabels#TAG}).
     */
    record Label(String name) implements Query {
        public Label {
            Objects.requireNonNull(name, "name");
        }
    }

    /** Photos that do not match {@code query}. */
    record Not(Query query) implements Query {}

    /** Photos that match every one of {@code clauses}. */
    record And(List<Query> clauses) implements Query {
        public And {
            clauses = List.copyOf(clauses);
        }
    }

    /** Whether {@code query} says which statuses it wants: else killed photos are left out of its results. */
    static boolean namesStatus(Query query) {
        return switch (query) {
            case Status s -> true;
            case Not n -> namesStatus(n.query());
            case And and -> and.clauses().stream().anyMatch(Query::namesStatus);
            case All a -> false;
            case Words w -> false;
            case Phrase p -> false;
            case Taken t -> false;
            case Similar s -> false;
            case Ids i -> false;
            case Rating r -> false;
            case Label l -> false;
        };
    }

    /**
     * The fields a query can be restricted to; {@link #ANY} is all text. {@link #C2PA} and {@link #ASSIGNMENT} match
     * their value whole: a provenance word ({@code verified}, {@code claimed}, {@code invalid}, {@code none},
     * {@code ai}) and an assignment's Job Id (IPTC 2:103), which the frames of one assignment share.
     */
    enum Field {
        ANY(""), BY("by"), CREDIT("credit"), AGENCY("agency"), PERSON("person"), CITY("city"),
        COUNTRY("country"), IN("in"), KEYWORD("keyword"), EVENT("event"), C2PA("c2pa"), ASSIGNMENT("assignment");

        private final String prefix;

        Field(String prefix) {
            this.prefix = prefix;
        }

        /** The prefix written before the colon in a query, such as {@code by}. */
        public String prefix() {
            return prefix;
        }
    }
}
