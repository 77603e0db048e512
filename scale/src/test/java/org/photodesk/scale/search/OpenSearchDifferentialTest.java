package org.photodesk.scale.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.search.Query;
import org.photodesk.core.search.QueryParser;
import org.photodesk.core.search.QuerySyntaxException;
import org.photodesk.core.search.SearchIndex;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.search.SearchRequest.Sort;
import org.photodesk.core.search.SearchResult;
import org.photodesk.core.testing.GeneratedPhotos;
import org.photodesk.embedded.search.LuceneSearchIndex;
import org.photodesk.scale.testing.OpenSearchNodeExtension;

/**
 * The same generated library in the embedded Lucene index and in OpenSearch, asked the same few hundred queries
 * (words with and without accents, phrases, negations, filters, date ranges, odd punctuation) in every order: both
 * must give the same total, the same ids in the same order on first and deep pages, and the same facet counts, before
 * and after a round of re-sent and deleted photos. OpenSearch cuts pages by {@code from}/{@code size} only up to the
 * 50th hit here, so deep pages walk with {@code search_after}.
 */
@ExtendWith(OpenSearchNodeExtension.class)
class OpenSearchDifferentialTest {

    private static final int PHOTOS = 600;
    private static final int QUERIES = 240;
    private static final long SEED = 20261202;

    @TempDir
    Path dir;

    private final OpenSearchNodeExtension.Node node;
    private LuceneSearchIndex lucene;
    private OpenSearchIndex opensearch;

    OpenSearchDifferentialTest(OpenSearchNodeExtension.Node node) {
        this.node = node;
    }

    @BeforeEach
    void open() {
        lucene = new LuceneSearchIndex(dir.resolve("lucene"));
        opensearch = new OpenSearchIndex(IndexAddress.parse(node.freshIndex()), new OpenSearchIndex.Tuning(50, 200));
        for (Photo p : GeneratedPhotos.library(PHOTOS, SEED)) {
            lucene.index(p);
            opensearch.index(p);
        }
        lucene.commit(PHOTOS);
        opensearch.commit(PHOTOS);
    }

    @AfterEach
    void close() {
        lucene.close();
        opensearch.close();
    }

    @Test
    void findsOrdersPagesAndCountsWhatLuceneDoes() {
        assertThat(opensearch.count()).isEqualTo(lucene.count()).isEqualTo(PHOTOS);
        assertSameAnswers("the fresh library");

        var random = new Random(SEED + 1);
        var library = GeneratedPhotos.library(PHOTOS, SEED);
        for (int i = 0; i < 60; i++) {
            Photo p = library.get(random.nextInt(PHOTOS));
            PhotoMetadata changed = p.metadata().toBuilder().caption("Corrected: " + p.metadata().caption()
                    + " with Angèle near the fjord").build();
            Photo resent = new Photo(p.id(), p.sha256(), p.pixelHash(), p.fileName(), p.mediaType(), p.width(),
                    p.height(), p.embedded(), changed, p.agency(), p.raw(), p.problems(), p.ingestedAt(),
                    p.updatedAt(), p.version() + 1, p.rating(), p.labels());
            lucene.index(resent);
            opensearch.index(resent);
        }
        for (int i = 0; i < 40; i++) {
            long id = 1 + random.nextInt(PHOTOS);
            lucene.delete(id);
            opensearch.delete(id);
        }
        lucene.commit(PHOTOS + 1);
        opensearch.commit(PHOTOS + 1);
        assertThat(opensearch.count()).isEqualTo(lucene.count());
        assertSameAnswers("after re-sends and deletions");
    }

    private void assertSameAnswers(String when) {
        var parser = new QueryParser();
        var differences = new ArrayList<String>();
        int asked = 0;
        int hits = 0;
        for (String text : GeneratedPhotos.queries(QUERIES, SEED)) {
            Query query;
            try {
                query = parser.parse(text);
            } catch (QuerySyntaxException e) {
                continue;
            }
            for (Sort sort : Sort.values()) {
                SearchResult whole = compare(differences, text, new SearchRequest(query, sort, 0, PHOTOS + 10));
                asked++;
                hits += whole.ids().size();
                int total = (int) whole.total();
                for (int offset : new int[] {7, 60, total - 3}) {
                    if (offset >= 0) {
                        compare(differences, text, new SearchRequest(query, sort, offset, 20));
                        asked++;
                    }
                }
            }
        }
        assertThat(asked).as("searches compared " + when).isGreaterThan(QUERIES * 3 * 3);
        assertThat(hits).as("hits compared " + when).isGreaterThan(QUERIES * 3 * 20);
        assertThat(differences).as("differences " + when + " (of %d searches)", asked).isEmpty();
    }

    private SearchResult compare(List<String> differences, String text, SearchRequest request) {
        SearchResult expected = lucene.search(request);
        SearchResult actual = opensearch.search(request);
        String what = "'" + text + "' " + request.sort() + " from " + request.offset() + " (" + request.limit() + ")";
        if (actual.total() != expected.total()) {
            differences.add(what + ": total " + actual.total() + ", Lucene " + expected.total());
        }
        if (!actual.ids().equals(expected.ids())) {
            differences.add(what + ": ids " + actual.ids() + ", Lucene " + expected.ids());
        }
        if (!facets(actual).equals(facets(expected))) {
            differences.add(what + ": facets " + facets(actual) + ", Lucene " + facets(expected));
        }
        return expected;
    }

    /** The facets with their values in order (a map's equality ignores the order). */
    private static java.util.Map<String, List<String>> facets(SearchResult result) {
        var facets = new java.util.TreeMap<String, List<String>>();
        result.facets().forEach((name, values) -> facets.put(name,
                values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        return facets;
    }

    @Test
    void aNewIndexAnswersLikeAnEmptyLuceneIndex() {
        SearchIndex empty = new OpenSearchIndex(IndexAddress.parse(node.freshIndex()), OpenSearchIndex.Tuning.DEFAULT);
        try (empty; var fresh = new LuceneSearchIndex(dir.resolve("empty"))) {
            var request = new SearchRequest(new QueryParser().parse("flood -river"), Sort.TAKEN, 0, 10);
            assertThat(empty.search(request)).isEqualTo(fresh.search(request));
            assertThat(empty.lastStoreChange()).isEqualTo(fresh.lastStoreChange()).isZero();
        }
    }
}
