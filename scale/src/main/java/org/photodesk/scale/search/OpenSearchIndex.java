package org.photodesk.scale.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SearchType;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.Time;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.MsearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.msearch.MultiSearchItem;
import org.opensearch.client.opensearch.core.msearch.MultiSearchResponseItem;
import org.opensearch.client.opensearch.core.msearch.RequestItem;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.core.search.Pit;
import org.opensearch.client.opensearch.core.search.SourceConfig;
import org.opensearch.client.opensearch.core.search.TrackHits;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.search.DocumentOrder;
import org.photodesk.core.search.SearchIndex;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SearchIndex} on an OpenSearch cluster, read and written through one alias ({@link IndexAddress}):
 * thread-safe, finding, ordering and counting what the embedded Lucene index does on the same photos.
 *
 * <p>Changes are buffered and sent in bulk; the index never refreshes by itself ({@code refresh_interval: -1}), so
 * {@link #commit(long)} sends what is left together with the metadata document (the store change the index reflects,
 * and the schema version) and then refreshes: searches see exactly the committed state, as with Lucene. Changes not
 * yet sent when the index is closed are dropped and replayed from the store next time; a bulk already sent (every
 * {@value #DEFAULT_BULK} changes) may become visible at the next commit of any process, which a replay makes
 * harmless. {@link #clear()} starts a new index behind the scenes: everything up to the next commit goes there, and
 * the commit moves the alias to it in one step and deletes the old one, so searches see the old index until the new
 * one is complete ({@link #rebuild(PhotoStore, Progress)} does that from the store and reports its progress).
 *
 * <p>Pages up to the 10,000th hit are cut with {@code from}/{@code size}; deeper pages walk the hits with
 * {@code search_after} on a point in time, so every step sees one consistent state of the index.
 */
public final class OpenSearchIndex implements SearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchIndex.class);
    private static final int TOP_FACET_VALUES = 20;
    private static final int DEFAULT_BULK = 1000;
    /** OpenSearch's default {@code index.max_result_window}: the deepest hit {@code from}/{@code size} reaches. */
    private static final int DEFAULT_WINDOW = 10_000;
    static final String ANALYZER = "photodesk_text";

    /**
     * How far {@code from}/{@code size} pages reach ({@code window}, at most the index's max result window) and how
     * many changes go in one bulk request; tests make both small to exercise them on a small library.
     */
    record Tuning(int window, int bulk) {
        static final Tuning DEFAULT = new Tuning(DEFAULT_WINDOW, DEFAULT_BULK);
    }

    /** Told how a {@link #rebuild(PhotoStore, Progress)} advances: photos indexed so far, of how many. */
    @FunctionalInterface
    public interface Progress {
        void indexed(long done, long total);
    }

    private final IndexAddress address;
    private final Tuning tuning;
    private final OpenSearchTransport transport;
    private final OpenSearchClient client;
    private final OpenSearchGenericClient generic;
    private final OpenSearchQueries queries;
    private final ObjectMapper json = new ObjectMapper();
    /** Whether a text without letters or digits analyses to a token, by text (a few odd words per library). */
    private final Map<String, Boolean> tokens = new ConcurrentHashMap<>();

    private final Object writes = new Object();
    /** Changes not yet sent; guarded by {@link #writes}. */
    private final List<BulkOperation> unsent = new ArrayList<>();
    /** The index a {@link #clear()} started, written until the next commit moves the alias; guarded by writes. */
    private String replacement;

    /**
     * Opens the index at {@code url} ({@code http://HOST:PORT/ALIAS}, see {@link IndexAddress}), creating the alias
     * and an empty index when missing, and replacing an index of another schema version by an empty one (start-up then
     * rebuilds it from the store, as for the Lucene index).
     */
    public static OpenSearchIndex open(URI url) {
        return new OpenSearchIndex(IndexAddress.parse(url), Tuning.DEFAULT);
    }

    OpenSearchIndex(IndexAddress address, Tuning tuning) {
        this.address = address;
        this.tuning = tuning;
        this.transport = transport(address);
        this.client = new OpenSearchClient(transport);
        this.generic = client.generic();
        this.queries = new OpenSearchQueries(this::hasTokens);
        try {
            ensureAlias();
        } catch (RuntimeException e) {
            closeTransport(e);
            throw e;
        }
    }

    /** Where this index lives. */
    public IndexAddress address() {
        return address;
    }

    private static OpenSearchTransport transport(IndexAddress address) {
        var host = new HttpHost(address.scheme(), address.host(), address.port());
        return ApacheHttpClient5TransportBuilder.builder(host)
                .setMapper(new JacksonJsonpMapper())
                .setRequestConfigCallback(r -> r.setResponseTimeout(Timeout.ofMinutes(2)))
                .setHttpClientConfigCallback(b -> {
                    if (address.user() != null) {
                        var credentials = new BasicCredentialsProvider();
                        credentials.setCredentials(new AuthScope(host),
                                new UsernamePasswordCredentials(address.user(), address.password().toCharArray()));
                        b.setDefaultCredentialsProvider(credentials);
                    }
                    return b.setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                            .setMaxConnPerRoute(64).setMaxConnTotal(64).build());
                })
                .build();
    }

    // ---- the alias and the indexes behind it ----

    private void ensureAlias() {
        boolean exists = call("look for the alias", () -> client.indices().existsAlias(a -> a.name(address.alias())).value());
        if (!exists) {
            if (call("look for an index of the alias's name", () -> client.indices().exists(e -> e.index(address.alias())).value())) {
                throw new IllegalStateException("OpenSearch at " + address.node() + " has an index named '"
                        + address.alias() + "' that is not an alias: Photodesk reads and writes through an alias of"
                        + " that name; choose another name in the index URL, or delete that index");
            }
            String first = address.alias() + "-1";
            if (createIndex(first, true)) {
                writeMeta(first, 0);
                refresh(first);
                LOG.info("created search index {} behind alias {} at {}", first, address.alias(), address.node());
            }
            return;
        }
        String schema = readMeta().map(m -> String.valueOf(m.get(PhotoDocuments.META_SCHEMA))).orElse(PhotoDocuments.VERSION);
        if (!schema.equals(PhotoDocuments.VERSION)) {
            LOG.warn("search index {} has schema {}, not {}: replacing it by an empty one for a rebuild from the store",
                    address, schema, PhotoDocuments.VERSION);
            String fresh = newIndexName();
            createIndex(fresh, false);
            writeMeta(fresh, 0);
            refresh(fresh);
            moveAlias(fresh);
        }
    }

    private String newIndexName() {
        return address.alias() + "-" + System.currentTimeMillis();
    }

    /** Creates index {@code name} (with the alias when {@code withAlias}); false when it exists already. */
    private boolean createIndex(String name, boolean withAlias) {
        ObjectNode body = indexBody();
        if (withAlias) {
            body.putObject("aliases").putObject(address.alias());
        }
        var response = raw("create index " + name, () -> generic.execute(Requests.builder()
                .method("PUT").endpoint("/" + name).json(json.writeValueAsString(body)).build()));
        if (response.status() == 400 && response.body().contains("resource_already_exists_exception")) {
            return false;
        }
        response.expectOk("create index " + name);
        return true;
    }

    private ObjectNode indexBody() {
        try (InputStream in = OpenSearchIndex.class.getResourceAsStream("index.json")) {
            ObjectNode body = (ObjectNode) json.readTree(in);
            ObjectNode settings = (ObjectNode) body.path("settings").path("index");
            settings.put("number_of_shards", address.shards());
            settings.put("number_of_replicas", address.replicas());
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index.json, the OpenSearch index mapping: the jar is damaged", e);
        }
    }

    /** Points the alias at {@code target} alone, in one step, then deletes the indexes it pointed at before. */
    private void moveAlias(String target) {
        List<String> before = call("find the indexes behind the alias", () -> new ArrayList<>(
                client.indices().getAlias(a -> a.name(address.alias())).result().keySet()));
        before.remove(target);
        call("move the alias to " + target, () -> client.indices().updateAliases(u -> {
            before.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(address.alias()))));
            return u.actions(a -> a.add(add -> add.index(target).alias(address.alias())));
        }));
        for (String old : before) {
            call("delete the replaced index " + old, () -> client.indices().delete(d -> d.index(old)));
        }
        LOG.info("search index {} now reads {}; deleted {}", address, target, before);
    }

    private void refresh(String index) {
        call("refresh " + index, () -> client.indices().refresh(r -> r.index(index)));
    }

    private void writeMeta(String index, long storeChange) {
        call("record store change " + storeChange, () -> client.index(i -> i.index(index).id(PhotoDocuments.META_ID)
                .document(PhotoDocuments.meta(storeChange))));
    }

    @SuppressWarnings("rawtypes")
    private java.util.Optional<Map> readMeta() {
        GetResponse<Map> got = call("read the store change", () -> client.get(g -> g.index(address.alias())
                .id(PhotoDocuments.META_ID).realtime(false), Map.class));
        return got.found() ? java.util.Optional.ofNullable(got.source()) : java.util.Optional.empty();
    }

    // ---- writes ----

    /**
     * Sends the photo's document with its state ({@link DocumentOrder}) as an external version that may repeat
     * ({@code external_gte}): OpenSearch refuses it when the index holds a later state of the photo, whoever sent that,
     * so an older state never replaces a newer one (refusals are expected, not errors: see {@link #send(String)}).
     */
    @Override
    public void index(Photo photo) {
        Map<String, Object> doc = PhotoDocuments.document(photo);
        long state = DocumentOrder.of(photo);
        add(BulkOperation.of(b -> b.index(i -> i.id(Long.toString(photo.id())).document(doc)
                .version(state).versionType(VersionType.ExternalGte))));
    }

    @Override
    public void delete(long photoId) {
        add(BulkOperation.of(b -> b.delete(d -> d.id(Long.toString(photoId)))));
    }

    private void add(BulkOperation operation) {
        synchronized (writes) {
            unsent.add(operation);
            if (unsent.size() >= tuning.bulk()) {
                send(target());
            }
        }
    }

    /** Where writes go now: the index a clear started, else the alias. Called holding {@link #writes}. */
    private String target() {
        return replacement != null ? replacement : address.alias();
    }

    @Override
    public void clear() {
        synchronized (writes) {
            unsent.clear();
            if (replacement != null) {
                String dropped = replacement;
                call("delete the unfinished index " + dropped, () -> client.indices().delete(d -> d.index(dropped)));
            }
            replacement = newIndexName();
            createIndex(replacement, false);
        }
    }

    @Override
    public void commit(long storeChange) {
        synchronized (writes) {
            String target = target();
            unsent.add(BulkOperation.of(b -> b.index(i -> i.id(PhotoDocuments.META_ID)
                    .document(PhotoDocuments.meta(storeChange)))));
            send(target);
            refresh(target);
            if (replacement != null) {
                moveAlias(replacement);
                replacement = null;
            }
        }
    }

    /** Sends the unsent changes to {@code index} in one bulk request. Called holding {@link #writes}. */
    private void send(String index) {
        if (unsent.isEmpty()) {
            return;
        }
        List<BulkOperation> batch = List.copyOf(unsent);
        unsent.clear();
        BulkResponse response = call("send " + batch.size() + " changes", () -> client.bulk(b -> b.index(index).operations(batch)));
        if (!response.errors()) {
            return;
        }
        List<BulkResponseItem> refused = response.items().stream().filter(item -> item.error() != null).toList();
        List<BulkResponseItem> failed = refused.stream().filter(item -> !olderState(item)).toList();
        if (refused.size() > failed.size()) {
            LOG.debug("search index {}: kept the later state of {} photos sent again in an older one", address,
                    refused.size() - failed.size());
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("search index " + address + ": OpenSearch refused " + failed.size()
                    + " of " + batch.size() + " changes, such as " + failed.stream().limit(3)
                            .map(OpenSearchIndex::failure).toList()
                    + "; the store is intact: run reindex once the cause is fixed");
        }
    }

    /** Whether OpenSearch refused a document because it holds a later state of the photo: as intended. */
    private static boolean olderState(BulkResponseItem item) {
        return item.status() == 409 && "version_conflict_engine_exception".equals(item.error().type());
    }

    private static String failure(BulkResponseItem item) {
        return "photo " + item.id() + ": " + item.error().type() + " " + item.error().reason();
    }

    /**
     * Rebuilds the index from {@code store} into a new index that replaces the current one only when complete (searches
     * meanwhile see the old one), telling {@code progress} after each page; returns the number of photos indexed.
     * Photos changed during the rebuild are indexed by the next {@link org.photodesk.core.ingest.IndexSync#follow},
     * as the commit records the store change read before the first page.
     */
    public long rebuild(PhotoStore store, Progress progress) {
        long change = store.lastChange();
        long total = store.count();
        clear();
        long done = 0;
        long after = 0;
        for (List<Photo> page = store.page(after, tuning.bulk()); !page.isEmpty(); page = store.page(after, tuning.bulk())) {
            page.forEach(this::index);
            done += page.size();
            after = page.getLast().id();
            progress.indexed(done, Math.max(total, done));
        }
        commit(change);
        return done;
    }

    // ---- reads ----

    @Override
    public long lastStoreChange() {
        return readMeta().map(m -> m.get(PhotoDocuments.META_STORE_CHANGE))
                .map(v -> v instanceof Number n ? n.longValue() : parseStoreChange(String.valueOf(v)))
                .orElse(0L);
    }

    private static long parseStoreChange(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            LOG.warn("search index records store change '{}', not a number: replaying the store from the start", value);
            return 0L;
        }
    }

    @Override
    public long count() {
        return call("count photos", () -> client.count(c -> c.index(address.alias())
                .query(photos(OpenSearchQueries.matchAll()))).count());
    }

    /** {@code query} over photos only: the metadata document never matches. */
    private static Query photos(Query query) {
        return Query.of(q -> q.bool(b -> b.must(query).mustNot(n -> n.ids(i -> i.values(PhotoDocuments.META_ID)))));
    }

    @Override
    public SearchResult search(SearchRequest request) {
        Query query = photos(OpenSearchQueries.live(request.query(), queries.translate(request.query())));
        List<SortOptions> sort = sort(request.sort());
        long end = (long) request.offset() + request.limit();
        if (end <= tuning.window()) {
            return page(query, sort, request);
        }
        return deep(query, sort, request);
    }

    /**
     * A page within the window, in one round trip of two searches: the page (ids from the sort values), and the total
     * with the facets as a search for no hits, which OpenSearch's request cache keeps until the next refresh, so
     * paging through one query or many desks showing the same view count the facets once per commit. (A commit
     * between the two may give a page and facets of two successive commits.)
     */
    private SearchResult page(Query query, List<SortOptions> sort, SearchRequest request) {
        boolean dfs = request.sort() == SearchRequest.Sort.RELEVANCE && address.shards() > 1;
        MsearchResponse<Void> response = call("search", () -> client.msearch(m -> m.index(address.alias())
                .searches(RequestItem.of(i -> i
                        .header(h -> dfs ? h.searchType(SearchType.DfsQueryThenFetch) : h)
                        .body(b -> b.query(query).sort(sort).from(request.offset()).size(request.limit())
                                .source(SourceConfig.of(c -> c.fetch(false))).storedFields(List.of("_none_"))
                                .trackTotalHits(TrackHits.of(t -> t.enabled(false))))))
                .searches(RequestItem.of(i -> i
                        .header(h -> h.requestCache(true))
                        .body(b -> b.query(query).size(0).trackTotalHits(TrackHits.of(t -> t.enabled(true)))
                                .aggregations(facetAggregations())))), Void.class));
        MultiSearchItem<Void> hits = item(response.responses().get(0));
        MultiSearchItem<Void> counts = item(response.responses().get(1));
        return new SearchResult(total(counts), ids(hits.hits().hits()), facets(counts));
    }

    private MultiSearchItem<Void> item(MultiSearchResponseItem<Void> item) {
        if (item.isFailure()) {
            throw new IllegalStateException("search index " + address + ": cannot search: "
                    + item.failure().error().type() + " " + item.failure().error().reason()
                    + "; the store is intact: run reindex if this persists");
        }
        return item.result();
    }

    /**
     * A page past the window: the first request reads the total, the facets and the hit just before the page (or just
     * before the window's end); then {@code search_after} skips ahead a window at a time and reads the page, all on one
     * point in time.
     */
    private SearchResult deep(Query query, List<SortOptions> sort, SearchRequest request) {
        String pit = call("open a point in time", () -> client.createPit(p -> p.index(address.alias())
                .keepAlive(Time.of(t -> t.time("2m"))))).pitId();
        try {
            Walk walk = new Walk(query, sort, request.sort(), pit);
            int first = Math.min(request.offset(), tuning.window());
            SearchResponse<Void> head = search(query, sort, request.sort(), pit,
                    b -> first == 0 ? b.size(0) : b.from(first - 1).size(1), true);
            walk.took(head.hits().hits(), first - 1L);
            while (walk.more && walk.position < request.offset() - 1L) {
                walk.next((int) Math.min(tuning.window(), request.offset() - 1L - walk.position));
            }
            var ids = new ArrayList<Long>();
            while (walk.more && ids.size() < request.limit()) {
                ids.addAll(ids(walk.next(Math.min(tuning.window(), request.limit() - ids.size()))));
            }
            return new SearchResult(total(head), ids, facets(head));
        } finally {
            call("close the point in time", () -> client.deletePit(d -> d.pitId(pit)));
        }
    }

    /** A walk along the hits of one search with {@code search_after}: where it is, and whether hits are left. */
    private final class Walk {
        private final Query query;
        private final List<SortOptions> sort;
        private final SearchRequest.Sort order;
        private final String pit;
        private List<FieldValue> after;
        /** The position of the last hit read, -1 before the first. */
        long position = -1;
        boolean more = true;

        Walk(Query query, List<SortOptions> sort, SearchRequest.Sort order, String pit) {
            this.query = query;
            this.sort = sort;
            this.order = order;
            this.pit = pit;
        }

        /** Notes the hit read first (by {@code from}/{@code size}) at {@code at}: the walk stands there; -1 for none asked. */
        void took(List<Hit<Void>> hits, long at) {
            if (hits.isEmpty()) {
                more = at < 0;
            } else {
                after = hits.getLast().sort();
                position = at;
            }
        }

        /** Reads the next {@code size} hits after where the walk stands. */
        List<Hit<Void>> next(int size) {
            List<FieldValue> from = after;
            List<Hit<Void>> hits = search(query, sort, order, pit,
                    b -> from == null ? b.size(size) : b.size(size).searchAfter(from), false).hits().hits();
            if (hits.size() < size) {
                more = false;
            }
            if (!hits.isEmpty()) {
                after = hits.getLast().sort();
                position += hits.size();
            }
            return hits;
        }
    }

    private SearchResponse<Void> search(Query query, List<SortOptions> sort, SearchRequest.Sort order, String pit,
            java.util.function.UnaryOperator<org.opensearch.client.opensearch.core.SearchRequest.Builder> page,
            boolean totalAndFacets) {
        return call("search", () -> client.search(s -> {
            if (pit == null) {
                s.index(address.alias());
            } else {
                s.pit(Pit.of(p -> p.id(pit).keepAlive("2m")));
            }
            s.query(query).sort(sort).source(src -> src.fetch(false)).storedFields("_none_");
            if (order == SearchRequest.Sort.RELEVANCE && address.shards() > 1) {
                s.searchType(SearchType.DfsQueryThenFetch); // scores from the statistics of every shard, as one index
            }
            if (totalAndFacets) {
                s.trackTotalHits(t -> t.enabled(true)).aggregations(facetAggregations());
            } else {
                s.trackTotalHits(t -> t.enabled(false));
            }
            return page.apply(s);
        }, Void.class));
    }

    private static long total(SearchResponse<?> response) {
        return response.hits().total() == null ? 0 : response.hits().total().value();
    }

    /** The photo ids of {@code hits}: the id is the last sort value of every hit, as in the Lucene index. */
    private static List<Long> ids(List<Hit<Void>> hits) {
        var ids = new ArrayList<Long>(hits.size());
        for (Hit<Void> hit : hits) {
            ids.add(hit.sort().getLast().longValue());
        }
        return ids;
    }

    /** The Lucene index's orders: newest taken first, then newest ingested, then highest id; undated last. */
    private static List<SortOptions> sort(SearchRequest.Sort sort) {
        SortOptions taken = newestFirst(PhotoDocuments.TAKEN_SORT);
        SortOptions ingested = newestFirst(PhotoDocuments.INGESTED_SORT);
        SortOptions id = SortOptions.of(s -> s.field(f -> f.field(PhotoDocuments.ID).order(SortOrder.Desc)));
        return switch (sort) {
            case TAKEN -> List.of(taken, ingested, id);
            case INGESTED -> List.of(ingested, id);
            case RELEVANCE -> List.of(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))), taken, ingested, id);
        };
    }

    private static SortOptions newestFirst(String field) {
        return SortOptions.of(s -> s.field(f -> f.field(field).order(SortOrder.Desc).missing(FieldValue.of("_last"))));
    }

    private static Map<String, Aggregation> facetAggregations() {
        var aggregations = new HashMap<String, Aggregation>();
        for (String name : PhotoDocuments.FACETS) {
            aggregations.put(name, Aggregation.of(a -> a.terms(t -> t.field(PhotoDocuments.facetField(name))
                    .size(TOP_FACET_VALUES).shardSize(TOP_FACET_VALUES * 10)
                    .order(List.of(Map.of("_count", SortOrder.Desc), Map.of("_key", SortOrder.Asc))))));
        }
        return aggregations;
    }

    /** Every facet, its values most frequent first (ties in the order of the values' UTF-8 bytes), unmodifiable. */
    private static Map<String, SequencedMap<String, Long>> facets(
            SearchResponse<?> response) {
        var facets = new HashMap<String, SequencedMap<String, Long>>();
        for (String name : PhotoDocuments.FACETS) {
            var values = new LinkedHashMap<String, Long>();
            var aggregate = response.aggregations().get(name);
            if (aggregate != null && aggregate.isSterms()) {
                for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                    values.put(bucket.key(), bucket.docCount());
                }
            }
            facets.put(name, Collections.unmodifiableSequencedMap(values));
        }
        return facets;
    }

    /**
     * Whether {@code text} analyses to at least one token. Letters and digits always make one (the standard
     * tokenizer keeps them); other texts (punctuation, symbols, emoji) ask OpenSearch once each.
     */
    private boolean hasTokens(String text) {
        if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
            return true;
        }
        if (tokens.size() > 10_000) {
            tokens.clear();
        }
        return tokens.computeIfAbsent(text, t -> !call("analyse '" + t + "'", () -> client.indices().analyze(a -> a
                .index(address.alias()).analyzer(ANALYZER).text(t))).tokens().isEmpty());
    }

    @Override
    public void close() {
        synchronized (writes) {
            unsent.clear();
            if (replacement != null) {
                String dropped = replacement;
                replacement = null;
                try {
                    call("delete the unfinished index " + dropped, () -> client.indices().delete(d -> d.index(dropped)));
                } catch (RuntimeException e) {
                    LOG.warn("could not delete the unfinished index {}: {}", dropped, e.getMessage());
                }
            }
        }
        closeTransport(null);
    }

    private void closeTransport(Exception cause) {
        try {
            transport.close();
        } catch (IOException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            } else {
                LOG.warn("closing the connection to {} failed: {}", address.node(), e.getMessage());
            }
        }
    }

    // ---- calls to OpenSearch ----

    /** A call to OpenSearch that may fail with an {@link IOException}. */
    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException;
    }

    private <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException("search index " + address + ": cannot " + what + ": " + e.getMessage()
                    + "; check that OpenSearch runs at " + address.node()
                    + " (scale/start-opensearch starts one); the store is intact", e);
        } catch (OpenSearchException e) {
            throw new IllegalStateException("search index " + address + ": cannot " + what + ": " + e.getMessage()
                    + "; the store is intact: run reindex if this persists", e);
        }
    }

    /** A raw response: status and body. */
    private record Raw(int status, String body) {
        void expectOk(String what) {
            if (status / 100 != 2) {
                throw new IllegalStateException("OpenSearch answered " + status + " to: " + what + ": " + body);
            }
        }
    }

    private Raw raw(String what, RawCall call) {
        return call(what, () -> {
            try (var response = call.run()) {
                return new Raw(response.getStatus(), response.getBody().map(Body::bodyAsString).orElse(""));
            }
        });
    }

    /** A raw request through the generic client. */
    @FunctionalInterface
    private interface RawCall {
        org.opensearch.client.opensearch.generic.Response run() throws IOException;
    }
}
