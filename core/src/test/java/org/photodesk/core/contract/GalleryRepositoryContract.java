package org.photodesk.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.gallery.GalleryChangedException;
import org.photodesk.core.gallery.GalleryRepository;
import org.photodesk.core.gallery.ImportedCaption;

/** What every {@link GalleryRepository} must do: a subclass supplies a fresh, empty one. */
public abstract class GalleryRepositoryContract {

    private static final Instant T = Instant.parse("2024-08-11T08:00:00Z");

    protected GalleryRepository repo;

    /** A new, empty repository. */
    protected abstract GalleryRepository newRepository();

    @BeforeEach
    void open() {
        repo = newRepository();
    }

    @AfterEach
    void close() {
        repo.close();
    }

    private static Gallery draft(String slug, Instant created) {
        return Gallery.draft(slug, "Title of " + slug, "Intro", "Event", LocalDate.of(2024, 8, 11), created);
    }

    @Test
    void aCreatedGalleryIsFoundBySlugAndIdWithItsItems() {
        Gallery g = repo.create(draft("closing", T).addPhoto(12).addPhoto(7));
        assertThat(g.id()).isPositive();
        assertThat(repo.findBySlug("closing")).contains(g);
        assertThat(repo.findById(g.id())).contains(g);
        assertThat(g.photoIds()).containsExactly(12L, 7L);
    }

    @Test
    void aSlugIsTakenOnce() {
        repo.create(draft("closing", T));
        assertThatThrownBy(() -> repo.create(draft("closing", T))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUpdateMovesTheEditRevisionAndAStaleOneIsRefused() {
        Gallery g = repo.create(draft("closing", T).addPhoto(1).addPhoto(2));
        Gallery moved = repo.update(g.move(g.findItemByPhoto(2).orElseThrow().id(), 1));

        assertThat(moved.editRevision()).isEqualTo(g.editRevision() + 1);
        assertThat(repo.findById(g.id()).orElseThrow().photoIds()).containsExactly(2L, 1L);
        assertThatThrownBy(() -> repo.update(g.addPhoto(3))).isInstanceOf(GalleryChangedException.class);
        assertThat(repo.findById(g.id()).orElseThrow().photoIds()).containsExactly(2L, 1L);
    }

    @Test
    void aPlaceholderIsFilledOnceAndOnlyByAPhotoNotShownYet() {
        Gallery g = repo.create(draft("imported", T)
                .addPlaceholder(new ImportedCaption("A caption (AP Photo/Jane Roe)", "AP", "Jane Roe"))
                .addPhoto(5));
        long item = g.items().getFirst().id();

        assertThat(repo.fillPlaceholder(g.id(), item, 5)).as("photo 5 is shown already").isFalse();
        assertThat(repo.fillPlaceholder(g.id(), item, 9)).isTrue();
        assertThat(repo.fillPlaceholder(g.id(), item, 10)).as("no longer a placeholder").isFalse();
        Gallery filled = repo.findById(g.id()).orElseThrow();
        assertThat(filled.items().getFirst().photoId()).isEqualTo(9);
        assertThat(filled.editRevision()).isGreaterThan(g.editRevision());
    }

    @Test
    void listGivesTheNewestFirstAndDeleteRemoves() {
        repo.create(draft("older", T));
        repo.create(draft("newer", T.plusSeconds(60)));
        assertThat(repo.list()).extracting(Gallery::slug).containsExactly("newer", "older");
        assertThat(repo.delete("older")).isTrue();
        assertThat(repo.delete("older")).isFalse();
        assertThat(repo.list()).extracting(Gallery::slug).containsExactly("newer");
    }
}
