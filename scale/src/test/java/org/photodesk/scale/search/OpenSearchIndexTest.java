package org.photodesk.scale.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.photodesk.core.ingest.IndexSync;
import org.photodesk.core.search.Query;
import org.photodesk.core.search.QueryParser;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.testing.InMemoryPhotoStore;
import org.photodesk.core.testing.StoreFixtures;
import org.photodesk.scale.testing.OpenSearchNodeExtension;

/** What the OpenSearch index does beyond the port's contract: rebuilds behind the alias, schema changes, errors. */
@ExtendWith(OpenSearchNodeExtension.class)
class OpenSearchIndexTest {

    private final OpenSearchNodeExtension.Node node;
    private final HttpClient http = HttpClient.newHttpClient();

    OpenSearchIndexTest(OpenSearchNodeExtension.Node node) {
        this.node = node;
    }

    private static InMemoryPhotoStore store(int photos) {
        var store = new InMemoryPhotoStore(Clock.systemUTC());
        for (int i = 0; i < photos; i++) {
            store.add(StoreFixtures.record("photo-" + i, "Flood number " + i + " on the river"));
        }
        return store;
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(node.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private int send(String method, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(node.url() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("content-type", "application/json").build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void rebuildsIntoANewIndexReportingProgressAndSwitchesTheAliasOnlyWhenComplete() throws Exception {
        URI url = node.freshIndex();
        String alias = url.getPath().substring(1);
        var store = store(230);
        try (var index = new OpenSearchIndex(IndexAddress.parse(url), new OpenSearchIndex.Tuning(100, 100));
                var other = new OpenSearchIndex(IndexAddress.parse(url), OpenSearchIndex.Tuning.DEFAULT)) {
            index.index(store.page(0, 1).getFirst());
            index.commit(1);
            String before = get("/_alias/" + alias);
            var progress = new ArrayList<long[]>();
            long indexed = index.rebuild(store, (done, total) -> {
                progress.add(new long[] {done, total});
                // while the rebuild runs, the alias still reads the old index
                assertThat(other.count()).isEqualTo(1);
            });
            assertThat(indexed).isEqualTo(230);
            assertThat(progress).extracting(p -> p[0]).containsExactly(100L, 200L, 230L);
            assertThat(progress).extracting(p -> p[1]).containsOnly(230L);
            assertThat(other.count()).isEqualTo(230);
            assertThat(other.lastStoreChange()).isEqualTo(store.lastChange());
            assertThat(other.search(new SearchRequest(new QueryParser().parse("flood river"), null, 0, 5)).total())
                    .isEqualTo(230);
            String after = get("/_alias/" + alias);
            assertThat(after).doesNotContain(before.substring(1, before.indexOf("\"", 2) + 1));
            assertThat(get("/_cat/indices/" + alias + "-*?h=index").strip().lines()).hasSize(1);
        }
    }

    @Test
    void indexSyncRepairsAnIndexThatMissedChanges() {
        URI url = node.freshIndex();
        var store = store(40);
        try (var index = new OpenSearchIndex(IndexAddress.parse(url), OpenSearchIndex.Tuning.DEFAULT)) {
            var sync = new IndexSync(store, index);
            var first = sync.repair();
            assertThat(first.replayed()).isEqualTo(40);
            assertThat(index.count()).isEqualTo(40);
            store.add(StoreFixtures.record("late", "A late arrival"));
            assertThat(sync.follow(java.util.Set.of())).isEqualTo(1);
            assertThat(index.lastStoreChange()).isEqualTo(store.lastChange());
            assertThat(sync.repair().wasInStep()).isTrue();
        }
    }

    @Test
    void anIndexOfAnotherSchemaIsReplacedByAnEmptyOneOnOpen() throws Exception {
        URI url = node.freshIndex();
        String alias = url.getPath().substring(1);
        try (var index = OpenSearchIndex.open(url)) {
            index.index(store(1).page(0, 1).getFirst());
            index.commit(7);
        }
        assertThat(send("PUT", "/" + alias + "/_doc/meta?refresh=true", "{\"storeChange\":7,\"schema\":\"0\"}"))
                .isBetween(200, 201);
        try (var reopened = OpenSearchIndex.open(url)) {
            assertThat(reopened.count()).isZero();
            assertThat(reopened.lastStoreChange()).isZero();
            assertThat(reopened.search(new SearchRequest(new Query.All(), null, 0, 10)).total()).isZero();
        }
    }

    @Test
    void refusesAnIndexOfTheAliasNameThatIsNoAlias() throws Exception {
        URI url = node.freshIndex();
        assertThat(send("PUT", url.getPath(), "{}")).isEqualTo(200);
        assertThatThrownBy(() -> OpenSearchIndex.open(url))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not an alias").hasMessageContaining("choose another name");
    }

    @Test
    void saysHowToStartOpenSearchWhenNoneAnswers() throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertThatThrownBy(() -> OpenSearchIndex.open(URI.create("http://127.0.0.1:" + port + "/photodesk")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("127.0.0.1:" + port).hasMessageContaining("scale/start-opensearch");
    }

    @Test
    void findsAWordThatIsOnlyPunctuationOrAnEmojiAsLuceneDoes() {
        URI url = node.freshIndex();
        try (var index = OpenSearchIndex.open(url)) {
            var store = store(3);
            List<org.photodesk.core.photo.Photo> photos = store.page(0, 3);
            photos.forEach(index::index);
            index.commit(3);
            var parser = new QueryParser();
            // '&' makes no token: the clause constrains nothing, negated or not; an emoji is a token of its own
            assertThat(index.search(new SearchRequest(parser.parse("& flood"), null, 0, 10)).total()).isEqualTo(3);
            assertThat(index.search(new SearchRequest(parser.parse("-&"), null, 0, 10)).total()).isEqualTo(3);
            assertThat(index.search(new SearchRequest(parser.parse("🙂"), null, 0, 10)).total()).isZero();
            assertThat(index.search(new SearchRequest(parser.parse("-🙂"), null, 0, 10)).total()).isEqualTo(3);
        }
    }

    /** {@code p} at {@code version} with {@code labels}, as a desk node read it from the store. */
    private static org.photodesk.core.photo.Photo at(org.photodesk.core.photo.Photo p, int version, String... labels) {
        return new org.photodesk.core.photo.Photo(p.id(), p.sha256(), p.pixelHash(), p.fileName(), p.mediaType(),
                p.width(), p.height(), p.embedded(), p.metadata(), p.agency(), p.raw(), p.problems(), p.ingestedAt(),
                p.updatedAt(), version, 0, List.of(labels));
    }

    @Test
    void twoNodesOnOneAliasKeepAPhotosLaterStateWhicheverSendsItLast() {
        URI url = node.freshIndex();
        var photo = store(1).page(0, 1).getFirst();
        var parser = new QueryParser();
        try (var first = new OpenSearchIndex(IndexAddress.parse(url), OpenSearchIndex.Tuning.DEFAULT);
                var second = new OpenSearchIndex(IndexAddress.parse(url), OpenSearchIndex.Tuning.DEFAULT)) {
            // the second node read the photo after the desk tagged it and sends it first; the first node read it
            // before, and its bulk lands last
            second.index(at(photo, 4, "select", "tagged"));
            second.commit(4);
            first.index(at(photo, 3, "select"));
            first.commit(3);

            for (var index : List.of(first, second)) {
                assertThat(index.search(new SearchRequest(parser.parse("tagged:yes"), null, 0, 10)).ids())
                        .containsExactly(photo.id());
            }
            first.index(at(photo, 5, "second"));
            first.commit(5);
            assertThat(second.search(new SearchRequest(parser.parse("tagged:yes"), null, 0, 10)).ids()).isEmpty();
            assertThat(second.search(new SearchRequest(parser.parse("label:second"), null, 0, 10)).ids())
                    .containsExactly(photo.id());
        }
    }
}
