package org.photodesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.lock.Locks;
import org.photodesk.scale.postgres.PgDatabase;
import org.photodesk.scale.postgres.PgLocks;
import org.photodesk.scale.postgres.PostgresAddress;
import org.photodesk.scale.testing.LocalPostgres;
import org.photodesk.scale.testing.LocalS3;
import org.photodesk.scale.testing.ScaleServers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several desk nodes and ingest processes on one set of shared backends, coordinated only through them: two
 * {@code photodesk serve} processes and two {@code photodesk ingest} processes (real JVMs, the runnable jar) on one
 * PostgreSQL and one S3 endpoint. 1,000 generated photos go in through both routes (uploads to either node, and the
 * command line), 100 of them twice by different routes; every photo is stored once, each is on both nodes' live
 * contact sheets within 2 s of being stored, and a publish of one slug from each node runs one after the other.
 */
@ExtendWith(ScaleServers.class)
class ScaleOutIT {

    private static final Logger LOG = LoggerFactory.getLogger(ScaleOutIT.class);
    private static final String PASSWORD = "correct horse battery";
    private static final int PHOTOS = 1000;
    private static final Pattern SERVING = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");
    private static final Pattern INGESTED = Pattern.compile("(\\d+) added, 0 updated, (\\d+) duplicates, (\\d+) rejected");

