package org.photodesk.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.search.Query;
import org.photodesk.core.search.QueryParser;
import org.photodesk.core.search.SearchIndex;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.search.SearchRequest.Sort;
import org.photodesk.core.search.SearchResult;

/**
 * What every {@link SearchIndex} must do: a subclass opens the index under test (Lucene, OpenSearch, the in-memory
 * fake) and these tests index, delete, clear and commit through the port only.
 *
 * <p>The bookkeeping (commits, the store change, counts, visibility, clearing, reopening) holds for every index.
 * Searching by the query language, the orders, the facets and the deep pages hold for real indexes only: the
 * in-memory fake matches every document in id order and counts no facets, and says so with
 * {@link #searchesQueries()} returning false, which skips those tests for it.
 */
public abstract class SearchIndexContract {

    protected static final Instant T0 = Instant.parse("2024-08-12T08:00:00Z");

    protected SearchIndex index;

    /** Every facet a real index counts. */
    private static final String[] FACET_NAMES = {"agency", "byline", "city", "person", "date", "c2pa", "event", "rating",
            "label"};

    /**
     * Opens the index under test: a fresh, empty one at the first call of each test, the same one (as another
     * process would see it) at later calls in that test.
     */
    protected abstract SearchIndex openIndex();

    /** Whether the index implements the query language, the orders, the facets and deep pages (real indexes do). */
    protected boolean searchesQueries() {
        return true;
    }

    private static final Photo BONN = photo(1, "AP", T0.plus(Duration.ofHours(1)), b -> b
            .caption("Angèle sings on the main stage of the summer festival in Bonn")
            .headline("Festival night").byline(List.of("Martin Meissner")).credit("AP Photo/Martin Meissner")
            .city("Bonn").country("Germany").countryCode("DE").keywords(List.of("music", "festival"))
            .people(List.of("Angèle")).event("Rhein in Flammen").dateCreated(day("2024-08-11")));
    private static final Photo FLOOD = photo(2, "AP", T0.plus(Duration.ofHours(3)), b -> b
            .caption("Flood water covers a street in the old town").byline(List.of("Martin Meissner"))
            .credit("AP").city("Köln").state("North Rhine-Westphalia").country("Germany")
            .keywords(List.of("flood", "weather")).dateCreated(day("2024-08-01")));
    private static final Photo BERLIN = photo(3, "Reuters", T0.plus(Duration.ofHours(2)), b -> b
            .caption("Pool photo: the chancellor answers questions at a press conference in Berlin")
            .byline(List.of("Markus Schreiber")).credit("Pool via Reuters").city("Berlin").country("Germany")
            .people(List.of("Olaf Scholz", "Angela Merkel")).keywords(List.of("politics"))
            .dateCreated(day("2024-07-20")));
    private static final Photo PARIS = photo(4, "AFP", T0.plus(Duration.ofHours(4)), b -> b
            .caption("Spectators cheer the runners of the marathon").byline(List.of("Angele Martin"))
            .city("Paris").sublocation("Champs-Élysées").country("France").locationsShown(List.of("Eiffel Tower"))
            .event("Paris 2024 Olympic Games")
            .dateCreated(new DateCreated(LocalDate.parse("2024-08-11"), LocalTime.of(10, 0), null)));
    private static final Photo ARCHIVE = withFileName(photo(5, null, T0.plus(Duration.ofHours(5)), b -> b
            .caption("Archive picture of a Meissen porcelain cup, photographer unknown")), "archive_0042.jpg");

    /** A photo with {@code metadata} and no file of its own, for index tests. */
    protected static Photo photo(long id, String agency, Instant ingestedAt, UnaryOperator<PhotoMetadata.Builder> metadata) {
        PhotoMetadata m = metadata.apply(PhotoMetadata.builder()).build();
        return new Photo(id, "%064x".formatted(id), "%064x".formatted(id + 1_000_000), "photo-" + id + ".jpg",
                "image/jpeg", 4000, 3000, m, m, agency, null, null, ingestedAt, ingestedAt, 1, 0, null);
    }

    private static Photo withFileName(Photo p, String fileName) {
        return new Photo(p.id(), p.sha256(), p.pixelHash(), fileName, p.mediaType(), p.width(), p.height(),
                p.embedded(), p.metadata(), p.agency(), p.raw(), p.problems(), p.ingestedAt(), p.updatedAt(),
                p.version(), p.rating(), p.labels());
    }

