package org.photodesk.core.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Odd pictures still hash, the same way twice, without an exception, and each is a duplicate of itself. */
class PictureHashEdgeTest {

    static Stream<Arguments> pictures() {
        SplittableRandom random = new SplittableRandom(3);
        byte[] noise = new byte[97 * 61];
        random.nextBytes(noise);
        byte[] stripes = new byte[12_000];
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = (byte) (i % 2 == 0 ? 0 : 255);
        }
        return Stream.of(
                Arguments.of("1 x 1 black", Pictures.flat(1, 1, 0)),
                Arguments.of("1 x 1 white", Pictures.flat(1, 1, 255)),
                Arguments.of("2 x 1", new GreyImage(2, 1, new byte[] {0, (byte) 255})),
                Arguments.of("all black 640 x 480", Pictures.flat(640, 480, 0)),
                Arguments.of("all white 640 x 480", Pictures.flat(640, 480, 255)),
                Arguments.of("blank mid grey 31 x 33", Pictures.flat(31, 33, 128)),
                Arguments.of("one row 12000 x 1", new GreyImage(12_000, 1, stripes)),
                Arguments.of("one column 1 x 12000", new GreyImage(1, 12_000, stripes)),
                Arguments.of("panorama 3000 x 20", Pictures.scene(5, 3000, 20)),
                Arguments.of("tower 7 x 900", Pictures.scene(6, 7, 900)),
                Arguments.of("smaller than the grid 5 x 3", Pictures.scene(8, 5, 3)),
                Arguments.of("exactly the grid 32 x 32", Pictures.scene(9, 32, 32)),
                Arguments.of("noise 97 x 61", new GreyImage(97, 61, noise)),
                Arguments.of("one white pixel on black", onePixel()));
    }

    private static GreyImage onePixel() {
        byte[] luma = new byte[400 * 300];
        luma[150 * 400 + 200] = (byte) 255;
        return new GreyImage(400, 300, luma);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pictures")
    void hashesWithoutFailing(String name, GreyImage picture) {
        PictureHash hash = PictureHash.of(picture);
        assertThat(PictureHash.of(picture)).isEqualTo(hash);
        assertThat(PictureHash.parse(hash.toString())).isEqualTo(hash);
        assertThat(NearDuplicateRule.classify(hash, hash)).isEqualTo(new Similarity.Duplicate(0, 0, true));
    }
}