    @TempDir
    Path dir;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException, IOException {
        for (Process p : processes) {
            p.destroy();
        }
        Path keep = Path.of("target/scale-out-logs");
        Files.createDirectories(keep);
        for (Path log : logs.values()) {
            Files.copy(log, keep.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        for (Process p : processes) {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void twoNodesAndTwoIngestersShareOneLibrary(LocalPostgres pg, LocalS3 s3) throws Exception {
        PostgresAddress schema = pg.freshSchema();
        Map<String, String> env = Map.of("PHOTODESK_STORE", LocalPostgres.url(schema),
                "PHOTODESK_BLOBS", s3.url(s3.freshBucket()), "PHOTODESK_ADMIN_PASSWORD", PASSWORD);
        List<Path> files = writePhotos(dir.resolve("files"));

        Process a = start(env, "node-a", "serve", "--port", "0", "--data", dir.resolve("a").toString());
        Process b = start(env, "node-b", "serve", "--port", "0", "--data", dir.resolve("b").toString());
        var nodeA = new Node("a", "http://127.0.0.1:" + port(a, "node-a"));
        var nodeB = new Node("b", "http://127.0.0.1:" + port(b, "node-b"));
        nodeA.listen();
        nodeB.listen();

        Instant started = Instant.now();
        List<Process> ingesters = List.of(
                start(env, "ingest-1", ingestArgs(dir.resolve("c"), concat(files.subList(500, 750), files.subList(0, 50)))),
                start(env, "ingest-2", ingestArgs(dir.resolve("d"), concat(files.subList(750, 1000), files.subList(500, 550)))));
        Map<String, Integer> outcomes = upload(files.subList(0, 500), nodeA, nodeB);
        for (Process p : ingesters) {
            assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(log(p)).isZero();
        }
        LOG.info("1,100 files through both routes in {} s; uploads: {}", Duration.between(started, Instant.now())
                .toSeconds(), outcomes);

        assertThat(outcomes.keySet()).as("upload outcomes (rejections: %s)", rejections).isSubsetOf("added", "duplicate");
        int added = outcomes.getOrDefault("added", 0);
        for (Process p : ingesters) {
            Matcher m = INGESTED.matcher(log(p));
            assertThat(m.find()).as(log(p)).isTrue();
            added += Integer.parseInt(m.group(1));
            assertThat(m.group(3)).as("nothing rejected: %s", log(p)).isEqualTo("0");
            assertThat(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2))).isEqualTo(300);
        }
        Map<Long, Instant> stored = storedPhotos(schema);
        assertThat(stored).as("every photo stored once").hasSize(PHOTOS);
        assertThat(distinctOriginals(schema)).isEqualTo(PHOTOS);
        assertThat(added).as("each of the 1,100 files added once, the 100 sent twice found as duplicates")
                .isEqualTo(PHOTOS);
        for (Node node : List.of(nodeA, nodeB)) {
            node.awaitAll(stored.keySet(), Duration.ofSeconds(30));
            List<Long> delays = node.delaysMillis(stored);
            Duration worst = Duration.ofMillis(delays.getLast());
            LOG.info("node {}: photos live on the sheet after p50 {} ms, p95 {} ms, max {} ms from being stored",
                    node.name, delays.get(delays.size() / 2), delays.get(delays.size() * 95 / 100), worst.toMillis());
            assertThat(worst).as("node " + node.name + ": slowest photo to reach the live sheet")
                    .isLessThan(Duration.ofSeconds(2));
            assertThat(node.searchTotal()).as("node " + node.name + " finds every photo").isEqualTo(PHOTOS);
        }

        publishFromBothNodesOneAfterTheOther(schema, nodeA, nodeB, List.copyOf(stored.keySet()).subList(0, 3));
    }

    private void publishFromBothNodesOneAfterTheOther(PostgresAddress schema, Node a, Node b, List<Long> photos)
            throws Exception {
        JsonNode gallery = HttpSession.tree(a.session.json("POST", "/api/galleries",
                Map.of("title", "Scale out", "slug", "scale-out")));
        long id = gallery.get("id").asLong();
        assertThat(a.session.json("PUT", "/api/galleries/" + id + "/photos", Map.of("photoIds", photos)).statusCode())
                .isEqualTo(200);
        try (PgDatabase db = PgDatabase.open(schema, 2)) {
            Locks.Held held = new PgLocks(db).acquire("publish:scale-out", Duration.ofSeconds(5));
            CompletableFuture<HttpResponse<String>> fromA = CompletableFuture.supplyAsync(() -> a.publish(id));
            CompletableFuture<HttpResponse<String>> fromB = CompletableFuture.supplyAsync(() -> b.publish(id));
            Thread.sleep(1500);
            assertThat(fromA).as("node a waits for the publish lock").isNotDone();
            assertThat(fromB).as("node b waits for the publish lock").isNotDone();
            held.close();
            // Each node publishes the gallery as its editor saw it (edit revision 1): the first to get the lock
            // publishes; the other, given the lock after it, finds the gallery changed and says so instead of
            // publishing over it. Published again on the fresher revision, it goes through.
            var answers = List.of(fromA.get(2, TimeUnit.MINUTES), fromB.get(2, TimeUnit.MINUTES));
            assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
            HttpResponse<String> refused = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
            assertThat(refused.body()).contains("changed by someone else");
            long now = HttpSession.tree(refused).get("revision").asLong();
            Node second = answers.get(0) == refused ? a : b;
            var again = second.session.json("POST", "/api/galleries/" + id + "/publish",
                    Map.of("force", true, "revision", now));
            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            assertThat(HttpSession.tree(again).get("revision").asLong()).isGreaterThan(now);
        }
        assertThat(b.session.get("/published/scale-out/").statusCode()).isEqualTo(200);
        assertThat(a.session.get("/published/scale-out/").body()).isEqualTo(b.session.get("/published/scale-out/").body());
    }

    // ---- processes ----

    private Process start(Map<String, String> env, String name, String... args) throws IOException {
        Path jar = Path.of("target/photodesk.jar").toAbsolutePath();
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-jar", jar.toString()));
        command.addAll(List.of(args));
        var pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        processes.add(p);
        logs.put(p, dir.resolve(name + ".log"));
        return p;
    }

    private final Map<Process, Path> logs = new HashMap<>();

    private String log(Process p) {
        try {
            return Files.readString(logs.get(p));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private int port(Process p, String name) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = SERVING.matcher(log(p));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            assertThat(p.isAlive()).as(name + " stopped: " + log(p)).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError(name + " did not start serving within 90 s: " + log(p));
    }

    private static String[] ingestArgs(Path data, List<Path> files) {
        var args = new ArrayList<>(List.of("ingest", "--data", data.toString()));
        files.forEach(f -> args.add(f.toString()));
        return args.toArray(String[]::new);
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** {@link #PHOTOS} distinct small JPEGs, each with its own number drawn in (so no two have the same pixels). */
    private static List<Path> writePhotos(Path folder) throws IOException {
        Files.createDirectories(folder);
        var files = new ArrayList<Path>();
        for (int i = 0; i < PHOTOS; i++) {
            var image = new java.awt.image.BufferedImage(320, 240, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            g.setColor(java.awt.Color.getHSBColor((i % 360) / 360f, 0.6f, 0.8f));
            g.fillRect(0, 0, 320, 240);
            g.setColor(java.awt.Color.BLACK);
            g.drawString("photo " + i, 20, 30 + i % 180);
            g.dispose();
            Path file = folder.resolve(String.format("p%04d.jpg", i));
            javax.imageio.ImageIO.write(image, "jpg", file.toFile());
            files.add(file);
        }
        return files;
    }

    private static final List<String> rejections = java.util.Collections.synchronizedList(new ArrayList<>());

    /** Uploads {@code files} from 4 threads, alternating between the nodes; counts the outcomes. */
    private static Map<String, Integer> upload(List<Path> files, Node a, Node b) throws Exception {
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            var done = new ArrayList<Future<?>>();
            for (int i = 0; i < files.size(); i++) {
                Node node = i % 2 == 0 ? a : b;
                Path f = files.get(i);
                done.add(pool.submit(() -> {
                    var r = node.session.upload(f.getFileName().toString(), Files.readAllBytes(f));
                    assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
                    JsonNode answer = HttpSession.tree(r);
                    outcomes.merge(answer.get("outcome").asText(), 1, Integer::sum);
                    if (answer.has("reason")) {
                        rejections.add(f.getFileName() + ": " + answer.get("reason").asText());
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        return outcomes;
    }

    // ---- the shared store, read directly ----

    /** Each stored photo's id and the time its transaction committed. */
    private static Map<Long, Instant> storedPhotos(PostgresAddress schema) {
        try (PgDatabase db = PgDatabase.open(schema, 1)) {
            return db.read(c -> {
                var out = new HashMap<Long, Instant>();
                // When each photo's transaction committed (the test server tracks commit times), else when it began.
                try (var rs = c.createStatement().executeQuery(
                        "SELECT id, coalesce(pg_xact_commit_timestamp(xmin), ingested_at) FROM photo")) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant());
                    }
                }
                return out;
            });
        }
    }

    private static long distinctOriginals(PostgresAddress schema) {
        try (PgDatabase db = PgDatabase.open(schema, 1)) {
            return db.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT count(DISTINCT sha256) FROM photo")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
    }

    // ---- a desk node seen from a browser ----

    /** One desk node: a logged-in session, and the photo ids its live stream announced, with when they arrived. */
    private static final class Node {
        final String name;
        final String base;
        final HttpSession session;
        final Map<Long, Instant> seen = new ConcurrentHashMap<>();
        private final HttpClient stream = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        Node(String name, String base) {
            this.name = name;
            this.base = base;
            this.session = new HttpSession(base);
            assertThat(session.login("admin", PASSWORD).statusCode()).isEqualTo(200);
        }

        /** Opens the contact sheet's change stream ({@code /changes}) and records each photo id as it arrives. */
        void listen() throws Exception {
            var login = HttpRequest.newBuilder(URI.create(base + "/api/session")).header("Content-Type",
                    "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}")).build();
            assertThat(stream.send(login, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            var request = HttpRequest.newBuilder(URI.create(base + DeskServer.CHANGES_STREAM))
                    .header("Accept", "text/event-stream").GET().build();
            HttpResponse<java.io.InputStream> response = stream.send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            Thread.ofPlatform().daemon().name("sse-" + name).start(() -> read(response.body()));
        }

        private void read(java.io.InputStream body) {
            try (var lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String event = "";
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("event:")) {
                        event = line.substring(6).strip();
                    } else if (line.startsWith("data:") && event.equals("photos")) {
                        Instant now = Instant.now();
                        for (String id : line.substring(5).strip().split(",")) {
                            seen.putIfAbsent(Long.parseLong(id), now);
                        }
                    }
                }
            } catch (IOException e) {
                LOG.debug("stream of node {} ended: {}", name, e.toString());
            }
        }

        void awaitAll(java.util.Set<Long> ids, Duration wait) throws InterruptedException {
            long deadline = System.nanoTime() + wait.toNanos();
            while (!seen.keySet().containsAll(ids) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(seen.keySet()).as("node " + name + " announced every photo").containsAll(ids);
        }

        /** The times between each photo being stored and this node's sheet hearing of it, shortest first. */
        List<Long> delaysMillis(Map<Long, Instant> stored) {
            return stored.entrySet().stream()
                    .map(e -> Duration.between(e.getValue(), seen.get(e.getKey())).toMillis()).sorted().toList();
        }

        long searchTotal() throws InterruptedException {
            long total = 0;
            for (int i = 0; i < 100 && total < PHOTOS; i++) {
                total = HttpSession.tree(session.getJson("/api/photos")).get("total").asLong();
                Thread.sleep(100);
            }
            return total;
        }

        HttpResponse<String> publish(long id) {
            return session.json("POST", "/api/galleries/" + id + "/publish", Map.of("force", true));
        }
    }
}
