package org.photodesk.embedded.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.photodesk.embedded.search.Photos.T0;
import static org.photodesk.embedded.search.Photos.day;
import static org.photodesk.embedded.search.Photos.photo;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.search.Query;
import org.photodesk.core.search.QueryParser;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.search.SearchRequest.Sort;
import org.photodesk.core.search.SearchResult;

class LuceneSearchIndexTest {

    @TempDir
    Path dir;

    private LuceneSearchIndex index;

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
            .dateCreated(new DateCreated(LocalDate.parse("2024-08-11"), java.time.LocalTime.of(10, 0), null)));
    private static final Photo ARCHIVE = Photos.withFileName(photo(5, null, T0.plus(Duration.ofHours(5)), b -> b
            .caption("Archive picture of a Meissen porcelain cup, photographer unknown")), "archive_0042.jpg");

    @BeforeEach
    void open() {
        index = new LuceneSearchIndex(dir);
        List.of(BONN, FLOOD, BERLIN, PARIS, ARCHIVE).forEach(index::index);
        index.commit(5);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<Long> ids(String query) {
        return search(query, Sort.TAKEN).ids();
    }

    private SearchResult search(String query, Sort sort) {
        return index.search(new SearchRequest(new QueryParser().parse(query), sort, 0, 50));
    }

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
            credit:reuters                      | 3
            agency:reuters                      | 3
            agency:ap                           | 1 2
            reuters                             | 3
            person:scholz                       | 3
            person:"Olaf Scholz"                | 3
            person:"Scholz Angela"              | ''
            city:koln                           | 2
            city:Köln                           | 2
            köln                                | 2
            city:paris                          | 4
            keyword:berlin                      | ''
            country:de                          | 1
            country:germany                     | 1 2 3
            keyword:flood                       | 2
            event:olympic                       | 4
            event:"rhein in flammen"            | 1
            in:eiffel                           | 4
            in:"north rhine"                    | 2
            in:elysees                          | 4
            in:Élysées                          | 4
            in:france                           | 4
            in:bonn                             | 1
            in:germany -in:bonn                 | 2 3
            angele                              | 4 1
            Angèle                              | 4 1
            ANGÈLE                              | 4 1
            person:angele                       | 1
            archive_0042.jpg                    | 5
            &                                   | 4 1 2 3 5
            -&                                  | 4 1 2 3 5
            taken:2024-08-11                    | 4 1
            taken:2024-08-01..2024-08-10        | 2
            taken:2024-08                       | 4 1 2
            taken:>2024-08-01                   | 4 1
            taken:>=2024-08-01                  | 4 1 2
            taken:<2024-08-01                   | 3
            taken:..2024-07-31                  | 3
            taken:2024                          | 4 1 2 3
            taken:2023                          | ''
            -taken:2024                         | 5
            germany taken:2024-08               | 1 2
            """)
    void finds(String query, String expected) {
        List<Long> want = expected.isBlank() ? List.of()
                : java.util.Arrays.stream(expected.trim().split(" ")).map(Long::valueOf).toList();
        SearchResult result = search(query, Sort.TAKEN);
        assertThat(result.ids()).as(query).containsExactlyElementsOf(want);
        assertThat(result.total()).isEqualTo(want.size());
    }

    @Test
    void sortsByIngestTime() {
        assertThat(search("", Sort.INGESTED).ids()).containsExactly(5L, 4L, 2L, 3L, 1L);
    }

    @Test
    void sortsUndatedPhotosAfterDatedOnesThenByIngestTime() {
        index.index(photo(6, null, T0.plus(Duration.ofHours(9)), b -> b.caption("Undated later")));
        index.commit(6);
        assertThat(search("", Sort.TAKEN).ids()).containsExactly(4L, 1L, 2L, 3L, 6L, 5L);
    }

    @Test
    void sortsByRelevance() {
        index.index(photo(10, null, T0, b -> b.headline("Flood").caption("A flood").keywords(List.of("flood"))
                .dateCreated(day("2020-01-01"))));
        index.commit(6);
        assertThat(search("flood", Sort.RELEVANCE).ids()).containsExactly(10L, 2L);
        assertThat(search("flood", Sort.TAKEN).ids()).containsExactly(2L, 10L);
    }

    @ParameterizedTest
    @EnumSource(Sort.class)
    void countsEveryMatchAndFacetWhenThePageStopsEarly(Sort sort) {
        for (int i = 0; i < 3000; i++) {
            int n = i;
            index.index(photo(100 + i, i % 3 == 0 ? "AFP" : "dpa", T0.plusSeconds(i), b -> b
                    .caption("river " + "flood ".repeat(1 + n % 7) + "word" + n % 11)
                    .dateCreated(n % 10 == 0 ? null : DateCreated.ofDate(LocalDate.of(2023, 1, 1).plusDays(n % 400)))));
        }
        index.commit(6);
        var result = index.search(new SearchRequest(new QueryParser().parse("flood"), sort, 0, 5));
        assertThat(result.total()).isEqualTo(3001);
        assertThat(result.ids()).hasSize(5);
        assertThat(result.facets().get("agency")).containsExactly(entry("dpa", 2000L), entry("AFP", 1000L), entry("AP", 1L));
        var all = index.search(new SearchRequest(new Query.All(), sort, 0, 5));
        assertThat(all.total()).isEqualTo(3005);
        assertThat(all.facets().get("agency")).containsExactly(
                entry("dpa", 2000L), entry("AFP", 1001L), entry("AP", 2L), entry("Reuters", 1L));
    }

    @Test
    void facetsOfEverythingFollowCommits() {
        assertThat(search("", Sort.TAKEN).facets().get("agency")).doesNotContainKey("Keystone");
        index.index(photo(9, "Keystone", T0, b -> b.caption("new")));
        index.commit(6);
        assertThat(search("", Sort.TAKEN).facets().get("agency")).containsEntry("Keystone", 1L);
        assertThat(search("", Sort.TAKEN).facets().get("agency")).isUnmodifiable();
    }

    @ParameterizedTest
    @EnumSource(Sort.class)
    void deepPagesAreSlicesOfTheWholeOrder(Sort sort) {
        for (int i = 0; i < 2600; i++) {
            int n = i;
            // ties everywhere: three photos per ingest second, taken dates repeat, every tenth undated
            index.index(photo(100 + i, n % 2 == 0 ? "AFP" : "dpa", T0.plusSeconds(n / 3), b -> b
                    .caption("river " + "flood ".repeat(1 + n % 3))
                    .dateCreated(n % 10 == 0 ? null : DateCreated.ofDate(LocalDate.of(2023, 1, 1).plusDays(n % 50)))));
        }
        index.commit(6);
        for (Query query : List.of(new Query.All(), new QueryParser().parse("flood"))) {
            SearchResult whole = index.search(new SearchRequest(query, sort, 0, 5000));
            int total = (int) whole.total();
            assertThat(whole.ids()).hasSize(total).doesNotHaveDuplicates();
            for (int offset : new int[] {0, 1, 999, 1000, total / 2, total / 2 + 1, total - 250, total - 100,
                    total - 37, total - 1, total, total + 5}) {
                SearchResult page = index.search(new SearchRequest(query, sort, offset, 100));
                int from = Math.min(offset, total);
                assertThat(page.ids()).as("%s at offset %d of %d", query, offset, total)
                        .containsExactlyElementsOf(whole.ids().subList(from, Math.min(total, offset + 100)));
                assertThat(page.total()).isEqualTo(total);
                assertThat(page.facets()).isEqualTo(whole.facets());
            }
        }
    }

    @Test
    void facetCountsOfHitsAreLucenesAcrossSegmentsUpdatesAndDeletes() throws Exception {
        var random = new java.util.Random(20241121);
        String[] agencies = {"AP", "AFP", "dpa", "Reuters", "EPA"};
        String[] cities = java.util.stream.IntStream.range(0, 30).mapToObj(i -> "City " + (char) ('A' + i % 26) + i)
                .toArray(String[]::new);
        String[] people = java.util.stream.IntStream.range(0, 45)
                .mapToObj(i -> (i % 9 == 0 ? "Zoë " : i % 7 == 0 ? "Ángel " : "Person ") + i).toArray(String[]::new);
        String[] words = {"river", "flood", "stadium", "vigil", "harbour"};
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < 700; i++) {
                long id = 100 + random.nextInt(2500);
                String agency = agencies[random.nextInt(agencies.length)];
                String caption = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)];
                List<String> bylines = random.nextInt(10) == 0 ? List.of() : List.of("By " + random.nextInt(25));
                String city = random.nextInt(8) == 0 ? null : cities[random.nextInt(cities.length)];
                List<String> who = java.util.stream.IntStream.range(0, random.nextInt(4))
                        .mapToObj(k -> people[Math.min(random.nextInt(people.length), random.nextInt(people.length))])
                        .distinct().toList();
                DateCreated date = random.nextInt(6) == 0 ? null
                        : DateCreated.ofDate(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(60)));
                index.index(photo(id, agency, T0.plusSeconds(id), b -> b.caption(caption).byline(bylines).city(city)
                        .people(who).dateCreated(date)));
            }
            if (round == 2) {
                for (int i = 0; i < 200; i++) {
                    index.delete(100 + random.nextInt(2500));
                }
            }
            index.commit(6 + round);
            if (round == 0 || round == 3) {
                assertFacetsAreLucenes(List.of("river", "flood -vigil", "harbour OR stadium", "agency:AP", "Zoë"));
            }
        }
    }

    private void assertFacetsAreLucenes(List<String> queries) throws Exception {
        index.sync();
        try (var reader = org.apache.lucene.index.DirectoryReader.open(FSDirectory.open(dir))) {
            var searcher = new org.apache.lucene.search.IndexSearcher(reader);
            var state = new org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState(
                    reader, new IndexSchema().facetsConfig());
            for (String text : queries) {
                Query query = new QueryParser().parse(text);
                var hits = searcher.search(new LuceneQueries().translate(query),
                        new org.apache.lucene.facet.FacetsCollectorManager());
                var lucene = new org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts(state, hits);
                for (int offset : new int[] {0, 1000}) {
                    var ours = index.search(new SearchRequest(query, Sort.INGESTED, offset, 10)).facets();
                    for (String dim : IndexSchema.FACETS) {
                        var top = state.getOrdRange(dim) == null ? null : lucene.getTopChildren(20, dim);
                        var expected = new java.util.ArrayList<String>();
                        if (top != null) {
                            for (var lv : top.labelValues) {
                                expected.add(lv.label + "=" + lv.value);
                            }
                        }
                        assertThat(ours.get(dim).entrySet()).extracting(e -> e.getKey() + "=" + e.getValue())
                                .as("%s of '%s' at offset %d, %d segments", dim, text, offset, reader.leaves().size())
                                .containsExactlyElementsOf(expected);
                    }
                }
            }
            assertThat(reader.leaves().size()).as("segments").isPositive();
        }
    }

    @Test
    void pagesWhileCountingAllMatches() {
        var page = index.search(new SearchRequest(new Query.All(), Sort.TAKEN, 1, 2));
        assertThat(page.ids()).containsExactly(1L, 2L);
        assertThat(page.total()).isEqualTo(5);
        var none = index.search(new SearchRequest(new Query.All(), Sort.TAKEN, 0, 0));
        assertThat(none.ids()).isEmpty();
        assertThat(none.total()).isEqualTo(5);
        assertThat(index.search(new SearchRequest(new Query.All(), Sort.TAKEN, 10, 5)).ids()).isEmpty();
    }

    @Test
    void facetsCountAllMatchesMostFrequentFirstInDisplayForm() {
        SearchResult all = search("", Sort.TAKEN);
        assertThat(all.facets()).containsOnlyKeys("agency", "byline", "city", "person", "date", "c2pa", "event", "rating", "label");
        assertThat(all.facets().get("agency")).containsExactly(entry("AP", 2L), entry("AFP", 1L), entry("Reuters", 1L));
        assertThat(all.facets().get("byline").firstEntry()).isEqualTo(Map.entry("Martin Meissner", 2L));
        assertThat(all.facets().get("city")).containsKeys("Köln", "Bonn", "Berlin", "Paris").hasSize(4);
        assertThat(all.facets().get("person")).containsOnlyKeys("Angèle", "Olaf Scholz", "Angela Merkel");
        assertThat(all.facets().get("date").firstEntry()).isEqualTo(Map.entry("2024-08-11", 2L));

        var onePage = index.search(new SearchRequest(new QueryParser().parse("germany"), Sort.TAKEN, 0, 1));
        assertThat(onePage.ids()).hasSize(1);
        assertThat(onePage.facets().get("byline"))
                .containsExactly(entry("Martin Meissner", 2L), entry("Markus Schreiber", 1L));
        assertThat(onePage.facets().get("agency")).containsExactly(entry("AP", 2L), entry("Reuters", 1L));
    }

    @Test
    void keepsOnlyTheTwentyMostFrequentFacetValues() {
        for (int i = 0; i < 30; i++) {
            int n = i;
            index.index(photo(100 + i, "Agency " + i, T0, b -> b.caption("many")));
            if (i < 3) {
                index.index(photo(200 + i, "Agency " + i, T0, b -> b.caption("many")));
            }
        }
        index.commit(7);
        var agencies = search("many", Sort.TAKEN).facets().get("agency");
        assertThat(agencies).hasSize(20);
        assertThat(agencies.sequencedKeySet().stream().limit(3)).containsExactly("Agency 0", "Agency 1", "Agency 2");
        assertThat(agencies.values().stream().limit(4)).containsExactly(2L, 2L, 2L, 1L);
    }

    @Test
    void emptyIndexSearchesToNothing() {
        index.clear();
        index.commit(8);
        var result = search("flood", Sort.TAKEN);
        assertThat(result.total()).isZero();
        assertThat(result.facets().get("agency")).isEmpty();
        assertThat(index.count()).isZero();
    }

    @Test
    void changesAreInvisibleUntilCommit() {
        index.index(photo(7, null, T0, b -> b.caption("zebra")));
        index.delete(1);
        assertThat(ids("zebra")).isEmpty();
        assertThat(index.count()).isEqualTo(5);
        index.commit(9);
        assertThat(ids("zebra")).containsExactly(7L);
        assertThat(index.count()).isEqualTo(5);
    }

    @Test
    void recordsTheStoreChangeAcrossReopen() {
        assertThat(index.lastStoreChange()).isEqualTo(5);
        index.commit(42);
        assertThat(index.lastStoreChange()).isEqualTo(42);
        index.sync();
        index.index(photo(8, null, T0, b -> b.caption("uncommitted")));
        index.close();
        index = new LuceneSearchIndex(dir);
        assertThat(index.lastStoreChange()).isEqualTo(42);
        assertThat(index.count()).isEqualTo(5);
        assertThat(ids("uncommitted")).isEmpty();
    }

    @Test
    void aCommitIsSearchableAtOnceAndSyncedAMomentLaterWithoutAnotherCall() throws Exception {
        index.index(photo(8, null, T0, b -> b.caption("published")));
        index.commit(43);
        assertThat(ids("published")).as("searchable at once").containsExactly(8L);
        long waited = 0;
        while (readCommittedStoreChange() != 43 && waited < 30_000) {
            Thread.sleep(50);
            waited += 50;
        }
        assertThat(readCommittedStoreChange()).as("synced to disk without another call").isEqualTo(43);
    }

    @Test
    void closingWithWritesNotYetPublishedKeepsTheLastSyncedStateForTheStoreToReplay() {
        index.commit(44);
        index.index(photo(8, null, T0, b -> b.caption("unpublished")));
        index.close();
        index = new LuceneSearchIndex(dir);
        assertThat(index.lastStoreChange()).as("an earlier change: the store replays what came after")
                .isLessThanOrEqualTo(44);
        assertThat(ids("unpublished")).isEmpty();
    }

    private long readCommittedStoreChange() throws Exception {
        try (var d = FSDirectory.open(dir)) {
            return Long.parseLong(org.apache.lucene.index.SegmentInfos.readLatestCommit(d).getUserData()
                    .get("storeChange"));
        }
    }

    @Test
    void newIndexHasStoreChangeZero(@TempDir Path empty) {
        try (var fresh = new LuceneSearchIndex(empty.resolve("not-yet"))) {
            assertThat(fresh.lastStoreChange()).isZero();
            assertThat(fresh.count()).isZero();
            assertThat(fresh.search(new SearchRequest(new Query.All(), null, 0, 10)).ids()).isEmpty();
        }
    }

    @Test
    void indexOfAnotherSchemaIsEmptiedOnOpen(@TempDir Path other) throws Exception {
        try (var d = FSDirectory.open(other); var w = new IndexWriter(d, new IndexWriterConfig())) {
            w.addDocument(new Document());
            w.setLiveCommitData(Map.of("storeChange", "99", "schema", "0").entrySet());
            w.commit();
        }
        try (var reopened = new LuceneSearchIndex(other)) {
            assertThat(reopened.count()).isZero();
            assertThat(reopened.lastStoreChange()).isZero();
        }
    }

    @Test
    void aSecondIndexOnTheSameDirectoryIsRefusedWithAFix() {
        assertThatThrownBy(() -> new LuceneSearchIndex(dir))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("not used by another process");
        assertThat(index.count()).isEqualTo(5);
    }

    @Test
    void updateReplacesTheDocumentOfTheSameId() {
        index.index(photo(2, "AP", T0, b -> b.caption("Drought dries the river bed").city("Köln")));
        index.commit(10);
        assertThat(ids("flood")).isEmpty();
        assertThat(ids("drought")).containsExactly(2L);
        assertThat(index.count()).isEqualTo(5);
    }

    @Test
    void deletesAndClears() {
        index.delete(3);
        index.delete(999);
        index.commit(11);
        assertThat(ids("")).containsExactly(4L, 1L, 2L, 5L);
        assertThat(index.count()).isEqualTo(4);
        assertThat(search("", Sort.TAKEN).facets().get("agency")).containsExactly(entry("AP", 2L), entry("AFP", 1L));
        assertThat(search("germany", Sort.TAKEN).facets().get("agency")).containsExactly(entry("AP", 2L));
        index.clear();
        index.commit(12);
        assertThat(index.count()).isZero();
        assertThat(index.lastStoreChange()).isEqualTo(12);
        index.index(BONN);
        index.commit(13);
        assertThat(ids("bonn")).containsExactly(1L);
    }

    @Test
    void searchesWhileIndexingAndCommittingFromOtherThreads() throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    index.index(photo(1000 + i, "AP", T0, b -> b.caption("burst frame")));
                    if (i % 50 == 49) {
                        index.commit(100 + i);
                    }
                }
            });
            List<Future<Long>> readers = java.util.stream.IntStream.range(0, 3)
                    .mapToObj(r -> pool.submit(() -> {
                        long seen = 0;
                        for (int i = 0; i < 100; i++) {
                            seen = Math.max(seen, search("burst", Sort.TAKEN).total());
                        }
                        return seen;
                    }))
                    .toList();
            writer.get();
            for (Future<Long> reader : readers) {
                assertThat(reader.get()).isBetween(0L, 500L);
            }
        }
        assertThat(search("burst", Sort.TAKEN).total()).isEqualTo(500);
        assertThat(index.lastStoreChange()).isEqualTo(599);
    }
}
