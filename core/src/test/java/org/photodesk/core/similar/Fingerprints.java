package org.photodesk.core.similar;

import java.util.HexFormat;
import java.util.SplittableRandom;

/** Fingerprints with chosen bits, built through {@link PictureHash#parse(String)}, for rule and index tests. */
final class Fingerprints {

    static final int SHORT = PictureHash.WINDOWS + 1;
    static final int LONG = SHORT * PictureHash.DETAIL_WORDS;

    private Fingerprints() {}

    static PictureHash of(long[] shortForm, long[] longForm) {
        StringBuilder text = new StringBuilder();
        for (long w : shortForm) {
            text.append(HexFormat.of().toHexDigits(w)).append('.');
        }
        for (long w : longForm) {
            text.append(HexFormat.of().toHexDigits(w)).append('.');
        }
        return PictureHash.parse(text.substring(0, text.length() - 1));
    }

    /** Random words everywhere. */
    static long[][] random(SplittableRandom random) {
        long[] s = new long[SHORT];
        long[] l = new long[LONG];
        for (int i = 0; i < s.length; i++) {
            s[i] = random.nextLong();
        }
        for (int i = 0; i < l.length; i++) {
            l[i] = random.nextLong();
        }
        return new long[][] {s, l};
    }

    /** A copy with {@code bits} random bits flipped in every short word and {@code detailBits} in every long hash. */
    static long[][] near(long[][] parts, int bits, int detailBits, SplittableRandom random) {
        long[] s = parts[0].clone();
        long[] l = parts[1].clone();
        for (int i = 0; i < s.length; i++) {
            s[i] = flip(s[i], bits, random);
        }
        for (int h = 0; h < SHORT; h++) {
            for (int b = 0; b < detailBits; b++) {
                int word = h * PictureHash.DETAIL_WORDS + random.nextInt(PictureHash.DETAIL_WORDS);
                l[word] ^= 1L << random.nextInt(64);
            }
        }
        return new long[][] {s, l};
    }

    private static long flip(long word, int bits, SplittableRandom random) {
        long mask = 0;
        while (Long.bitCount(mask) < bits) {
            mask |= 1L << random.nextInt(64);
        }
        return word ^ mask;
    }

    /** A word with the lowest n bits set. */
    static long ones(int n) {
        return n == 64 ? -1L : (1L << n) - 1;
    }
}
