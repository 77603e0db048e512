package org.photodesk.core.search;

import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * The answer to a search: how many photos matched, the ids of the requested page (the store holds the photos),
 * and facet counts over all matches, by facet name ({@code agency}, {@code byline}, {@code city}, {@code person},
 * {@code date}) then value, most frequent first.
 */
public record SearchResult(long total, List<Long> ids, Map<String, SequencedMap<String, Long>> facets) {

    public SearchResult {
        ids = List.copyOf(ids);
        facets = Map.copyOf(facets);
    }
}
