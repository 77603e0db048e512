package org.photodesk.core.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoProvenance;
import org.photodesk.core.photo.Problem;

class GalleryCheckTest {

    private static final CaptionChecker NO_SHOUTING = caption -> caption.contains("!")
            ? List.of(Problem.inField("caption.exclamation", "caption", "caption has '!': remove it"))
            : List.of();

    private final GalleryCheck check = new GalleryCheck(NO_SHOUTING, TestGalleries.lookup(TestGalleries.photos()),
            CreditLineFormatter.DEFAULT);

    @Test
    void aCleanGalleryPasses() {
        assertThat(check.check(TestGalleries.marathon()).passed()).isTrue();
    }

    @Test
    void runsTheCheckerOverTheEffectiveCaptionOfEveryItem() {
        Gallery g = TestGalleries.marathon();
        long item13 = g.findItemByPhoto(13).orElseThrow().id();
        CheckReport report = check.check(g.overrideCaption(item13, "What a race!"));
        assertThat(report.passed()).isFalse();
        assertThat(report.items()).singleElement().satisfies(ip -> {
            assertThat(ip.item().photoId()).isEqualTo(13L);
            assertThat(ip.caption()).isEqualTo("What a race!");
            assertThat(ip.problems()).extracting(Problem::code).containsExactly("caption.exclamation");
        });
        assertThat(report.lines()).containsExactly("#3 (item 3) caption.exclamation: caption has '!': remove it");
    }

    @Test
    void reportsPlaceholdersMissingPhotosAndMissingCredits() {
        Gallery g = Gallery.draft("x", "X", null, null, null, TestGalleries.CREATED).addPhoto(99)
                .addPlaceholder(new ImportedCaption("Rain in Bern.", null, null));
        CheckReport report = check.check(g);
        assertThat(report.items()).hasSize(2);
        assertThat(report.items().get(0).problems()).extracting(Problem::code)
                .containsExactly("gallery.photo-missing", "gallery.caption-missing", "gallery.credit-missing");
        assertThat(report.items().get(1).problems()).extracting(Problem::code)
                .containsExactly("gallery.placeholder", "gallery.credit-missing");
    }

    @Test
    void anEmptyGalleryIsAProblem() {
        CheckReport report = check.check(Gallery.draft("x", "X", null, null, null, TestGalleries.CREATED));
        assertThat(report.gallery()).extracting(Problem::code).containsExactly("gallery.empty");
    }

    @Test
    void syntheticMediaIsAnEditorialWarningWhateverDeclaresIt() {
        var photos = new java.util.HashMap<>(TestGalleries.photos());
        Photo base = photos.get(13L);
        photos.put(13L, new Photo(base.id(), base.sha256(), base.pixelHash(), base.fileName(), base.mediaType(),
                base.width(), base.height(), base.embedded(), base.metadata(), base.agency(), base.raw(),
                base.problems(), base.ingestedAt(), base.updatedAt(), base.version(), base.rating(), base.labels(),
                base.identity(), new PhotoProvenance(PhotoProvenance.State.CLAIMED, "claimed", "Generator", "Newsroom",
                        null, PhotoProvenance.Ai.GENERATED, null, "AI-generated", true, List.of("c2pa.created")), null, null));
        Photo declared = photos.get(12L);
        photos.put(12L, TestGalleries.photo(12, declared.width(), declared.height(), declared.metadata().toBuilder()
                .digitalSourceType("http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia")
                .build(), declared.agency()));
        var withSynthetic = new GalleryCheck(NO_SHOUTING, TestGalleries.lookup(photos), CreditLineFormatter.DEFAULT);

        CheckReport report = withSynthetic.check(TestGalleries.marathon());

        assertThat(report.passed()).isFalse();
        assertThat(report.items()).extracting(ip -> ip.item().photoId()).containsExactlyInAnyOrder(12L, 13L);
        assertThat(report.items()).flatExtracting(ItemProblems::problems).extracting(Problem::code)
                .containsOnly("gallery.synthetic");
        assertThat(report.lines()).anyMatch(l -> l.contains("Content Credentials declare it AI-generated"))
                .anyMatch(l -> l.contains("Composite with AI-generated elements"));
    }
}
