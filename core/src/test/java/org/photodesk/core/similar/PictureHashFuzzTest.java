package org.photodesk.core.similar;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any pixels of any size hash without an exception, deterministically, and every picture is a duplicate of
 * itself. {@code mvn test} replays the committed seeds in {@code PictureHashFuzzTestInputs/hashAnyPixels/};
 * {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class PictureHashFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void hashAnyPixels(FuzzedDataProvider data) {
        int width = data.consumeInt(1, 2_000);
        int height = data.consumeInt(1, Math.max(1, 40_000 / width));
        byte[] luma = new byte[width * height];
        byte[] given = data.consumeRemainingAsBytes();
        for (int i = 0; i < luma.length && given.length > 0; i++) {
            luma[i] = given[i % given.length];
        }
        GreyImage picture = new GreyImage(width, height, luma);
        PictureHash hash = PictureHash.of(picture);
        assertThat(PictureHash.of(picture)).isEqualTo(hash);
        assertThat(hash.distance(hash)).isZero();
        assertThat(NearDuplicateRule.classify(hash, hash)).isInstanceOf(Similarity.Duplicate.class);
    }
}
