package org.photodesk.core.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PictureHashTest {

    private static final GreyImage SCENE = Pictures.scene(7, 600, 400);

    @Test
    void theSamePixelsGiveTheSameBitsOnEveryJvm() {
        // Recorded once; a change here means stored fingerprints would no longer match: bump a version instead.
        assertThat(Long.toHexString(PictureHash.of(SCENE).frame())).isEqualTo(GOLDEN_FRAME);
        assertThat(PictureHash.of(SCENE).toString().hashCode()).isEqualTo(GOLDEN_TEXT_HASH);
    }

    private static final String GOLDEN_FRAME = "7807140beb43ed9e";
    private static final int GOLDEN_TEXT_HASH = 1483194624;

    @Test
    void aShrunkOrBrightenedCopyIsAlmostTheSame() {
        PictureHash original = PictureHash.of(SCENE);
        assertThat(original.distance(PictureHash.of(Pictures.shrink(SCENE, 3)))).isLessThanOrEqualTo(4);
        assertThat(original.distance(PictureHash.of(Pictures.brighter(SCENE, 20)))).isLessThanOrEqualTo(4);
        assertThat(original.detailDistance(PictureHash.of(Pictures.shrink(SCENE, 3)))).isLessThanOrEqualTo(24);
    }

    @Test
    void aCropIsCloseToAWindowOfTheWholeFrameThoughNotToTheFrame() {
        PictureHash original = PictureHash.of(SCENE);
        PictureHash cropped = PictureHash.of(Pictures.crop(SCENE, 60, 0, 540, 380)); // 10 % off the left, 5 % off the bottom
        assertThat(cropped.distance(original)).isLessThanOrEqualTo(NearDuplicateRule.DUPLICATE_MAX).isLessThan(cropped.frameDistance(original));
        assertThat(cropped.distance(original)).isEqualTo(original.distance(cropped));
        assertThat(cropped.detailDistance(original)).isEqualTo(original.detailDistance(cropped));
    }

    @Test
    void differentScenesDifferInAboutHalfTheirBits() {
        PictureHash a = PictureHash.of(SCENE);
        for (long seed = 100; seed < 120; seed++) {
            PictureHash b = PictureHash.of(Pictures.scene(seed, 600, 400));
            assertThat(a.frameDistance(b)).isBetween(12, 52);
        }
    }

    @Test
    void aFlatPictureHashesToZero() {
        PictureHash flat = PictureHash.of(Pictures.flat(40, 30, 200));
        assertThat(flat.frame()).isZero();
        assertThat(flat.toString()).matches("(0{16}\\.){49}0{16}");
        assertThat(PictureHash.of(Pictures.flat(3, 3, 0))).isEqualTo(flat);
    }

    @Test
    void theTextFormReadsBack() {
        PictureHash hash = PictureHash.of(SCENE);
        assertThat(PictureHash.parse(hash.toString())).isEqualTo(hash).hasSameHashCodeAs(hash);
        assertThat(hash.toString().split("\\.")).hasSize(50);
        assertThat(hash.window(4)).isNotZero();
    }

    @Test
    void unreadableTextIsRefusedWithAMessage() {
        assertThatThrownBy(() -> PictureHash.parse("abc")).hasMessageContaining("is not 50 words of 16 hex digits");
        String bad = PictureHash.of(SCENE).toString().replaceFirst("^.", "g");
        assertThatThrownBy(() -> PictureHash.parse(bad)).hasMessageContaining("not a hex digit");
    }
}
