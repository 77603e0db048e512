package org.photodesk.core.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.photodesk.core.photo.PhotoMetadata;

class GalleryAssemblerTest {

    @Test
    void resolvesEntriesInGalleryOrderWithOverridesAndCredits() {
        RenderableGallery r = TestGalleries.renderable(TestGalleries.marathon(), TestGalleries.photos());
        assertThat(r.entries()).extracting(GalleryEntry::photoId).containsExactly(12L, 11L, 13L);
        assertThat(r.entries()).extracting(GalleryEntry::position).containsExactly(1, 2, 3);
        assertThat(r.entries()).extracting(GalleryEntry::credit)
                .containsExactly("Mara Lindqvist/Reuters", "Jonas Keller/AP", "Élodie Brun/AFP");
        assertThat(r.entries().get(2).caption()).startsWith("A volunteer hands out water at the 30 km mark");
        assertThat(r.url()).isEqualTo("https://news.example/galleries/zurich-marathon-2024/");
    }

    @Test
    void plansRenditionsWithoutUpscaling() {
        RenderableGallery r = TestGalleries.renderable(TestGalleries.marathon(), TestGalleries.photos());
        GalleryEntry portrait = r.entries().get(2);
        assertThat(portrait.renditions()).extracting(Rendition::name, Rendition::width, Rendition::height)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("thumbnail", 400, 533),
                        org.assertj.core.groups.Tuple.tuple("preview", 1200, 1600),
                        org.assertj.core.groups.Tuple.tuple("original", 1200, 1600));
        assertThat(portrait.smallest().path()).isEqualTo("images/13-thumbnail.jpg");
    }

    @Test
    void leavesOutPlaceholdersAndMissingPhotos() {
        Gallery g = TestGalleries.marathon().addPhoto(404)
                .addPlaceholder(new ImportedCaption("Fans in the rain.", null, null));
        assertThat(TestGalleries.renderable(g, TestGalleries.photos()).entries()).hasSize(3);
    }

    @Test
    void altTextPrefersIptcAltTextThenTheFirstSentenceWithoutCredit() {
        assertThat(GalleryAssembler.altText(PhotoMetadata.builder().altText("Runners by a lake").build(), "x"))
                .isEqualTo("Runners by a lake");
        assertThat(GalleryAssembler.altText(PhotoMetadata.EMPTY,
                "A runner falls in Zürich. She got up and finished. (AP Photo/Jonas Keller)"))
                .isEqualTo("A runner falls in Zürich.");
        assertThat(GalleryAssembler.altText(PhotoMetadata.EMPTY, "A runner in Zürich (AP Photo/Jonas Keller)"))
                .isEqualTo("A runner in Zürich");
        assertThat(GalleryAssembler.altText(PhotoMetadata.EMPTY,
                "Fans cheer in St. Gallen, Switzerland, on Sunday, Aug. 11, 2024. The race started late."))
                .isEqualTo("Fans cheer in St. Gallen, Switzerland, on Sunday, Aug. 11, 2024.");
        assertThat(GalleryAssembler.altText(PhotoMetadata.EMPTY, null)).isEqualTo("Photo");
        String longCaption = "word ".repeat(60);
        assertThat(GalleryAssembler.altText(PhotoMetadata.EMPTY, longCaption))
                .hasSizeLessThanOrEqualTo(GalleryAssembler.MAX_ALT).endsWith("…");
    }
}
