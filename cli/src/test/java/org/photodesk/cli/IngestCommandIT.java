package org.photodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.testing.TestImages;

/** The ingest command over a folder of good and hostile files: each bad file is one clear line, the rest go in. */
class IngestCommandIT {

    @TempDir
    Path tmp;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void badFilesAreRejectedOneLineEachAndTheGoodOnesAreIngested() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 3; i++) {
            TestImages.taggedJpeg(in.resolve("good" + i + ".jpg"), i, "-IPTC:Caption-Abstract=Good photo " + i + ".");
        }
        byte[] good = TestImages.jpeg(200, 100, 42);
        Files.write(in.resolve("truncated.jpg"), Arrays.copyOf(good, good.length * 2 / 3));
        Files.write(in.resolve("garbage-segments.jpg"), garbageSegments());
        Files.writeString(in.resolve("notes.jpg"), "These are not pixels.\n");
        Files.write(in.resolve("empty.jpg"), new byte[0]);
        Files.createSymbolicLink(in.resolve("dangling.jpg"), tmp.resolve("nowhere.jpg"));
        Files.createDirectories(in.resolve("loop"));
        Files.createSymbolicLink(in.resolve("loop/back"), in);
        Files.write(in.resolve("bomb.jpg"), TestImages.jpegClaiming(50_000, 50_000));

        CliRun run = CliRun.of("ingest", in.toString(), "--json", "--data", tmp.resolve("data").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode summary = json.readTree(run.out());
        assertThat(summary.get("added").asInt()).isEqualTo(3);
        assertThat(summary.get("updated").asInt()).isZero();
        Map<String, String> reasons = new HashMap<>();
        summary.get("rejected").forEach(r -> reasons.put(Path.of(r.get("path").asText()).getFileName().toString(),
                r.get("reason").asText()));
        assertThat(reasons).hasSize(7);
        assertThat(reasons.get("truncated.jpg")).contains("truncated JPEG");
        assertThat(reasons.get("garbage-segments.jpg")).contains("no image size found");
        assertThat(reasons.get("notes.jpg")).contains("not an image").contains("text");
        assertThat(reasons.get("empty.jpg")).contains("empty file");
        assertThat(reasons.get("dangling.jpg")).contains("symbolic link, not followed");
        assertThat(reasons.get("back")).contains("symbolic link to a folder, not followed");
        assertThat(reasons.get("bomb.jpg")).contains("50000 x 50000").contains("refused before decoding");
        assertThat(reasons.values()).allSatisfy(r -> assertThat(r).doesNotContain("\n"));
    }

    @Test
    void linksInsideAFolderAreFollowedOnlyWithFollowLinks() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        TestImages.taggedJpeg(elsewhere.resolve("target.jpg"), 5, "-IPTC:Caption-Abstract=Linked photo.");
        Files.writeString(elsewhere.resolve("secret.txt"), "root:$6$secret-hash:19000:0:99999:7:::");
        Files.createSymbolicLink(in.resolve("link.jpg"), elsewhere.resolve("target.jpg"));
        Files.createSymbolicLink(in.resolve("secret.jpg"), elsewhere.resolve("secret.txt"));
        Files.createSymbolicLink(in.resolve("dangling.jpg"), tmp.resolve("nowhere.jpg"));
        Files.createDirectories(in.resolve("loop"));
        Files.createSymbolicLink(in.resolve("loop/back"), in);
        String data = tmp.resolve("data").toString();

        JsonNode refused = json.readTree(CliRun.of("ingest", in.toString(), "--json", "--data", data).out());
        JsonNode followed = json.readTree(CliRun.of("ingest", in.toString(), "--json", "--follow-links", "--data",
                data).out());
        CliRun named = CliRun.of("ingest", in.resolve("link.jpg").toString(), "--json", "--data", data);

        assertThat(refused.get("added").asInt()).isZero();
        assertThat(refused.get("rejected")).hasSize(4)
                .allSatisfy(r -> assertThat(r.get("reason").asText()).contains("not followed"));
        assertThat(followed.get("added").asInt()).isEqualTo(1);
        Map<String, String> reasons = new HashMap<>();
        followed.get("rejected").forEach(r -> reasons.put(Path.of(r.get("path").asText()).getFileName().toString(),
                r.get("reason").asText()));
        assertThat(reasons.get("dangling.jpg")).contains("broken symbolic link");
        assertThat(reasons.get("back")).contains("symbolic link loop");
        assertThat(reasons.get("secret.jpg")).contains("not an image").doesNotContain("root").doesNotContain("$6$");
        assertThat(json.readTree(named.out()).get("duplicates").asInt()).as("a link named on the command line is"
                + " followed").isEqualTo(1);
    }

    @Test
    void theSameFolderTwiceGivesDuplicatesAndExitZero() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        TestImages.taggedJpeg(in.resolve("a.jpg"), 1, "-IPTC:Caption-Abstract=A.");
        String data = tmp.resolve("data").toString();

        assertThat(CliRun.of("ingest", in.toString(), "--data", data).exitCode()).isZero();
        CliRun again = CliRun.of("ingest", in.toString(), "--json", "--data", data);

        assertThat(again.exitCode()).isZero();
        assertThat(json.readTree(again.out()).get("duplicates").asInt()).isEqualTo(1);
    }

    @Test
    void aMissingPathIsRejectedAndAnUnknownOptionIsAUsageError() {
        String data = tmp.resolve("data").toString();

        assertThat(CliRun.of("ingest", tmp.resolve("missing").toString(), "--data", data).exitCode()).isEqualTo(1);
        assertThat(CliRun.of("ingest", "--no-such-option", "--data", data).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("ingest", "--data", data).exitCode()).isEqualTo(2);
    }

    /** APP segments full of random bytes and no frame header: metadata and nothing else. */
    private static byte[] garbageSegments() {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        var random = new java.util.Random(7);
        for (int marker = 0xE1; marker <= 0xED; marker += 4) {
            byte[] body = new byte[300];
            random.nextBytes(body);
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) marker, 0x01, 0x2E});
            out.writeBytes(body);
        }
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }
}
