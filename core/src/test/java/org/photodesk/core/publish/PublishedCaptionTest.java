package org.photodesk.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.gallery.CaptionChecker;
import org.photodesk.core.gallery.CreditLineFormatter;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.library.Library;
import org.photodesk.core.photo.ImageInfo;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.rights.Rights;
import org.photodesk.core.testing.InMemoryBlobStore;
import org.photodesk.core.testing.InMemoryPhotoStore;
import org.photodesk.core.testing.InMemorySite;
import org.photodesk.core.testing.StoreFixtures;
import org.photodesk.core.testing.TestLibraries;

/**
 * The house clean-up reaches every published form: the page, ninjs, Media RSS and the JPEG's own IIM and XMP caption
 * print the cleaned caption and one credit line; an editor's override is printed as written; it can be turned off.
 */
class PublishedCaptionTest {

    private static final Instant NOW = Instant.parse("2024-08-12T10:00:00Z");
    private static final String AGENCY_CAPTION = "PARIS, FRANCE - AUGUST 11: Fans wave flags before the final on"
            + " August 11, 2024 in Paris, France. (Photo by Jonas Keller/Getty Images)";
    private static final String CLEANED = "Fans wave flags before the final on August 11, 2024 in Paris, France.";

    @TempDir
    Path tmp;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();
    private final InMemorySite site = new InMemorySite();
    private Library library;

    @BeforeEach
    void open() {
        library = TestLibraries.of(new InMemoryPhotoStore(clock), blobs, site, clock);
    }

    private GalleryPublisher publisher(PublishOptions options) {
        return new GalleryPublisher(site, library.locks(), library.galleries(), library.store()::findById,
                library.renditions(), CreditLineFormatter.DEFAULT, CaptionChecker.NONE, clock, options);
    }

    private Photo photo(String caption) {
        byte[] jpeg = TestJpegs.jpeg(800, 533, new Color(caption.hashCode() & 0xFFFFFF), Color.BLUE);
        String sha = StoreFixtures.sha256(jpeg);
        blobs.put(sha, jpeg);
        var m = PhotoMetadata.builder().caption(caption).byline(List.of("Jonas Keller")).credit("Getty Images").build();
        return library.store().add(new PhotoRecord(sha, sha, "fans.jpg", new ImageInfo("image/jpeg", 800, 533, 1),
                1000, m, "Getty Images", null, List.of()));
    }

    private String live(String slug, String path) {
        return new String(site.file(slug, path).orElseThrow(), StandardCharsets.UTF_8);
    }

    private JsonNode exiftool(byte[] jpeg) throws Exception {
        Path file = Files.write(Files.createTempFile(tmp, "published", ".jpg"), jpeg);
        return new ObjectMapper().readTree(TestJpegs.exiftool(List.of("-json", "-G1", "-charset", "iptc=UTF8",
                "-IPTC:Caption-Abstract", "-XMP-dc:Description", "-IPTC:Credit", file.toString()))).get(0);
    }

    private Gallery gallery(String slug, Photo p) {
        return library.galleries().create(Gallery.draft(slug, "Final", null, null, null, NOW).addPhoto(p.id()));
    }

    @Test
    void everyPublishedFormPrintsTheCleanedCaptionAndOneCreditLine() throws Exception {
        Photo p = photo(AGENCY_CAPTION);
        gallery("final", p);
        assertThat(publisher(PublishOptions.DEFAULT).publish("final", "https://news.example/", true))
                .isInstanceOf(PublishOutcome.Published.class);
        for (String file : List.of("index.html", "gallery.json", "feed.xml")) {
            assertThat(live("final", file)).as(file).contains(CLEANED).doesNotContain("PARIS, FRANCE")
                    .doesNotContain("Photo by").contains("Jonas Keller/Getty Images");
        }
        JsonNode tags = exiftool(site.file("final", "images/" + p.id() + "-original.jpg").orElseThrow());
        assertThat(tags.path("IPTC:Caption-Abstract").asText()).isEqualTo(CLEANED);
        assertThat(tags.path("XMP-dc:Description").asText()).isEqualTo(CLEANED);
        assertThat(tags.path("IPTC:Credit").asText()).isEqualTo("Jonas Keller/Getty Images");
    }

    @Test
    void anOverrideIsPrintedAsTheEditorWroteIt() throws Exception {
        Photo p = photo(AGENCY_CAPTION);
        Gallery g = gallery("kept", p);
        String mine = "PARIS - Fans before the final. (Photo by Jonas Keller/Getty Images)";
        library.galleries().update(g.overrideCaption(g.findItemByPhoto(p.id()).orElseThrow().id(), mine));
        var page = publisher(PublishOptions.DEFAULT).preview(library.galleries().findBySlug("kept").orElseThrow(),
                "https://news.example/", org.photodesk.core.gallery.RenditionPlanner.STANDARD);
        assertThat(page.entries().getFirst().caption()).isEqualTo(mine);
    }

    @Test
    void theCleanUpCanBeTurnedOff() throws Exception {
        Photo p = photo(AGENCY_CAPTION);
        gallery("raw", p);
        var options = PublishOptions.fromEnvironment(java.util.Map.of(PublishOptions.CAPTION_CLEANUP_ENV, "off"));
        assertThat(options.cleanCaptions()).isFalse();
        assertThat(publisher(options).publish("raw", "https://news.example/", true))
                .isInstanceOf(PublishOutcome.Published.class);
        assertThat(live("raw", "gallery.json")).contains("PARIS, FRANCE - AUGUST 11:");
        assertThat(PublishOptions.DEFAULT.cleanCaptions()).isTrue();
        assertThat(PublishOptions.fromEnvironment(java.util.Map.of()).rights()).isInstanceOf(Rights.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PublishOptions.fromEnvironment(
                java.util.Map.of(PublishOptions.CAPTION_CLEANUP_ENV, "maybe"))).hasMessageContaining("neither on nor off");
    }
}