    private static DateCreated day(String iso) {
        return DateCreated.ofDate(LocalDate.parse(iso));
    }

    @BeforeEach
    void open() {
        index = openIndex();
        List.of(BONN, FLOOD, BERLIN, PARIS, ARCHIVE).forEach(index::index);
        index.commit(5);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private SearchResult search(String query, Sort sort) {
        return index.search(new SearchRequest(new QueryParser().parse(query), sort, 0, 50));
    }

    private List<Long> ids(String query) {
        return search(query, Sort.TAKEN).ids();
    }

    private List<Long> all() {
        return index.search(new SearchRequest(new Query.All(), Sort.TAKEN, 0, 100)).ids();
    }

    // ---- bookkeeping: every index ----

    @Test
    void countsAndRecordsTheCommittedStoreChange() {
        assertThat(index.count()).isEqualTo(5);
        assertThat(index.lastStoreChange()).isEqualTo(5);
        index.commit(42);
        assertThat(index.lastStoreChange()).isEqualTo(42);
        assertThat(all()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        assertThat(index.search(new SearchRequest(new Query.All(), Sort.TAKEN, 0, 100)).total()).isEqualTo(5);
    }

    @Test
    void changesAreInvisibleUntilCommit() {
        index.index(photo(7, null, T0, b -> b.caption("zebra")));
        index.delete(1);
        assertThat(index.count()).isEqualTo(5);
        assertThat(all()).contains(1L).doesNotContain(7L);
        assertThat(index.lastStoreChange()).isEqualTo(5);
        index.commit(9);
        assertThat(index.count()).isEqualTo(5);
        assertThat(all()).contains(7L).doesNotContain(1L);
        assertThat(index.lastStoreChange()).isEqualTo(9);
    }

    @Test
    void indexingAgainReplacesTheDocumentAndDeletingAnUnknownPhotoIsHarmless() {
        index.index(photo(2, "AP", T0, b -> b.caption("Sunshine over the old town")));
        index.delete(999);
        index.commit(6);
        assertThat(index.count()).isEqualTo(5);
        if (searchesQueries()) {
            assertThat(ids("sunshine")).containsExactly(2L);
            assertThat(ids("flood")).isEmpty();
        }
    }

    @Test
    void clearEmptiesTheIndexAtTheNextCommitOnly() {
        index.clear();
        assertThat(index.count()).isEqualTo(5);
        assertThat(all()).hasSize(5);
        index.index(photo(8, "dpa", T0, b -> b.caption("after the clear")));
        index.commit(10);
        assertThat(index.count()).isEqualTo(1);
        assertThat(all()).containsExactly(8L);
        assertThat(index.lastStoreChange()).isEqualTo(10);
        index.clear();
        index.commit(11);
        assertThat(index.count()).isZero();
        assertThat(index.search(new SearchRequest(new Query.All(), Sort.TAKEN, 0, 10)).total()).isZero();
    }

    @Test
    void aClearIsForgottenWhenTheIndexClosesBeforeCommitting() {
        index.clear();
        index.index(photo(8, "dpa", T0, b -> b.caption("never committed")));
        index.close();
        index = openIndex();
        assertThat(index.count()).isEqualTo(5);
        assertThat(index.lastStoreChange()).isEqualTo(5);
    }

    @Test
    void theCommittedStateOutlivesTheIndexObject() {
        index.delete(3);
        index.commit(42);
        index.close();
        index = openIndex();
        assertThat(index.lastStoreChange()).isEqualTo(42);
        assertThat(index.count()).isEqualTo(4);
        assertThat(all()).containsExactlyInAnyOrder(1L, 2L, 4L, 5L);
    }

    @Test
    void pagesCountEveryMatch() {
        var page = index.search(new SearchRequest(new Query.All(), Sort.TAKEN, 1, 2));
        assertThat(page.ids()).hasSize(2);
        assertThat(page.total()).isEqualTo(5);
        var none = index.search(new SearchRequest(new Query.All(), Sort.TAKEN, 0, 0));
        assertThat(none.ids()).isEmpty();
        assertThat(none.total()).isEqualTo(5);
        assertThat(index.search(new SearchRequest(new Query.All(), Sort.TAKEN, 10, 5)).ids()).isEmpty();
    }

    // ---- the query language, orders, facets and deep pages: real indexes ----

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                  | 4 1 2 3 5
            flood street                        | 2
            flood berlin                        | ''
            "press conference"                  | 3
            "conference press"                  | ''
            germany -pool                       | 1 2
            -"press conference"                 | 4 1 2 5
            -by:meissner                        | 4 3 5
            -flood -festival                    | 4 3 5
            by:meissner                         | 1 2
            by:"Martin Meissner"                | 1 2
            by:"Meissner Martin"                | ''
            by:meissen                          | ''
            meissen                             | 5
            credit:pool                         | 3
            agency:reuters                      | 3
            agency:ap                           | 1 2
            person:"Olaf Scholz"                | 3
            person:"Scholz Angela"              | ''
            city:koln                           | 2
            city:Köln                           | 2
            köln                                | 2
            keyword:berlin                      | ''
            country:de                          | 1
            country:germany                     | 1 2 3
            event:olympic                       | 4
            event:"rhein in flammen"            | 1
            in:eiffel                           | 4
            in:"north rhine"                    | 2
            in:elysees                          | 4
            in:Élysées                          | 4
            in:germany -in:bonn                 | 2 3
            angele                              | 4 1
            Angèle                              | 4 1
            ANGÈLE                              | 4 1
            person:angele                       | 1
            archive_0042.jpg                    | 5
            &                                   | 4 1 2 3 5
            -&                                  | 4 1 2 3 5
            & flood                             | 2
            taken:2024-08-11                    | 4 1
            taken:2024-08-01..2024-08-10        | 2
            taken:2024-08                       | 4 1 2
            taken:>2024-08-01                   | 4 1
            taken:<2024-08-01                   | 3
            taken:2023                          | ''
            -taken:2024                         | 5
            germany taken:2024-08               | 1 2
            """)
    void findsByTheQueryLanguageNewestTakenFirst(String query, String expected) {
        assumeTrue(searchesQueries(), "this index does not implement the query language");
        List<Long> want = expected.isBlank() ? List.of()
                : Arrays.stream(expected.trim().split(" ")).map(Long::valueOf).toList();
        SearchResult result = search(query, Sort.TAKEN);
        assertThat(result.ids()).as(query).containsExactlyElementsOf(want);
        assertThat(result.total()).isEqualTo(want.size());
    }

    @Test
    void killedPhotosLeaveDefaultSearchAndAreFoundWithAStatusFilter() {
        assumeTrue(searchesQueries(), "this index does not implement the query language");
        Photo killed = new Photo(FLOOD.id(), FLOOD.sha256(), FLOOD.pixelHash(), FLOOD.fileName(), FLOOD.mediaType(),
                FLOOD.width(), FLOOD.height(), FLOOD.embedded(), FLOOD.metadata(), FLOOD.agency(), FLOOD.raw(),
                FLOOD.problems(), FLOOD.ingestedAt(), FLOOD.updatedAt(), 2, 0, List.of(), FLOOD.identity(),
                FLOOD.provenance(), null, new org.photodesk.core.photo.PhotoKill(T0, "MANDATORY KILL", "agency", "AP"));
        index.index(killed);
        index.commit(6);

        assertThat(ids("")).containsExactly(4L, 1L, 3L, 5L);
        assertThat(search("", Sort.TAKEN).total()).isEqualTo(4);
        assertThat(ids("flood")).isEmpty();
        assertThat(ids("meissner")).containsExactly(1L);
        assertThat(search("", Sort.TAKEN).facets().get("byline")).containsEntry("Martin Meissner", 1L);
        assertThat(ids("status:killed")).containsExactly(2L);
        assertThat(ids("status:killed flood")).containsExactly(2L);
        assertThat(ids("status:any meissner")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids("-status:killed meissner")).containsExactly(1L);
        assertThat(ids("status:live meissner")).containsExactly(1L);
    }

    // ---- an older state of a photo never replaces a newer one: every index ----

    /** {@code p} at {@code version} with {@code labels}: a state of the photo as one writer read it from the store. */
    private static Photo atVersion(Photo p, int version, String... labels) {
        return new Photo(p.id(), p.sha256(), p.pixelHash(), p.fileName(), p.mediaType(), p.width(), p.height(),
                p.embedded(), p.metadata(), p.agency(), p.raw(), p.problems(), p.ingestedAt(), p.updatedAt(),
                version, 0, List.of(labels));
    }

    private List<Long> labelled(String query) {
        return index.search(new SearchRequest(new QueryParser().parse(query), Sort.TAKEN, 0, 100)).ids();
    }

    /**
     * Two writers of one index (two desk nodes, or an editor's re-index and the change feed's) read photo 1 before and
     * after the desk tagged it; the one that read it first sends it last, in a later commit. The tag stays.
     */
    @Test
    void anOlderStateSentInALaterCommitNeverReplacesANewerOne() {
        index.index(atVersion(BONN, 4, "select", "tagged"));
        index.commit(7);
        index.index(atVersion(BONN, 3, "select"));
        index.commit(8);

        assertThat(labelled("tagged:yes")).containsExactly(1L);
        assertThat(labelled("label:select")).containsExactly(1L);
        assertThat(index.count()).isEqualTo(5);
    }

    /**
     * Writers and commits at once (an ingest's group commit runs outside the ingestor's lock while the next photos
     * are indexed): whatever the interleaving, each photo ends at the newest state any writer sent.
     */
    @Test
    void writersAndCommitsAtOnceKeepTheNewestStateOfEachPhoto() throws Exception {
        List<Photo> photos = List.of(BONN, FLOOD);
        java.util.Map<Long, Integer> newest = new java.util.concurrent.ConcurrentHashMap<>();
        var stop = new java.util.concurrent.atomic.AtomicBoolean();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var committer = pool.submit(() -> {
                for (long change = 10; !stop.get(); change++) {
                    index.commit(change);
                }
                return null;
            });
            List<java.util.concurrent.Future<?>> writers = new java.util.ArrayList<>();
            for (int w = 0; w < 3; w++) {
                long seed = w;
                writers.add(pool.submit(() -> {
                    var random = new java.util.Random(seed);
                    for (int i = 0; i < 150; i++) {
                        Photo p = photos.get(random.nextInt(photos.size()));
                        int version = 1 + random.nextInt(40);
                        index.index(atVersion(p, version, "v" + version));
                        newest.merge(p.id(), version, Math::max);
                    }
                    return null;
                }));
            }
            for (var f : writers) {
                f.get(2, java.util.concurrent.TimeUnit.MINUTES);
            }
            stop.set(true);
            committer.get(2, java.util.concurrent.TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        index.commit(1_000);

        for (Photo p : photos) {
            assertThat(labelled("label:v" + newest.get(p.id()))).as("photo %d at its newest state", p.id())
                    .contains(p.id());
        }
        assertThat(index.count()).isEqualTo(5);
    }

    @Test
    void anOlderStateSentInTheSameCommitNeverReplacesANewerOne() {
        index.index(atVersion(BONN, 4, "select", "tagged"));
        index.index(atVersion(BONN, 3, "select"));
        index.index(atVersion(FLOOD, 2, "select"));
        index.commit(7);

        assertThat(labelled("tagged:yes")).containsExactly(1L);
        assertThat(labelled("label:select")).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void aNewerStateReplacesAnOlderOneAndTheSameStateIsWrittenAgain() {
        index.index(atVersion(BONN, 3, "select"));
        index.commit(6);
        index.index(atVersion(BONN, 4, "select", "tagged"));
        index.commit(7);
        assertThat(labelled("tagged:yes")).containsExactly(1L);

        index.index(atVersion(BONN, 4, "second"));
        index.commit(8);
        assertThat(labelled("tagged:yes")).isEmpty();
        assertThat(labelled("label:second")).containsExactly(1L);
    }

    @Test
    void aClearedIndexTakesAPhotoAtAnyState() {
        index.index(atVersion(BONN, 4, "select", "tagged"));
        index.commit(6);
        index.clear();
        index.index(atVersion(BONN, 1, "select"));
        index.commit(7);
        assertThat(labelled("label:select")).containsExactly(1L);
        assertThat(labelled("tagged:yes")).isEmpty();
    }

    /** {@code p} as the desk marked it: {@code rating} stars and {@code labels}. */
    private static Photo marked(Photo p, int rating, String... labels) {
        return new Photo(p.id(), p.sha256(), p.pixelHash(), p.fileName(), p.mediaType(), p.width(), p.height(),
                p.embedded(), p.metadata(), p.agency(), p.raw(), p.problems(), p.ingestedAt(), p.updatedAt(),
                p.version() + 1, rating, List.of(labels));
    }

    private void markTheDesk() {
        index.index(marked(BONN, 5, "Select", "tagged"));
        index.index(marked(FLOOD, 4, "second"));
        index.index(marked(BERLIN, 3, "tagged", "needs crop"));
        index.index(marked(PARIS, 1));
        index.commit(6);
    }

    // Runs on every index, the fake included: the desk's marks are what the fake filters on.
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            rating:5                       | 1
            rating:>=4                     | 1 2
            rating:>3                      | 1 2
            rating:<=1                     | 4 5
            rating:<1                      | 5
            rating:0                       | 5
            rating:2..3                    | 3
            -rating:0                      | 1 2 3 4
            label:select                   | 1
            label:SELECT                   | 1
            label:"needs crop"             | 3
            label:review                   | ''
            -label:select                  | 2 3 4 5
            tagged:yes                     | 1 3
            tagged:no                      | 2 4 5
            tagged:yes rating:>=4          | 1
            rating:>=3 -tagged:yes         | 2
            """)
    void findsByTheDesksRatingsLabelsAndTag(String query, String expected) {
        markTheDesk();
        List<Long> want = expected.isBlank() ? List.of()
                : Arrays.stream(expected.trim().split(" ")).map(Long::valueOf).toList();
        SearchResult result = search(query, Sort.TAKEN);
        assertThat(result.ids()).as(query).containsExactlyInAnyOrderElementsOf(want);
        assertThat(result.total()).isEqualTo(want.size());
    }

    @Test
    void aKilledPhotoStaysOutOfARatingSearch() {
        index.index(marked(BONN, 5, "select"));
        Photo killed = new Photo(FLOOD.id(), FLOOD.sha256(), FLOOD.pixelHash(), FLOOD.fileName(), FLOOD.mediaType(),
                FLOOD.width(), FLOOD.height(), FLOOD.embedded(), FLOOD.metadata(), FLOOD.agency(), FLOOD.raw(),
                FLOOD.problems(), FLOOD.ingestedAt(), FLOOD.updatedAt(), 2, 5, List.of("select"), FLOOD.identity(),
                FLOOD.provenance(), null, new org.photodesk.core.photo.PhotoKill(T0, "MANDATORY KILL", "agency", "AP"));
        index.index(killed);
        index.commit(6);
        assertThat(ids("rating:5")).containsExactly(1L);
        assertThat(ids("label:select status:any")).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void countsRatingsLabelsAndEventsAsFacets() {
        assumeTrue(searchesQueries(), "this index does not count facets");
        markTheDesk();
        SearchResult all = search("", Sort.TAKEN);
        assertThat(all.facets().get("rating")).containsExactlyInAnyOrderEntriesOf(
                Map.of("5", 1L, "4", 1L, "3", 1L, "1", 1L, "0", 1L));
        assertThat(all.facets().get("label").firstEntry()).isEqualTo(Map.entry("tagged", 2L));
        assertThat(all.facets().get("label")).containsExactlyInAnyOrderEntriesOf(
                Map.of("tagged", 2L, "needs crop", 1L, "second", 1L, "select", 1L));
        assertThat(all.facets().get("event")).containsOnlyKeys("Rhein in Flammen", "Paris 2024 Olympic Games");
        assertThat(search("rating:>=4", Sort.TAKEN).facets().get("label"))
                .containsOnlyKeys("select", "tagged", "second");
    }

    @Test
    void findsExactlyTheGivenIdsAloneInAConjunctionOrNegated() {
        assumeTrue(searchesQueries(), "this index does not implement the query language");
        Query ids = new Query.Ids(java.util.Set.of(1L, 3L, 99L));

        assertThat(index.search(new SearchRequest(ids, Sort.TAKEN, 0, 50)).ids()).containsExactly(1L, 3L);
        assertThat(index.search(new SearchRequest(new Query.And(List.of(new Query.Words(Query.Field.ANY, "germany"),
                ids)), Sort.TAKEN, 0, 50)).ids()).containsExactly(1L, 3L);
        assertThat(index.search(new SearchRequest(new Query.And(List.of(new Query.Words(Query.Field.ANY, "meissner"),
                new Query.Not(ids))), Sort.TAKEN, 0, 50)).ids()).containsExactly(2L);
    }

    @Test
    void sortsByIngestTimeAndUndatedPhotosLast() {
        assumeTrue(searchesQueries(), "this index does not sort");
        assertThat(search("", Sort.INGESTED).ids()).containsExactly(5L, 4L, 2L, 3L, 1L);
        index.index(photo(6, null, T0.plus(Duration.ofHours(9)), b -> b.caption("Undated later")));
        index.commit(6);
        assertThat(search("", Sort.TAKEN).ids()).containsExactly(4L, 1L, 2L, 3L, 6L, 5L);
    }

    @Test
    void sortsByRelevance() {
        assumeTrue(searchesQueries(), "this index does not score");
        index.index(photo(10, null, T0, b -> b.headline("Flood").caption("A flood").keywords(List.of("flood"))
                .dateCreated(day("2020-01-01"))));
        index.commit(6);
        assertThat(search("flood", Sort.RELEVANCE).ids()).containsExactly(10L, 2L);
        assertThat(search("flood", Sort.TAKEN).ids()).containsExactly(2L, 10L);
    }

    @Test
    void facetsCountAllMatchesMostFrequentFirstInDisplayForm() {
        assumeTrue(searchesQueries(), "this index does not count facets");
        SearchResult all = search("", Sort.TAKEN);
        assertThat(all.facets()).containsOnlyKeys(FACET_NAMES);
        assertThat(all.facets().get("agency")).containsExactly(entry("AP", 2L), entry("AFP", 1L), entry("Reuters", 1L));
        assertThat(all.facets().get("byline").firstEntry()).isEqualTo(Map.entry("Martin Meissner", 2L));
        assertThat(all.facets().get("city")).containsKeys("Köln", "Bonn", "Berlin", "Paris").hasSize(4);
        assertThat(all.facets().get("person")).containsOnlyKeys("Angèle", "Olaf Scholz", "Angela Merkel");
        assertThat(all.facets().get("date").firstEntry()).isEqualTo(Map.entry("2024-08-11", 2L));
        assertThat(all.facets().get("agency")).isUnmodifiable();

        var onePage = index.search(new SearchRequest(new QueryParser().parse("germany"), Sort.TAKEN, 0, 1));
        assertThat(onePage.ids()).hasSize(1);
        assertThat(onePage.facets().get("byline"))
                .containsExactly(entry("Martin Meissner", 2L), entry("Markus Schreiber", 1L));
        var none = search("zebra", Sort.TAKEN);
        assertThat(none.facets()).containsOnlyKeys(FACET_NAMES);
        assertThat(none.facets().get("agency")).isEmpty();
    }

    @Test
    void keepsOnlyTheTwentyMostFrequentFacetValues() {
        assumeTrue(searchesQueries(), "this index does not count facets");
        for (int i = 0; i < 30; i++) {
            index.index(photo(100 + i, "Agency " + i, T0, b -> b.caption("many")));
            if (i < 3) {
                index.index(photo(200 + i, "Agency " + i, T0, b -> b.caption("many")));
            }
        }
        index.commit(7);
        var agencies = search("many", Sort.TAKEN).facets().get("agency");
        assertThat(agencies).hasSize(20);
        assertThat(agencies.sequencedKeySet().stream().limit(4))
                .containsExactly("Agency 0", "Agency 1", "Agency 2", "Agency 10");
        assertThat(agencies.values().stream().limit(4)).containsExactly(2L, 2L, 2L, 1L);
    }

    @ParameterizedTest
    @EnumSource(Sort.class)
    void deepPagesAreSlicesOfTheWholeOrder(Sort sort) {
        assumeTrue(searchesQueries(), "this index does not sort");
        for (int i = 0; i < 1500; i++) {
            int n = i;
            // ties everywhere: three photos per ingest second, taken dates repeat, every tenth undated
            index.index(photo(100 + i, n % 2 == 0 ? "AFP" : "dpa", T0.plusSeconds(n / 3), b -> b
                    .caption("river " + "flood ".repeat(1 + n % 3))
                    .dateCreated(n % 10 == 0 ? null : DateCreated.ofDate(LocalDate.of(2023, 1, 1).plusDays(n % 50)))));
        }
        index.commit(6);
        for (Query query : List.of(new Query.All(), new QueryParser().parse("flood"))) {
            SearchResult whole = index.search(new SearchRequest(query, sort, 0, 2000));
            int total = (int) whole.total();
            assertThat(whole.ids()).hasSize(total).doesNotHaveDuplicates();
            for (int offset : new int[] {0, 1, 99, 100, 999, 1000, 1001, total - 250, total - 37, total - 1, total,
                    total + 5}) {
                SearchResult page = index.search(new SearchRequest(query, sort, offset, 100));
                int from = Math.min(offset, total);
                assertThat(page.ids()).as("%s at offset %d of %d", query, offset, total)
                        .containsExactlyElementsOf(whole.ids().subList(from, Math.min(total, offset + 100)));
                assertThat(page.total()).isEqualTo(total);
                assertThat(page.facets()).isEqualTo(whole.facets());
            }
        }
    }
}
