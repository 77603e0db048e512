package org.photodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.feed.LibraryLedger;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryAddress;
import org.photodesk.core.library.LibraryOptions;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.ResendNotice;
import org.photodesk.core.testing.TestImages;

/**
 * A NewsML-G2 feed served by a local HTTP server, subscribed with {@code feed add} and polled with {@code feed poll}:
 * the first version is ingested, an unchanged feed answers 304 and takes nothing, a correction updates the photo
 * and leaves a notice over the desk's edit, a kill withdraws it from default search, and an error backs off.
 */
class FeedCommandIT {

    private static final String GUID = "urn:newsml:wire.example:20261102:PX-7001";

    @TempDir
    Path tmp;

    private HttpServer server;
    private String feedUrl;
    private final AtomicReference<String> document = new AtomicReference<>("tram-v1.xml");
    private final AtomicInteger failWith = new AtomicInteger();
    private final List<String> conditional = new CopyOnWriteArrayList<>();
    private final AtomicInteger pictureRequests = new AtomicInteger();

    @BeforeEach
    void serve() throws IOException {
        byte[] jpeg = TestImages.jpeg(640, 480, 7);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/wire/pictures.xml", exchange -> {
            String etag = "\"" + document.get() + "\"";
            String asked = exchange.getRequestHeaders().getFirst("If-None-Match");
            conditional.add(asked == null ? "-" : asked);
            if (failWith.get() != 0) {
                exchange.sendResponseHeaders(failWith.get(), -1);
            } else if (etag.equals(asked)) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                byte[] body = fixture(document.get());
                exchange.getResponseHeaders().add("Content-Type", "application/vnd.iptc.g2.newsitem+xml");
                exchange.getResponseHeaders().add("ETag", etag);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.createContext("/wire/PX-7001.jpg", exchange -> {
            pictureRequests.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
            exchange.sendResponseHeaders(200, jpeg.length);
            exchange.getResponseBody().write(jpeg);
            exchange.close();
        });
        server.start();
        feedUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/wire/pictures.xml";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedCommandIT.class.getResourceAsStream("/org/photodesk/core/feed/intake/" + name)) {
            return in.readAllBytes();
        }
    }

    private String data() {
        return tmp.resolve("data").toString();
    }

    private CliRun run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data";
        all[args.length + 1] = data();
        return CliRun.of(all);
    }

    private Library open() {
        return org.photodesk.scale.testing.TestBackends.chooser().choose(LibraryAddress.embedded(tmp.resolve("data")))
                .open(LibraryOptions.DEFAULT);
    }

    private static Photo photo(Library library) {
        return new LibraryLedger(library.store()).photo(GUID).orElseThrow();
    }

    private int searchTotal(String query) throws IOException {
        return new ObjectMapper().readTree(run("search", query, "--json").out()).get("total").asInt();
    }

    @Test
    void aPolledFeedIsIngestedCorrectedAndKilled() throws IOException {
        CliRun added = run("feed", "add", "wire", feedUrl, "--every", "10s");
        assertThat(added.exitCode()).as(added.err()).isZero();
        JsonNode list = new ObjectMapper().readTree(run("feed", "list", "--json").out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("everySeconds").asInt()).isEqualTo(10);

        CliRun first = run("feed", "poll", "wire");
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("1 items, 1 new or changed: 1 added");
        assertThat(searchTotal("Leipzig")).isEqualTo(1);

        CliRun again = run("feed", "poll");
        assertThat(again.out()).contains("feed wire: not modified");
        assertThat(conditional).last().isEqualTo("\"tram-v1.xml\"");
        assertThat(pictureRequests).hasValue(1);

        long id;
        try (Library library = open()) {
            id = photo(library).id();
            library.editor().edit(id, "caption", "Desk: a tram at a snowy stop in Leipzig.", "maria");
        }
        document.set("tram-v2-correction.xml");
        CliRun correction = run("feed", "poll", "wire");
        assertThat(correction.out()).contains("1 updated");
        try (Library library = open()) {
            Photo photo = photo(library);
            assertThat(photo.id()).isEqualTo(id);
            assertThat(photo.identity().version()).isEqualTo("2");
            assertThat(photo.embedded().caption()).contains("Augustusplatz");
            assertThat(photo.metadata().caption()).startsWith("Desk:");
            ResendNotice notice = library.store().notices(id).getLast();
            assertThat(notice.kind()).isEqualTo(ResendNotice.Kind.CORRECTION);
            assertThat(notice.pending()).isTrue();
            assertThat(notice.changes()).anySatisfy(c -> assertThat(c.deskEdited()).isTrue());
        }

        document.set("tram-v3-kill.xml");
        CliRun kill = run("feed", "poll", "wire");
        assertThat(kill.out()).contains("1 killed");
        assertThat(searchTotal("Leipzig")).isZero();
        try (Library library = open()) {
            assertThat(photo(library).killed()).isTrue();
            assertThat(library.audit().recent("feed/wire", 10)).extracting(AuditLog.Entry::after)
                    .anySatisfy(a -> assertThat(a).contains("1 killed"))
                    .anySatisfy(a -> assertThat(a).contains("1 added"));
        }
        assertThat(run("feed", "list").out()).contains("last poll").contains("1 killed");
    }

    @Test
    void anErrorBacksOffAndIsReported() throws IOException {
        run("feed", "add", "wire", feedUrl, "--every", "10s");
        failWith.set(503);

        CliRun failed = run("feed", "poll", "wire");

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).contains("503").contains("1 in a row; next try in 20 s");
        assertThat(run("feed", "list").out()).contains("next try in 20 s");
        try (Library library = open()) {
            assertThat(library.store().count()).isZero();
            assertThat(library.audit().recent("feed/wire", 10)).hasSize(1);
        }
    }

    @Test
    void subscriptionsAreNamedOnceKeepNoSecretsAndCanBeRemoved() throws IOException {
        assertThat(run("feed", "add", "wire", feedUrl, "--user-env", "WIRE_USER", "--password-env", "WIRE_PASS")
                .exitCode()).isZero();
        CliRun twice = run("feed", "add", "wire", feedUrl);
        assertThat(twice.exitCode()).isEqualTo(1);
        assertThat(twice.err()).contains("photodesk feed remove wire");
        assertThat(run("feed", "add", "bad", "ftp://example.com/feed").exitCode()).isEqualTo(2);
        assertThat(run("feed", "add", "fast", feedUrl, "--every", "1s").err()).contains("too often");
        JsonNode credentials = new ObjectMapper().readTree(run("feed", "list", "--json").out()).get(0)
                .get("credentials");
        assertThat(credentials.get("userEnv").asText()).isEqualTo("WIRE_USER");

        CliRun poll = run("feed", "poll", "wire");
        assertThat(poll.out()).contains("WIRE_USER and WIRE_PASS are not set");

        assertThat(run("feed", "remove", "wire").exitCode()).isZero();
        assertThat(run("feed", "remove", "wire").exitCode()).isEqualTo(1);
        assertThat(run("feed", "list").out()).contains("no feeds");
    }

    @Test
    void ingestTakesAFeedFileWithItsPictureAndImportRefusesIt() throws IOException {
        Path drop = Files.createDirectories(tmp.resolve("drop"));
        Files.write(drop.resolve("tram-v1.xml"), fixture("tram-v1.xml"));
        Files.write(drop.resolve("PX-7001.jpg"), TestImages.jpeg(640, 480, 7));

        CliRun ingest = run("ingest", drop.toString(), "--json");

        assertThat(ingest.exitCode()).as(ingest.out() + ingest.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(ingest.out());
        assertThat(summary.get("added").asInt()).isEqualTo(1);
        assertThat(summary.get("duplicates").asInt()).isZero();
        assertThat(searchTotal("Hauptbahnhof")).isEqualTo(1);

        Files.write(drop.resolve("tram-v3-kill.xml"), fixture("tram-v3-kill.xml"));
        CliRun kill = run("ingest", drop.resolve("tram-v3-kill.xml").toString());
        assertThat(kill.err()).contains("killed");
        assertThat(searchTotal("Hauptbahnhof")).isZero();

        CliRun imported = run("import", drop.resolve("tram-v1.xml").toString());
        assertThat(imported.exitCode()).isEqualTo(1);
        assertThat(imported.err()).contains("photodesk ingest");
        try (Library library = open()) {
            assertThat(library.galleries().list()).isEmpty();
        }
    }
}
