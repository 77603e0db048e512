import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.photodesk.core.search.Query;
import org.photodesk.core.search.QueryParser;
import org.photodesk.core.search.QuerySyntaxException;
import org.photodesk.core.search.SearchIndex;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.testing.GeneratedPhotos;
import org.photodesk.embedded.search.LuceneSearchIndex;
import org.photodesk.scale.search.OpenSearchIndex;

/**
 * Index rate and search-with-facets latency of the Lucene index and the OpenSearch index on the same generated
 * photos, one after the other (never both at once). Run by bench/scale/search/search-bench.sh, which builds the class
 * path and starts the OpenSearch node.
 *
 * <p>Arguments: OUT_DIR OPENSEARCH_URL PHOTOS CLIENTS WARMUP_S MEASURE_S. Each client thread loops over the same
 * 400 generated queries (each from its own starting point), one search at a time: the query, newest taken first,
 * 100 ids and the top 20 values of all five facets; latencies are per search, as the desk's JSON API would wait.
 */
public class SearchBench {

    private static final long SEED = 20261202;

    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = Path.of(args[0]);
        URI opensearchUrl = URI.create(args[1]);
        int photos = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        int measure = Integer.parseInt(args[5]);
        List<Query> queries = queries();
        var rows = new ArrayList<String>();

        Path luceneDir = out.resolve("lucene-index");
        deleteTree(luceneDir);
        try (var lucene = new LuceneSearchIndex(luceneDir)) {
            String rate = fill("Lucene", lucene, photos);
            rows.add(measure("Lucene (embedded)", rate, lucene, queries, clients, warmup, measure));
            rows.add(measure("Lucene (embedded)", rate, lucene, queries, 1, warmup / 2, measure / 2));
        }
        try (var opensearch = OpenSearchIndex.open(opensearchUrl)) {
            String rate = fill("OpenSearch", opensearch, photos);
            String name = "OpenSearch (1 node, 512 MB heap)";
            rows.add(measure(name, rate, opensearch, queries, clients, warmup, measure));
            rows.add(measure(name, rate, opensearch, queries, 1, warmup / 2, measure / 2));
            requestCache(opensearchUrl, false);
            rows.add(measure(name + ", request cache off", rate, opensearch, queries, clients, warmup, measure));
            requestCache(opensearchUrl, true);
        }
        String table = """
                | index | photos | index rate (photos/s) | clients | searches/s | p50 ms | p95 ms | p99 ms |
                |---|---:|---:|---:|---:|---:|---:|---:|
                """ + String.join("\n", rows) + "\n";
        Files.writeString(out.resolve("scale-search-results.md"), table);
        System.out.print(table);
    }

    private static List<Query> queries() {
        var parser = new QueryParser();
        var queries = new ArrayList<Query>();
        for (String text : GeneratedPhotos.queries(400, SEED + 7)) {
            try {
                queries.add(parser.parse(text));
            } catch (QuerySyntaxException e) {
                // a generated query the parser refuses: not a search
            }
        }
        return queries;
    }

    /** Indexes the generated photos into the empty {@code index} and commits; returns the rate, photos per second. */
    private static String fill(String name, SearchIndex index, int photos) {
        index.clear();
        long start = System.nanoTime();
        int[] n = {0};
        GeneratedPhotos.stream(photos, SEED).forEach(p -> {
            index.index(p);
            if (++n[0] % 20_000 == 0) {
                System.err.printf("%s: %,d photos indexed%n", name, n[0]);
            }
        });
        index.commit(photos);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf(Locale.ROOT, "%s: %,d photos in %.1f s (%.0f/s); count %d%n", name, photos, seconds,
                photos / seconds, index.count());
        return String.format(Locale.ROOT, "%,d | %,.0f", photos, photos / seconds);
    }

    private static String measure(String name, String rate, SearchIndex index, List<Query> queries, int clients,
            int warmup, int measure) throws InterruptedException {
        load(index, queries, clients, warmup, null);
        var latencies = new long[clients][];
        double throughput = load(index, queries, clients, measure, latencies);
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        String row = String.format(Locale.ROOT, "| %s | %s | %d | %,.0f | %.1f | %.1f | %.1f |", name, rate, clients,
                throughput, pct(all, 50), pct(all, 95), pct(all, 99));
        System.err.println(row);
        return row;
    }

    /** Turns OpenSearch's request cache (which keeps the facet counts of a query until the next refresh) on or off. */
    private static void requestCache(URI index, boolean enabled) throws IOException, InterruptedException {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        URI.create(index + "/_settings"))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"index.requests.cache.enable\":" + enabled + "}"))
                .header("content-type", "application/json").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("cannot set the request cache: " + response.body());
        }
        java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create(index + "/_cache/clear"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, (long) sorted.length * p / 100)] / 1e6;
    }

    /** Runs {@code clients} threads for {@code seconds}; fills {@code latencies} (ns per search) when given. */
    private static double load(SearchIndex index, List<Query> queries, int clients, int seconds, long[][] latencies)
            throws InterruptedException {
        var stop = new AtomicBoolean();
        var done = new CountDownLatch(clients);
        long[] counts = new long[clients];
        var errors = new ArrayList<Throwable>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread.ofPlatform().start(() -> {
                long[] mine = new long[1 << 16];
                int size = 0;
                int i = client * queries.size() / clients;
                try {
                    while (!stop.get()) {
                        var request = new SearchRequest(queries.get(i++ % queries.size()), SearchRequest.Sort.TAKEN, 0, 100);
                        long t = System.nanoTime();
                        index.search(request);
                        long took = System.nanoTime() - t;
                        if (size == mine.length) {
                            mine = Arrays.copyOf(mine, size * 2);
                        }
                        mine[size++] = took;
                    }
                } catch (RuntimeException e) {
                    synchronized (errors) {
                        errors.add(e);
                    }
                } finally {
                    counts[client] = size;
                    if (latencies != null) {
                        latencies[client] = Arrays.copyOf(mine, size);
                    }
                    done.countDown();
                }
            });
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        done.await();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("a search failed", errors.getFirst());
        }
        return Arrays.stream(counts).sum() / (double) seconds;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
