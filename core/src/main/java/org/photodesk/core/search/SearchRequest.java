package org.photodesk.core.search;

import java.util.Objects;

/** One search: the parsed query, its order and the page of results wanted. */
public record SearchRequest(Query query, Sort sort, int offset, int limit) {

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        sort = sort == null ? Sort.TAKEN : sort;
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative, got " + offset + " and " + limit);
        }
    }

    /** The order of results; the default, newest first, is by date taken, then by ingest time. */
    public enum Sort { TAKEN, INGESTED, RELEVANCE }
}
