package org.photodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.testing.TestImages;

/** {@code photodesk ingest https://...} against a local server: refused on loopback unless allowed, then taken. */
class IngestUrlIT {

    @TempDir
    Path tmp;

    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws Exception {
        byte[] jpeg = java.nio.file.Files.readAllBytes(TestImages.taggedJpeg(tmp.resolve("src.jpg"), 7,
                "-IPTC:Caption-Abstract=A lighthouse at dawn near Brest, France."));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/pictures/lighthouse.jpg", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
            exchange.sendResponseHeaders(200, jpeg.length);
            exchange.getResponseBody().write(jpeg);
            exchange.close();
        });
        server.createContext("/missing.jpg", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private JsonNode json(CliRun run) throws Exception {
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void aLoopbackAddressIsRefusedWithTheWayOut() throws Exception {
        CliRun run = CliRun.of("ingest", base + "/pictures/lighthouse.jpg", "--json", "--data", tmp.resolve("d").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode rejected = json(run).get("rejected").get(0);
        assertThat(rejected.get("path").asText()).isEqualTo(base + "/pictures/lighthouse.jpg");
        assertThat(rejected.get("reason").asText()).contains("--allow-private-urls");
    }

    @Test
    void anAllowedUrlIsIngestedAndAMissingOneIsOneRejection() throws Exception {
        CliRun run = CliRun.of("ingest", base + "/pictures/lighthouse.jpg", base + "/missing.jpg",
                "--allow-private-urls", "--json", "--data", tmp.resolve("d").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode out = json(run);
        assertThat(out.get("added").asInt()).isEqualTo(1);
        assertThat(out.get("rejected")).hasSize(1);
        assertThat(out.get("rejected").get(0).get("reason").asText()).contains("404");
        CliRun found = CliRun.of("search", "lighthouse", "--json", "--data", tmp.resolve("d").toString());
        assertThat(json(found).get("total").asInt()).isEqualTo(1);
    }
}
