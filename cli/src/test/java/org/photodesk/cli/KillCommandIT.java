package org.photodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.testing.TestImages;

/**
 * Kills from the command line on the embedded library: {@code photodesk kill}, an agency's kill read at ingest,
 * the galleries that showed the photo, search, and {@code gallery unpublish} and {@code gallery delete}.
 */
class KillCommandIT {

    @TempDir
    Path tmp;

    private final ObjectMapper json = new ObjectMapper();

    private String data() {
        return tmp.resolve("data").toString();
    }

    private CliRun ok(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.out() + run.err()).isZero();
        return run;
    }

    private List<Long> search(String query) throws IOException {
        JsonNode result = json.readTree(ok("search", query, "--json", "--data", data()).out());
        var ids = new ArrayList<Long>();
        result.path("results").forEach(r -> ids.add(r.path("id").asLong()));
        return ids;
    }

    /** The files of gallery {@code slug}'s live release, read through the library's site (on any backends). */
    private List<String> published(String slug) throws IOException {
        try (var library = org.photodesk.scale.testing.TestBackends.open(tmp.resolve("data"))) {
            return library.site().files(slug);
        }
    }

    /** The text of the published file at {@code path}, read through the library's site. */
    private String publishedText(String path) throws IOException {
        try (var library = org.photodesk.scale.testing.TestBackends.open(tmp.resolve("data"))) {
            var entry = library.site().find(path).orElseThrow(() -> new AssertionError("nothing published at " + path));
            return new String(((org.photodesk.core.publish.PublishedSite.Entry.File) entry).bytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private long idOf(String word) throws IOException {
        List<Long> ids = search(word);
        assertThat(ids).as(word).hasSize(1);
        return ids.getFirst();
    }

    private void ingestTwo() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        TestImages.taggedJpeg(in.resolve("runner.jpg"), 1, "-IPTC:Caption-Abstract=A runner crosses the line in"
                + " Zürich.", "-IPTC:By-line=Jonas Keller", "-IPTC:Credit=AP");
        TestImages.taggedJpeg(in.resolve("crowd.jpg"), 2, "-IPTC:Caption-Abstract=The crowd cheers in Zürich.",
                "-IPTC:By-line=Mara Lindqvist", "-IPTC:Credit=AP");
        ok("ingest", in.toString(), "--data", data());
    }

    @Test
    void aKilledPhotoLeavesSearchAndThePublishedGalleryAndIsKeptForAudit() throws IOException {
        ingestTwo();
        long runner = idOf("runner");
        long crowd = idOf("crowd");
        ok("gallery", "create", "--title", "Marathon", "--slug", "marathon", "--data", data());
        ok("gallery", "add", "marathon", Long.toString(runner), Long.toString(crowd), "--data", data());
        ok("gallery", "publish", "marathon", "--force", "--base-url", "https://news.example/g/", "--data", data());

        CliRun kill = ok("kill", Long.toString(runner), "--reason", "MANDATORY KILL: altered picture", "--data",
                data());

        assertThat(kill.out()).contains("killed photo " + runner, "gallery 'marathon': republished");
        assertThat(search("")).containsExactly(crowd);
        assertThat(search("runner")).isEmpty();
        assertThat(search("status:killed")).containsExactly(runner);
        assertThat(search("status:any zürich")).containsExactlyInAnyOrder(runner, crowd);
        assertThat(publishedText("marathon/gallery.json")).doesNotContain("A runner crosses")
                .contains("The crowd cheers");
        assertThat(published("marathon")).isNotEmpty().doesNotContain("images/" + runner + "-original.jpg");
        JsonNode shown = json.readTree(ok("show", Long.toString(runner), "--json", "--data", data()).out());
        assertThat(shown.path("kill").path("reason").asText()).isEqualTo("MANDATORY KILL: altered picture");
        assertThat(shown.path("kill").path("source").asText()).isEqualTo("desk");

        ok("gallery", "create", "--title", "Again", "--slug", "again", "--data", data());
        ok("gallery", "add", "again", Long.toString(runner), "--data", data());
        CliRun forced = CliRun.of("gallery", "publish", "again", "--force", "--data", data());
        assertThat(forced.exitCode()).isEqualTo(1);
        assertThat(forced.err()).contains("cannot be published", "rights.killed", "--force does not change that");
        assertThat(published("again")).isEmpty();
    }

    @Test
    void anAgencysKillReadAtIngestTakesThePhotoOffTheSite() throws IOException {
        ingestTwo();
        long runner = idOf("runner");
        ok("gallery", "create", "--title", "Solo", "--slug", "solo", "--data", data());
        ok("gallery", "add", "solo", Long.toString(runner), "--data", data());
        ok("gallery", "publish", "solo", "--force", "--data", data());
        Path advisory = Files.createDirectories(tmp.resolve("advisory")).resolve("runner-kill.jpg");
        TestImages.taggedJpeg(advisory, 1, "-IPTC:Caption-Abstract=A runner crosses the line in Zürich.",
                "-IPTC:By-line=Jonas Keller", "-IPTC:Credit=AP",
                "-IPTC:SpecialInstructions=MANDATORY KILL. The picture was distributed in error.");

        ok("ingest", advisory.toString(), "--data", data());

        assertThat(search("runner")).isEmpty();
        assertThat(search("status:killed")).containsExactly(runner);
        JsonNode shown = json.readTree(ok("show", Long.toString(runner), "--json", "--data", data()).out());
        assertThat(shown.path("kill").path("source").asText()).isEqualTo("agency");
        assertThat(published("solo")).isEmpty();
        assertThat(ok("gallery", "list", "--data", data()).out()).contains("solo", "unpublished");
    }

    @Test
    void galleriesCanBeUnpublishedAndDeletedFromTheCommandLine() throws IOException {
        ingestTwo();
        ok("gallery", "create", "--title", "Marathon", "--slug", "marathon", "--data", data());
        ok("gallery", "add", "marathon", Long.toString(idOf("crowd")), "--data", data());
        ok("gallery", "publish", "marathon", "--force", "--data", data());
        assertThat(published("marathon")).contains("index.html");

        assertThat(ok("gallery", "unpublish", "marathon", "--data", data()).out()).contains("unpublished 'marathon'");
        assertThat(published("marathon")).isEmpty();
        assertThat(ok("gallery", "list", "--data", data()).out()).contains("unpublished");

        ok("gallery", "publish", "marathon", "--force", "--data", data());
        assertThat(ok("gallery", "delete", "marathon", "--data", data()).out()).contains("deleted 'marathon'");
        assertThat(published("marathon")).isEmpty();
        assertThat(ok("gallery", "list", "--data", data()).out()).doesNotContain("marathon");
        CliRun missing = CliRun.of("gallery", "delete", "marathon", "--data", data());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no gallery 'marathon'");
    }

    @Test
    void killNeedsAReasonAndAKnownPhoto() throws IOException {
        ingestTwo();
        assertThat(CliRun.of("kill", "1", "--data", data()).exitCode()).isEqualTo(2);
        CliRun missing = CliRun.of("kill", "999", "--reason", "KILL", "--data", data());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no photo 999");
        long crowd = idOf("crowd");
        ok("kill", Long.toString(crowd), "--reason", "KILL", "--data", data());
        assertThat(ok("kill", Long.toString(crowd), "--lift", "--data", data()).out()).contains("no longer killed");
        assertThat(search("crowd")).containsExactly(crowd);
    }
}
