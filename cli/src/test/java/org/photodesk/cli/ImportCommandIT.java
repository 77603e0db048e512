package org.photodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryOptions;
import org.photodesk.embedded.event.SeedFiles;
import org.photodesk.core.publish.TestJpegs;
import org.photodesk.core.article.ArticleReader;
import org.photodesk.core.article.PhotoCaption;
import org.photodesk.core.ingest.IngestOutcome;

/** {@code photodesk import}: articles become draft galleries with one placeholder per caption, in order. */
class ImportCommandIT {

    @TempDir
    Path data;

    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode importJson(Path file) throws IOException {
        EventCliRun run = EventCliRun.of("import", file.toString(), "--json", "--data", data.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return mapper.readTree(run.out());
    }

    private static List<PhotoCaption> captionsOf(Path seed) throws IOException {
        return new ArticleReader().readText(seed.getFileName().toString(), Files.readString(seed)).photoCaptions();
    }

    @Test
    void theApSeedGivesTwentyFourApPlaceholdersInTheArticlesOrder() throws IOException {
        Path seed = SeedFiles.path(SeedFiles.AP);
        JsonNode g = importJson(seed);

        List<PhotoCaption> captions = captionsOf(seed);
        assertThat(g.get("items")).hasSize(24);
        assertThat(g.get("slug").asText()).matches("[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(g.get("title").asText()).isNotBlank();
        assertThat(g.get("date").asText()).isEqualTo("2024-08-12");
        assertThat(g.get("intro").asText()).isNotBlank();
        List<String> expected = new ArrayList<>();
        List<String> got = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            JsonNode item = g.get("items").get(i);
            assertThat(item.get("agency").asText()).isEqualTo("AP");
            assertThat(item.get("photographer").asText()).isNotBlank().isEqualTo(captions.get(i).photographer());
            assertThat(item.get("problems").findValuesAsText("code")).contains("gallery.placeholder");
            expected.add(captions.get(i).description());
            got.add(item.get("caption").asText());
        }
        assertThat(got).containsExactlyElementsOf(expected);
        assertThat(got.getFirst()).doesNotContain("AP/");
        assertThat(captions.stream().map(PhotoCaption::photographer)).contains("Martin Meissner", "Dita Alangkara");
    }

    @Test
    void theReutersSeedGivesOneReutersPlaceholderByPhilNoble() throws IOException {
        JsonNode g = importJson(SeedFiles.path(SeedFiles.REUTERS));

        assertThat(g.get("items")).hasSize(1);
        JsonNode item = g.get("items").get(0);
        assertThat(item.get("agency").asText()).isEqualTo("Reuters");
        assertThat(item.get("photographer").asText()).isEqualTo("Phil Noble");
        assertThat(item.get("caption").asText()).contains("Tom Cruise").doesNotContain("REUTERS", "TPX");
        assertThat(g.get("title").asText()).isEqualTo("Ceremonies - Paris 2024 Closing Ceremony");
        assertThat(g.get("slug").asText()).isEqualTo("ceremonies-paris-2024-closing-ceremony");
    }

    @Test
    void importingTheSameFileTwiceIsOneArticleAndTheSameGallery() throws IOException {
        Path seed = SeedFiles.path(SeedFiles.REUTERS);
        JsonNode first = importJson(seed);
        Path copy = Files.copy(seed, data.resolve("renamed-copy.txt"));
        JsonNode second = importJson(copy);

        assertThat(first.get("created").asBoolean()).isTrue();
        assertThat(second.get("created").asBoolean()).isFalse();
        assertThat(second.get("id").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(second.get("slug").asText()).isEqualTo(first.get("slug").asText());
        EventCliRun events = EventCliRun.of("events", "--json", "--data", data.toString());
        assertThat(mapper.readTree(events.out()).get(0).get("articles").asInt()).isEqualTo(1);
    }

    @Test
    void aSecondArticleWithTheSameTitleGetsANumberedSlug() throws IOException {
        Path a = Files.writeString(data.resolve("a.txt"), """
                date 2024-03-02 Snow closes the pass. A late storm shut the mountain road for a day.

                Ploughs clear the road near the summit on Saturday. AP/Jane Roe
                """);
        Path b = Files.writeString(data.resolve("b.txt"), """
                date 2024-03-03 Snow closes the pass. The road opened again on Sunday morning.
                """);

        JsonNode ga = importJson(a);
        JsonNode gb = importJson(b);

        assertThat(ga.get("slug").asText()).isEqualTo("snow-closes-the-pass");
        assertThat(gb.get("slug").asText()).isEqualTo("snow-closes-the-pass-2");
        assertThat(ga.get("items")).hasSize(1);
        assertThat(ga.get("items").get(0).get("photographer").asText()).isEqualTo("Jane Roe");
        assertThat(gb.get("items")).isEmpty();
    }

    @Test
    void htmlArticlesAreImportedWithTheirFigcaptions() throws IOException {
        Path page = Files.writeString(data.resolve("page.html"), """
                <html><head><meta property="article:published_time" content="2024-05-01T10:00:00Z"></head>
                <body><h1>Harbour festival opens</h1><p>Boats filled the harbour for the opening night.</p>
                <figure><img src="x.jpg"><figcaption>Fireworks over the harbour on Wednesday. REUTERS/John Doe</figcaption></figure>
                </body></html>
                """);

        JsonNode g = importJson(page);

        assertThat(g.get("title").asText()).isEqualTo("Harbour festival opens");
        assertThat(g.get("date").asText()).isEqualTo("2024-05-01");
        assertThat(g.get("items")).hasSize(1);
        assertThat(g.get("items").get(0).get("agency").asText()).isEqualTo("Reuters");
        assertThat(g.get("items").get(0).get("photographer").asText()).isEqualTo("John Doe");
    }

    @Test
    void photosAlreadyInTheLibraryFillTheirPlaceholdersOnImport() throws IOException {
        Path seed = SeedFiles.path(SeedFiles.REUTERS);
        PhotoCaption reuters = captionsOf(seed).getFirst();
        byte[] jpeg = TestJpegs.withTags(TestJpegs.jpeg(48, 32, Color.RED, Color.BLACK), data,
                "-IPTC:Caption-Abstract=" + reuters.description() + " REUTERS/Phil Noble", "-IPTC:By-line=Phil Noble");
        long photoId;
        try (Library library = org.photodesk.scale.testing.TestBackends.open(data)) {
            photoId = ((IngestOutcome.Added) library.ingestor().ingest("noble.jpg", jpeg)).photo().id();
        }

        EventCliRun text = EventCliRun.of("import", seed.toString(), "--data", data.toString());
        JsonNode g = importJson(seed);

        assertThat(text.out()).contains("1 placeholder filled with library photos", "0 still placeholders");
        assertThat(g.get("items").get(0).get("photoId").asLong()).isEqualTo(photoId);
        assertThat(g.get("items").get(0).get("problems")).isEmpty();
    }

    @Test
    void aMissingFileIsExitOneWithAMessage() {
        EventCliRun run = EventCliRun.of("import", data.resolve("nope.txt").toString(), "--data", data.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot read", "nope.txt");
    }
}
