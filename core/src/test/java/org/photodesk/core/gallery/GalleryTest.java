package org.photodesk.core.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.photodesk.core.photo.PhotoMetadata;

class GalleryTest {

    private static final Instant T = Instant.parse("2024-08-11T10:00:00Z");

    private static Gallery empty() {
        return Gallery.draft("paris-2024", "Paris 2024", null, null, null, T);
    }

    private static List<Long> photoOrder(Gallery g) {
        return g.items().stream().map(GalleryItem::photoId).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "paris-2024", "100m-final", "x1-y2-z3"})
    void acceptsSlugsOfLowerCaseDigitsAndHyphens(String slug) {
        assertThat(Gallery.draft(slug, "T", null, null, null, T).slug()).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Paris", "paris 2024", "-paris", "paris-", "paris--2024", "paris_2024", "zürich",
            "../etc"})
    void refusesOtherSlugsWithAnExample(String slug) {
        assertThatThrownBy(() -> Gallery.draft(slug, "T", null, null, null, T))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower-case letters");
    }

    @Test
    void refusesABlankTitle() {
        assertThatThrownBy(() -> Gallery.draft("a", "  ", null, null, null, T)).hasMessageContaining("--title");
    }

    @Test
    void addsPhotosInOrderWithGalleryLocalIds() {
        Gallery g = empty().addPhoto(42).addPhoto(7);
        assertThat(g.items()).extracting(GalleryItem::id, GalleryItem::position, GalleryItem::photoId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 1, 42L),
                        org.assertj.core.groups.Tuple.tuple(2L, 2, 7L));
        assertThat(g.status()).isEqualTo(GalleryStatus.DRAFT);
    }

    @Test
    void refusesTheSamePhotoTwice() {
        assertThatThrownBy(() -> empty().addPhoto(42).addPhoto(42)).hasMessageContaining("already")
                .hasMessageContaining("position 1");
    }

    @Test
    void movesAnItemAndRenumbers() {
        Gallery g = empty().addPhoto(1).addPhoto(2).addPhoto(3).addPhoto(4);
        Gallery moved = g.move(4, 1);
        assertThat(photoOrder(moved)).containsExactly(4L, 1L, 2L, 3L);
        assertThat(moved.items()).extracting(GalleryItem::position).containsExactly(1, 2, 3, 4);
        assertThat(photoOrder(moved.move(4, 4))).containsExactly(1L, 2L, 3L, 4L);
        assertThat(photoOrder(g.move(2, 3))).containsExactly(1L, 3L, 2L, 4L);
    }

    @Test
    void refusesAMoveOutsideTheGallery() {
        Gallery g = empty().addPhoto(1).addPhoto(2);
        assertThatThrownBy(() -> g.move(1, 3)).hasMessageContaining("use 1 to 2");
        assertThatThrownBy(() -> g.move(9, 1)).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no item 9");
    }

    @Test
    void removesAnItemAndKeepsIdsStable() {
        Gallery g = empty().addPhoto(1).addPhoto(2).addPhoto(3).remove(2);
        assertThat(g.items()).extracting(GalleryItem::id).containsExactly(1L, 3L);
        assertThat(g.items()).extracting(GalleryItem::position).containsExactly(1, 2);
        assertThat(g.addPhoto(9).items().getLast().id()).isEqualTo(4L);
    }

    @Test
    void reordersByAPermutationOnly() {
        Gallery g = empty().addPhoto(1).addPhoto(2).addPhoto(3);
        assertThat(photoOrder(g.reorder(List.of(3L, 1L, 2L)))).containsExactly(3L, 1L, 2L);
        assertThatThrownBy(() -> g.reorder(List.of(3L, 1L))).hasMessageContaining("once");
        assertThatThrownBy(() -> g.reorder(List.of(3L, 3L, 1L))).hasMessageContaining("once");
    }

    @Test
    void captionOverrideIsForThisGalleryOnly() {
        var photo = TestGalleries.photo(1, 10, 10, PhotoMetadata.builder().caption("Own caption.").build(), null);
        Gallery g = empty().addPhoto(1).overrideCaption(1, "Gallery caption.");
        assertThat(g.items().getFirst().effectiveCaption(photo)).isEqualTo("Gallery caption.");
        assertThat(photo.metadata().caption()).isEqualTo("Own caption.");
        assertThat(g.overrideCaption(1, " ").items().getFirst().effectiveCaption(photo)).isEqualTo("Own caption.");
    }

    @Test
    void creditOverrideWinsOverTheHouseStyle() {
        var photo = TestGalleries.photo(1, 10, 10,
                PhotoMetadata.builder().byline(List.of("Jonas Keller")).credit("AP").build(), "AP");
        Gallery g = empty().addPhoto(1);
        assertThat(g.items().getFirst().effectiveCredit(photo, CreditLineFormatter.DEFAULT))
                .isEqualTo("Jonas Keller/AP");
        assertThat(g.overrideCredit(1, "Keller/AP/pool").items().getFirst()
                .effectiveCredit(photo, CreditLineFormatter.DEFAULT)).isEqualTo("Keller/AP/pool");
    }

    @Test
    void placeholderCarriesTheImportedCaptionUntilAPhotoIsAssigned() {
        Gallery g = empty().addPlaceholder(new ImportedCaption("Fans wait in the rain.", "Reuters", "Mara Lind"));
        GalleryItem item = g.items().getFirst();
        assertThat(item.isPlaceholder()).isTrue();
        assertThat(item.effectiveCaption(null)).isEqualTo("Fans wait in the rain.");
        assertThat(item.effectiveCredit(null, CreditLineFormatter.DEFAULT)).isEqualTo("Mara Lind/Reuters");
        Gallery filled = g.assignPhoto(item.id(), 5);
        assertThat(filled.items().getFirst().photoId()).isEqualTo(5L);
        assertThat(filled.photoIds()).containsExactly(5L);
    }

    @Test
    void publishingMarksStatusTimeAndRevision() {
        Gallery p = empty().addPhoto(1).published(T.plusMillis(1500));
        assertThat(p.status()).isEqualTo(GalleryStatus.PUBLISHED);
        assertThat(p.publishedAt()).isEqualTo(T.plusSeconds(1));
        assertThat(p.revision()).isEqualTo(1);
        assertThat(p.published(T).revision()).isEqualTo(2);
    }

    @Test
    void everyChangeKeepsTheEditRevisionItWasReadAtForTheStoreToCompare() {
        Gallery read = empty().addPhoto(1).addPhoto(2).withEditRevision(7);
        assertThat(read.move(2, 1).remove(1).addPhoto(3).overrideCaption(3, "Own.").published(T).editRevision())
                .isEqualTo(7);
        assertThat(read.withDetails("Other", null, null, null).withId(4).editRevision()).isEqualTo(7);
        assertThatThrownBy(() -> read.withEditRevision(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("edit revision");
    }

    @Test
    void defaultCreditCoversMissingParts() {
        var f = CreditLineFormatter.DEFAULT;
        assertThat(f.creditLine(PhotoMetadata.builder().credit("AFP").build(), null)).isEqualTo("AFP");
        assertThat(f.creditLine(PhotoMetadata.builder().byline(List.of("Élodie Brun")).build(), null))
                .isEqualTo("Élodie Brun");
        assertThat(f.creditLine(PhotoMetadata.EMPTY, null)).isNull();
        assertThat(f.creditLine(PhotoMetadata.builder().byline(List.of("A", "B")).build(), "AP")).isEqualTo("A, B/AP");
    }
}
