package org.photodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.library.Library;
import org.photodesk.core.provenance.C2paSamples;
import org.photodesk.core.search.Query;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.desk.DeskPorts;
import org.photodesk.embedded.EmbeddedBackends;

/** The demo's count, and provenance in the PHOTO JSON of {@code show --json} and {@code search --json}. */
class IdentityCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theDemoAddsEveryFrameAsAPhotoOfItsOwnEvenWhenFramesShareAJobId() {
        var files = DemoSet.files();
        Map<String, Long> refs = DemoSet.items().stream()
                .collect(Collectors.groupingBy(DemoSet.Item::ref, Collectors.counting()));
        assertThat(refs.values()).as("the demo has frames of one assignment sharing a Job Id").anyMatch(n -> n > 1);
        Library library = EmbeddedBackends.open(dir.resolve("demo"));
        try (DeskPorts ports = DeskPorts.of(library, () -> "http://127.0.0.1/published/")) {
            var err = new StringWriter();

            int added = DemoCommand.fillDrawn(ports, new PrintWriter(err, true));

            assertThat(err.toString()).isEmpty();
            assertThat(added).isEqualTo(files.size());
            assertThat(ports.store().count()).isEqualTo(files.size());
            assertThat(ports.index().search(new SearchRequest(new Query.All(), null, 0, 1)).total())
                    .isEqualTo(files.size());
        }
    }

    @Test
    void showAndSearchJsonCarryAProvenanceObject() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        byte[] jpeg = org.photodesk.core.testing.TestImages.jpeg(320, 200, 5);
        Files.write(in.resolve("ai.jpg"), new C2paSamples().aiGenerated(jpeg));
        Files.write(in.resolve("plain.jpg"), org.photodesk.core.testing.TestImages.jpeg(320, 200, 6));
        String data = dir.resolve("data").toString();
        assertThat(CliRun.of("ingest", in.toString(), "--data", data).exitCode()).isZero();

        CliRun search = CliRun.of("search", "c2pa:ai", "--json", "--data", data);
        assertThat(search.exitCode()).as(search.err()).isZero();
        JsonNode results = JSON.readTree(search.out()).get("results");
        assertThat(results).hasSize(1);
        JsonNode provenance = results.get(0).get("provenance");
        assertThat(provenance.get("state").asText()).isEqualTo("claimed");
        assertThat(provenance.get("ai").asText()).isEqualTo("generated");
        assertThat(provenance.get("synthetic").asBoolean()).isTrue();
        assertThat(provenance.get("generator").asText()).isEqualTo("Photodesk Test Generator 1.0");
        assertThat(provenance.get("signer").asText()).isEqualTo("Photodesk Test Newsroom");
        assertThat(provenance.get("sourceType").asText()).isEqualTo("AI-generated");

        long plainId = JSON.readTree(CliRun.of("search", "c2pa:none", "--json", "--data", data).out())
                .get("results").get(0).get("id").asLong();
        CliRun show = CliRun.of("show", Long.toString(plainId), "--json", "--data", data);
        JsonNode shown = JSON.readTree(show.out());
        assertThat(shown.get("provenance").get("state").asText()).isEqualTo("none");
        assertThat(shown.get("provenance").get("synthetic").asBoolean()).isFalse();
        assertThat(shown.get("notices")).isEmpty();
        assertThat(CliRun.of("show", Long.toString(plainId), "--data", data).out())
                .contains("provenance             no Content Credentials");
    }
}
