package org.photodesk.core.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NearDuplicateRuleTest {

    /** Two fingerprints whose frames (and, when asked, one window pairing) differ in exactly the given bits. */
    private static Similarity classify(int frameBits, int windowBits, int detailBits) {
        long[] zeroShort = new long[Fingerprints.SHORT];
        long[] zeroLong = new long[Fingerprints.LONG];
        long[] s = new long[Fingerprints.SHORT];
        Arrays.fill(s, -1L); // far windows: 64 bits from the other frame
        s[0] = Fingerprints.ones(frameBits);
        s[5] = windowBits < 0 ? -1L : Fingerprints.ones(windowBits);
        long[] l = new long[Fingerprints.LONG];
        Arrays.fill(l, -1L);
        for (int w = 0; w < PictureHash.DETAIL_WORDS; w++) {
            int bits = Math.max(0, Math.min(64, detailBits - 64 * w));
            l[w] = Fingerprints.ones(bits);
        }
        zeroShort[5] = -1L; // the other side's window is far from everything too
        Arrays.fill(zeroLong, PictureHash.DETAIL_WORDS, zeroLong.length, -1L);
        return NearDuplicateRule.classify(Fingerprints.of(s, l), Fingerprints.of(zeroShort, zeroLong));
    }

    @ParameterizedTest(name = "frame {0} bits apart, detail {2}: {3}")
    @CsvSource({
        "0, -1, 0, 'Duplicate[distance=0, detail=0, sameFraming=true]'",
        "4, -1, 30, 'Duplicate[distance=4, detail=30, sameFraming=true]'",
        "5, -1, 30, 'Duplicate[distance=5, detail=30, sameFraming=false]'",
        "16, -1, 84, 'Duplicate[distance=16, detail=84, sameFraming=false]'",
        "16, -1, 85, 'Related[distance=16, detail=85]'",
        "17, -1, 40, 'Related[distance=17, detail=40]'",
        "18, -1, 96, 'Related[distance=18, detail=96]'",
        "18, -1, 97, 'Unrelated[distance=18]'",
        "19, -1, 0, 'Unrelated[distance=19]'",
    })
    void decidesByBothDistances(int frameBits, int windowBits, int detailBits, String expected) {
        assertThat(classify(frameBits, windowBits, detailBits)).hasToString(expected);
    }

    @ParameterizedTest(name = "frame {0} bits apart, a window {1}: {2}")
    @CsvSource({
        "30, 10, 'Duplicate[distance=10, detail=0, sameFraming=false]'",
        "30, 18, 'Related[distance=18, detail=0]'",
    })
    void aWindowCloseToTheOtherFrameCountsAsACrop(int frameBits, int windowBits, String expected) {
        assertThat(classify(frameBits, windowBits, 0)).hasToString(expected);
    }
}
