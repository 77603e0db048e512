package org.photodesk.core.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
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
}
