package org.photodesk.embedded.event;

import org.photodesk.core.event.PlaceholderLinker;
import org.photodesk.core.event.ArticleImporter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryOptions;
import org.photodesk.embedded.gallery.SqliteGalleryRepository;
import org.photodesk.core.publish.TestJpegs;
import org.photodesk.core.article.ArticleReader;
import org.photodesk.core.article.PhotoCaption;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.gallery.GalleryChangedException;
import org.photodesk.core.gallery.GalleryItem;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.photo.Photo;

/**
 * Placeholders of imported galleries are filled by photos whose captions match, with real JPEGs written by exiftool
 * and ingested by the library's own ingestor.
 */
class PlaceholderLinkerIT {

    @TempDir
    Path data;

    @TempDir
    Path tmp;

    private Library library;
    private SqliteGalleryRepository galleries;
    private SqliteEventStore store;
    private int colour;

    @BeforeEach
    void open() {
        library = org.photodesk.embedded.EmbeddedBackends.open(data);
        galleries = SqliteGalleryRepository.open(data.resolve("photodesk.db"));
        store = SqliteEventStore.open(data.resolve("photodesk.db"));
    }

    @AfterEach
    void close() {
        store.close();
        galleries.close();
        library.close();
    }

    private Gallery importSeed(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(SeedFiles.path(name));
        return new ArticleImporter(store, galleries, Clock.systemUTC()).importFile(name, bytes).getFirst().gallery();
    }

    private static List<PhotoCaption> captions(String name) throws IOException {
        return new ArticleReader().readText(name, Files.readString(SeedFiles.path(name))).photoCaptions();
    }

    /** A real JPEG with this IPTC caption and byline, ingested; each photo gets pixels of its own. */
    private Photo ingest(String caption, String byline) throws IOException {
        colour += 40;
        byte[] jpeg = TestJpegs.jpeg(64, 48, new Color(colour % 256, 30, 90), new Color(10, colour % 256, 200));
        byte[] tagged = byline == null
                ? TestJpegs.withTags(jpeg, tmp, "-IPTC:Caption-Abstract=" + caption)
                : TestJpegs.withTags(jpeg, tmp, "-IPTC:Caption-Abstract=" + caption, "-IPTC:By-line=" + byline);
        IngestOutcome outcome = library.ingestor().ingest("photo-" + colour + ".jpg", tagged);
        assertThat(outcome).isInstanceOf(IngestOutcome.Added.class);
        return ((IngestOutcome.Added) outcome).photo();
    }

    private Gallery reload(Gallery g) {
        return galleries.findById(g.id()).orElseThrow();
    }

    @Test
    void aPhotoIngestedAfterTheImportFillsThePlaceholderWithItsCaption() throws IOException {
        Gallery g = importSeed(SeedFiles.AP);
        PhotoCaption third = captions(SeedFiles.AP).get(2);

        Photo photo = ingest(third.description() + " (AP Photo/" + third.photographer() + ")", third.photographer());

        Gallery after = reload(g);
        assertThat(after.items().get(2).photoId()).isEqualTo(photo.id());
        assertThat(after.items().get(2).imported().photographer()).isEqualTo(third.photographer());
        assertThat(after.items().stream().filter(GalleryItem::isPlaceholder)).hasSize(23);
    }

    @Test
    void caseAccentsSpacingAndTheCreditDoNotMatterButThePhotographerDoes() throws IOException {
        Gallery g = importSeed(SeedFiles.AP);
        PhotoCaption first = captions(SeedFiles.AP).getFirst();
        String shouted = "  " + first.description().toUpperCase(Locale.ROOT).replace(" ", "   ");
        Photo other = ingest(first.description(), "Someone Else");
        Photo same = ingest(shouted, null);

        var linker = new PlaceholderLinker(galleries);
        assertThat(linker.link(other)).isEmpty();
        linker.accept(same);

        assertThat(reload(g).items().getFirst().photoId()).isEqualTo(same.id());
    }

    @Test
    void anAgencyFixOfOneWordStillMatchesButAnotherPictureOfTheSameSceneDoesNot() throws IOException {
        Gallery g = importSeed(SeedFiles.AP);
        PhotoCaption fourth = captions(SeedFiles.AP).get(3);
        String fixed = fourth.description().replaceFirst("\\bSunday\\b", "Sun.");
        Photo unrelated = ingest("A dancer stretches backstage before the closing show in a corridor", fourth.photographer());
        Photo corrected = ingest(fixed, fourth.photographer());

        assertThat(fixed).isNotEqualTo(fourth.description());
        assertThat(reload(g).items()).noneMatch(i -> Long.valueOf(unrelated.id()).equals(i.photoId()));
        assertThat(reload(g).items().get(3).photoId()).isEqualTo(corrected.id());
    }

    @Test
    void linkAllFillsPlaceholdersWithPhotosAlreadyInTheLibrary() throws IOException {
        PhotoCaption reuters = captions(SeedFiles.REUTERS).getFirst();
        Photo before = ingest(reuters.description() + " REUTERS/Phil Noble", "Phil Noble");
        Gallery g = importSeed(SeedFiles.REUTERS);
        assertThat(g.items().getFirst().isPlaceholder()).isTrue();

        List<PlaceholderLinker.Link> links = new PlaceholderLinker(galleries).linkAll(library.store());

        assertThat(links).hasSize(1);
        assertThat(reload(g).items().getFirst().photoId()).isEqualTo(before.id());
        assertThat(new PlaceholderLinker(galleries).linkAll(library.store())).as("a second run changes nothing").isEmpty();
    }

    @Test
    void aPlaceholderFilledWhileAnEditorReordersIsKeptAndTheEditorsStaleWriteIsRefused() throws IOException {
        Gallery g = importSeed(SeedFiles.AP);
        PhotoCaption third = captions(SeedFiles.AP).get(2);
        Gallery editorOpened = reload(g);

        // The ingest links the photo through the library's own gallery connection while the editor works.
        Photo photo = ingest(third.description() + " (AP Photo/" + third.photographer() + ")", third.photographer());
        Gallery linked = reload(g);
        assertThat(linked.items().get(2).photoId()).isEqualTo(photo.id());
        assertThat(linked.editRevision()).isEqualTo(editorOpened.editRevision() + 1);

        List<Long> reversed = editorOpened.items().stream().map(GalleryItem::id).toList().reversed();
        assertThatThrownBy(() -> galleries.update(editorOpened.reorder(reversed)))
                .isInstanceOf(GalleryChangedException.class)
                .hasMessageContaining("reload to see the changes");
        assertThat(reload(g)).as("the refused write changed nothing").isEqualTo(linked);

        Gallery reordered = galleries.update(linked.reorder(reversed));
        assertThat(reordered.items().get(reordered.items().size() - 3).photoId())
                .as("reloaded, the editor's order keeps the link").isEqualTo(photo.id());
    }
}
