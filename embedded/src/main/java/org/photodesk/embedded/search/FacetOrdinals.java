package org.photodesk.embedded.search;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.LongValues;

/**
 * Facet counts over the hits of a search from each segment's facet ordinals copied once into heap arrays: counting a
 * hit is then a few array reads, where Lucene's {@code SortedSetDocValuesFacetCounts} decodes the doc values of
 * every hit through the memory-mapped index again. A segment's arrays are kept while the segment lives (segments
 * never change; deletions only hide documents, and hits are live documents), so a commit only copies new segments.
 *
 * <p>Gives what {@code SortedSetDocValuesFacetCounts.getTopChildren} gives for flat dimensions: the most frequent
 * values first, ties in the order of their ordinals (the order of the labels' bytes).
 */
final class FacetOrdinals {

    /** The facet ordinals of one segment: those of document d are {@code ords[starts[d]]} to {@code ords[starts[d + 1] - 1]}. */
    private record Segment(int[] starts, int[] ords, int valueCount) {}

    private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

    /**
     * The top {@code top} values of each of {@code dims} over {@code hits}, unmodifiable, every dim present.
     *
     * @param map the ordinal map of the searcher's reader, null when it has one segment
     * @param labels the labels of the reader's ordinals known so far, filled in here (one array per reader)
     */
    Map<String, SequencedMap<String, Long>> facets(SortedSetDocValuesReaderState state, OrdinalMap map,
            String[] labels, FacetsCollector hits, List<String> dims, int top) throws IOException {
        int[] counts = count(map, state.getSize(), hits);
        SortedSetDocValues all = null;
        var facets = new HashMap<String, SequencedMap<String, Long>>();
        for (String dim : dims) {
            var values = new LinkedHashMap<String, Long>();
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
            if (range != null) {
                for (int ord : topOrds(counts, range, top)) {
                    String label = labels[ord];
                    if (label == null) {
                        all = all == null ? state.getDocValues() : all;
                        String[] path = FacetsConfig.stringToPath(all.lookupOrd(ord).utf8ToString());
                        label = path[path.length - 1];
                        labels[ord] = label; // a race writes the same immutable string twice, which is harmless
                    }
                    values.put(label, (long) counts[ord]);
                }
            }
            facets.put(dim, Collections.unmodifiableSequencedMap(values));
        }
        return facets;
    }

    /** The ordinal map of a reader's facet ordinals, null when the reader has a single segment (or none). */
    static OrdinalMap ordinalMap(SortedSetDocValuesReaderState state) throws IOException {
        return state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    }

    private int[] count(OrdinalMap map, int size, FacetsCollector hits) throws IOException {
        int[] counts = new int[size];
        for (FacetsCollector.MatchingDocs docs : hits.getMatchingDocs()) {
            if (docs.totalHits() == 0 || docs.bits() == null) {
                continue;
            }
            Segment segment = segment(docs.context().reader());
            int[] into = map == null ? counts : new int[segment.valueCount()];
            DocIdSetIterator it = docs.bits().iterator();
            int[] starts = segment.starts();
            int[] ords = segment.ords();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                    into[ords[i]]++;
                }
            }
            if (map != null) {
                LongValues global = map.getGlobalOrds(docs.context().ord);
                for (int ord = 0; ord < into.length; ord++) {
                    if (into[ord] != 0) {
                        counts[(int) global.get(ord)] += into[ord];
                    }
                }
            }
        }
        return counts;
    }

    /** The ordinals in {@code range} with a count, most frequent first, ties by ordinal, at most {@code top}. */
    private static int[] topOrds(int[] counts, SortedSetDocValuesReaderState.OrdRange range, int top) {
        int[] best = new int[top];
        int n = 0;
        for (int ord = range.start(); ord <= range.end(); ord++) {
            if (counts[ord] == 0 || (n == top && !before(counts, ord, best[n - 1]))) {
                continue;
            }
            int i = n == top ? top - 1 : n++;
            while (i > 0 && before(counts, ord, best[i - 1])) {
                best[i] = best[i - 1];
                i--;
            }
            best[i] = ord;
        }
        return java.util.Arrays.copyOf(best, n);
    }

    /** Whether ordinal {@code a} comes before {@code b}: counted more often, or as often with a smaller ordinal. */
    private static boolean before(int[] counts, int a, int b) {
        return counts[a] > counts[b] || (counts[a] == counts[b] && a < b);
    }

    private Segment segment(LeafReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return read(reader);
        }
        IndexReader.CacheKey key = helper.getKey();
        Segment segment = segments.get(key);
        if (segment == null) {
            segment = read(reader);
            if (segments.putIfAbsent(key, segment) == null) {
                helper.addClosedListener(segments::remove);
            }
        }
        return segment;
    }

    private static Segment read(LeafReader reader) throws IOException {
        int maxDoc = reader.maxDoc();
        int[] starts = new int[maxDoc + 1];
        SortedSetDocValues values = reader.getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        if (values == null) {
            return new Segment(starts, new int[0], 0);
        }
        int[] ords = new int[Math.max(16, Math.min(maxDoc, 1 << 24) * 2)];
        int size = 0;
        int next = 0;
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            while (next <= doc) {
                starts[next++] = size;
            }
            int n = values.docValueCount();
            ords = ArrayUtil.grow(ords, size + n);
            for (int i = 0; i < n; i++) {
                ords[size++] = (int) values.nextOrd();
            }
        }
        while (next <= maxDoc) {
            starts[next++] = size;
        }
        return new Segment(starts, ArrayUtil.copyOfSubArray(ords, 0, size), (int) values.getValueCount());
    }
}
