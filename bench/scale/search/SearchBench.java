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

    public static void main(String[] args) throws Exception {
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
            rows.add(run("Lucene (embedded)", lucene, photos, queries, clients, warmup, measure));
        }
        try (var opensearch = OpenSearchIndex.open(opensearchUrl)) {
            rows.add(run("OpenSearch (1 node, 512 MB heap)", opensearch, photos, queries, clients, warmup, measure));
        }
        String table = """
                | index | photos | index rate (photos/s) | searches/s | p50 ms | p95 ms | p99 ms |
                |---|---:|---:|---:|---:|---:|---:|
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

    private static String run(String name, SearchIndex index, int photos, List<Query> queries, int clients,
            int warmup, int measure) throws InterruptedException {
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
        double rate = photos / seconds;
        System.err.printf(Locale.ROOT, "%s: %,d photos in %.1f s (%.0f/s); count %d%n", name, photos, seconds, rate,
                index.count());
        load(index, queries, clients, warmup, null);
        var latencies = new long[clients][];
        double throughput = load(index, queries, clients, measure, latencies);
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        String row = String.format(Locale.ROOT, "| %s | %,d | %,.0f | %,.0f | %.1f | %.1f | %.1f |", name, photos, rate,
                throughput, pct(all, 50), pct(all, 95), pct(all, 99));
        System.err.println(row);
        return row;
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
