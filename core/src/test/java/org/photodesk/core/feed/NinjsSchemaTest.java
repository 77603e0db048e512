package org.photodesk.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Our ninjs 3 fixtures are valid against IPTC's own ninjs 3.0 JSON schema, read in place (never copied here): from
 * {@code -Dninjs.schema=PATH} or {@code NINJS_SCHEMA}, else from a snapshot of github:iptc/newsinjson in
 * {@code /work/.mirror}; skipped when neither is on the machine.
 */
class NinjsSchemaTest {

    private static final Path MIRROR = Path.of("/work/.mirror/iptc+newsinjson/repo");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException, InterruptedException {
        Optional<String> text = fromProperty().or(NinjsSchemaTest::fromMirror);
        assumeTrue(text.isPresent(), "IPTC's ninjs-schema_3.0.json is not on this machine: pass -Dninjs.schema=PATH");
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text.get());
    }

    private static Optional<String> fromProperty() {
        String path = Optional.ofNullable(System.getProperty("ninjs.schema")).orElse(System.getenv("NINJS_SCHEMA"));
        try {
            return path == null ? Optional.empty() : Optional.of(Files.readString(Path.of(path)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> fromMirror() {
        if (!Files.isDirectory(MIRROR)) {
            return Optional.empty();
        }
        try {
            Process git = new ProcessBuilder("git", "--git-dir=" + MIRROR, "show",
                    "HEAD:specification/ninjs-schema_3.0.json").redirectErrorStream(false).start();
            byte[] out = git.getInputStream().readAllBytes();
            return git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0
                    ? Optional.of(new String(out, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ninjs/picture-3.json", "ninjs/kill-3.json", "ninjs/gallery-3.json"})
    void ourNinjs3FixturesAreValid(String fixture) throws IOException {
        JsonNode item = JSON.readTree(Fixtures.bytes(fixture));
        assertThat(schema.validate(item)).extracting(com.networknt.schema.Error::getMessage).isEmpty();
    }

    @Test
    void aPublishedGalleryWithRightsAndAProvenanceNoteIsValid() throws IOException {
        var rights = new org.photodesk.core.gallery.EntryRights("EDITORIAL USE ONLY", true,
                java.time.Instant.parse("2024-08-13T00:01:00Z"), "https://news.example/licence",
                "https://news.example/licensing", true);
        var page = new org.photodesk.core.gallery.GalleryAssembler(
                org.photodesk.core.gallery.TestGalleries.lookup(org.photodesk.core.gallery.TestGalleries.photos()),
                org.photodesk.core.gallery.CreditLineFormatter.DEFAULT,
                org.photodesk.core.gallery.RenditionPlanner.STANDARD, p -> rights)
                .assemble(org.photodesk.core.gallery.TestGalleries.marathon(), "https://news.example/galleries");
        JsonNode item = JSON.readTree(new org.photodesk.core.gallery.NinjsGalleryRenderer().render(page));
        assertThat(item.path("associations").get(0).has("usageTerms")).isTrue();
        assertThat(schema.validate(item)).extracting(com.networknt.schema.Error::getMessage).isEmpty();
    }

    @Test
    void theSchemaDoesCatchA2xNameInA3Item() throws IOException {
        JsonNode item = JSON.readTree("{\"uri\": \"https://wire.example/x\", \"pubstatus\": \"usable\"}");
        List<com.networknt.schema.Error> errors = schema.validate(item);
        assertThat(errors).isNotEmpty();
    }
}
