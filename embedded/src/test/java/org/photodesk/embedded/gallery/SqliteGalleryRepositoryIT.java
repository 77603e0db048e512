package org.photodesk.embedded.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.gallery.GalleryChangedException;
import org.photodesk.core.gallery.GalleryItem;
import org.photodesk.core.gallery.GalleryStatus;
import org.photodesk.core.gallery.ImportedCaption;

class SqliteGalleryRepositoryIT {

    private static final Instant T = Instant.parse("2024-08-11T08:30:00Z");

    @TempDir
    Path dir;

    private SqliteGalleryRepository repo;

    @BeforeEach
    void open() {
        repo = SqliteGalleryRepository.openMigrated(dir.resolve("photodesk.db"));
    }

    @AfterEach
    void close() {
        repo.close();
    }

    private static Gallery sample() {
        Gallery g = Gallery.draft("zurich-marathon", "Zürich Marathon", "Angèle wins.", "Marathon",
                LocalDate.of(2024, 8, 11), T).addPhoto(11).addPhoto(12)
                .addPlaceholder(new ImportedCaption("Fans in Zürich.", "AFP", "Élodie Brun"));
        return g.overrideCaption(2, "Own caption for this gallery.").overrideCredit(1, "Keller/AP").move(3, 1);
    }

    @Test
    void roundTripsAGalleryWithOverridesAndPlaceholders() {
        Gallery saved = repo.create(sample());
        assertThat(saved.id()).isPositive();
        Gallery read = repo.findBySlug("zurich-marathon").orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.items()).extracting(GalleryItem::id).containsExactly(3L, 1L, 2L);
        assertThat(read.items().getFirst().imported().photographer()).isEqualTo("Élodie Brun");
        assertThat(repo.findById(saved.id())).contains(saved);
    }

    @Test
    void updateReplacesItemsAndStatus() {
        Gallery saved = repo.create(sample());
        Gallery changed = saved.remove(3).move(2, 1).published(T.plusSeconds(60));
        repo.update(changed);
        Gallery read = repo.findBySlug("zurich-marathon").orElseThrow();
        assertThat(read.items()).extracting(GalleryItem::photoId).containsExactly(12L, 11L);
        assertThat(read.status()).isEqualTo(GalleryStatus.PUBLISHED);
        assertThat(read.publishedAt()).isEqualTo(T.plusSeconds(60));
        assertThat(read.revision()).isEqualTo(1);
    }

    @Test
    void refusesADuplicateSlugAndListsNewestFirst() {
        repo.create(sample());
        assertThatThrownBy(() -> repo.create(sample())).hasMessageContaining("already exists");
        repo.create(Gallery.draft("later", "Later", null, null, null, T.plusSeconds(5)));
        assertThat(repo.list()).extracting(Gallery::slug).containsExactly("later", "zurich-marathon");
        assertThat(repo.delete("later")).isTrue();
        assertThat(repo.delete("later")).isFalse();
        assertThat(repo.list()).hasSize(1);
    }

    @Test
    void aSecondConnectionSeesCommittedWrites() {
        repo.create(sample());
        try (var other = SqliteGalleryRepository.open(dir.resolve("photodesk.db"))) {
            assertThat(other.findBySlug("zurich-marathon")).isPresent();
        }
    }

    @Test
    void anUpdateBasedOnAnOlderRevisionIsRefusedAndChangesNothing() {
        Gallery saved = repo.create(sample());
        assertThat(saved.editRevision()).isZero();
        // Two editors open the gallery, one through a second connection, as a second process would.
        try (var elsewhere = SqliteGalleryRepository.open(dir.resolve("photodesk.db"))) {
            Gallery mine = repo.findById(saved.id()).orElseThrow();
            Gallery theirs = elsewhere.findById(saved.id()).orElseThrow();

            Gallery stored = elsewhere.update(theirs.move(2, 1));
            assertThat(stored.editRevision()).isEqualTo(1);

            assertThatThrownBy(() -> repo.update(mine.remove(1)))
                    .isInstanceOf(GalleryChangedException.class)
                    .hasMessageContaining("changed by someone else since you opened it")
                    .hasMessageContaining("reload to see the changes");
            assertThat(repo.findById(saved.id())).contains(stored);
            assertThat(repo.update(repo.findById(saved.id()).orElseThrow().remove(1)).editRevision()).isEqualTo(2);
        }
    }

    @Test
    void fillingAPlaceholderChangesThatItemOnlyAndBumpsTheRevision() {
        Gallery saved = repo.create(sample());
        assertThat(repo.fillPlaceholder(saved.id(), 3, 11)).as("the gallery shows photo 11 already").isFalse();
        assertThat(repo.fillPlaceholder(saved.id(), 1, 99)).as("item 1 is not a placeholder").isFalse();
        assertThat(repo.findById(saved.id())).contains(saved);

        assertThat(repo.fillPlaceholder(saved.id(), 3, 13)).isTrue();

        Gallery read = repo.findById(saved.id()).orElseThrow();
        assertThat(read.editRevision()).isEqualTo(1);
        assertThat(read.items()).extracting(GalleryItem::photoId).containsExactly(13L, 11L, 12L);
        assertThat(read.items().getFirst().imported().text()).isEqualTo("Fans in Zürich.");
        assertThat(read.withItems(saved.items()).withEditRevision(0)).isEqualTo(saved);
        assertThat(repo.fillPlaceholder(saved.id(), 3, 14)).as("filled already").isFalse();
    }
}
