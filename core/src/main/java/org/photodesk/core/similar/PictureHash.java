package org.photodesk.core.similar;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The perceptual fingerprint of a picture: DCT hashes ("pHash") of the whole frame and of nine windows of 92 % of
 * its width and height, each in a short form of 64 bits (to search by) and a long form of 256 bits (to confirm
 * with). They stay nearly the same under re-encoding, resizing, small crops, overlays and brightness changes, and
 * differ in about half their bits between unrelated pictures.
 *
 * <p>One DCT hash: the greyscale copy (or a window of it) shrunk to 32 x 32 by area averaging, its 2-D DCT-II, the
 * 64 (or 256) lowest frequencies after DC in JPEG zigzag order, one bit each (the first is the most significant),
 * set where the coefficient is above their median. A global hash alone does not survive a crop: removing 10 % of
 * the frame shifts and rescales every frequency, and on real photographs a 10 % crop then changes about as many
 * bits as lie between the closest unrelated pictures. The windows fix that: a crop of up to about 10 % is close to
 * one of the nine windows of the uncropped frame (left, centre, right times top, middle, bottom, offsets 0, 4 and
 * 8 % of the size), and {@link #distance(PictureHash)} compares each frame with the other picture's frame and
 * windows. The 256-bit form separates copies from unrelated pictures by a wider margin than the 64-bit one (see
 * {@link NearDuplicateRule}).
 *
 * <p>Everything is computed from exact area weights in IEEE double arithmetic in a fixed order and a cosine table
 * from {@link StrictMath}, so every JVM on every platform gives the same bits for the same pixels. A picture of one
 * flat colour hashes to 0 everywhere.
 */
public final class PictureHash {

    /** How many windows are hashed besides the whole frame. */
    public static final int WINDOWS = 9;
    /** Width and height of each window as a share of the frame's. */
    public static final double WINDOW_SIZE = 0.92;
    /** How many 64-bit words the long form of one hash has. */
    public static final int DETAIL_WORDS = 4;
    private static final AreaResize.Window[] LAYOUT = layout();

    /** Short hashes: the frame's, then the windows'. */
    private final long[] shortForm;
    /** Long hashes, {@link #DETAIL_WORDS} words each: the frame's, then the windows'. */
    private final long[] longForm;

    private PictureHash(long[] shortForm, long[] longForm) {
        this.shortForm = shortForm;
        this.longForm = longForm;
    }

    /** The fingerprint of one greyscale copy; defined for every image of at least 1 x 1 pixels, never throws. */
    public static PictureHash of(GreyImage image) {
        Objects.requireNonNull(image, "image");
        long[] shortForm = new long[WINDOWS + 1];
        long[] longForm = new long[(WINDOWS + 1) * DETAIL_WORDS];
        for (int i = 0; i <= WINDOWS; i++) {
            double[] grid = AreaResize.resize(image, i == 0 ? AreaResize.Window.WHOLE : LAYOUT[i - 1],
                    Hashes.DCT_SIZE, Hashes.DCT_SIZE);
            long[] both = Hashes.shortAndLong(grid);
            shortForm[i] = both[0];
            System.arraycopy(both, 1, longForm, i * DETAIL_WORDS, DETAIL_WORDS);
        }
        return new PictureHash(shortForm, longForm);
    }

    /**
     * The fingerprint as {@link #toString()} writes it: 50 words of 16 hex digits joined by dots, the ten short
     * hashes (frame first) and then the ten long ones.
     */
    public static PictureHash parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.split("\\.", -1);
        int words = (WINDOWS + 1) * (1 + DETAIL_WORDS);
        if (parts.length != words || Arrays.stream(parts).anyMatch(p -> p.length() != 16)) {
            throw new IllegalArgumentException("picture hash '" + abbreviate(text) + "' is not " + words
                    + " words of 16 hex digits joined by dots, as PictureHash.toString() writes it");
        }
        long[] values = new long[words];
        try {
            for (int i = 0; i < words; i++) {
                values[i] = HexFormat.fromHexDigitsToLong(parts[i]);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "picture hash '" + abbreviate(text) + "' has a character that is not a hex digit", e);
        }
        return new PictureHash(
                Arrays.copyOf(values, WINDOWS + 1), Arrays.copyOfRange(values, WINDOWS + 1, words));
    }

    /** The 64-bit hash of the whole frame: the one to search by when only one number fits. */
    public long frame() {
        return shortForm[0];
    }

    /** The 64-bit hash of window i (0 to 8, row by row from the top left). */
    public long window(int i) {
        return shortForm[i + 1];
    }

    /** How many bits of the two whole-frame 64-bit hashes differ. */
    public int frameDistance(PictureHash other) {
        return Long.bitCount(frame() ^ other.frame());
    }

    /**
     * The fewest differing bits (of 64) between one picture's whole frame and the other's whole frame or any of
     * its windows, either way round: small when one picture is the other, re-encoded, resized or cropped by up to
     * about 10 %.
     */
    public int distance(PictureHash other) {
        int best = frameDistance(other);
        for (int i = 1; i <= WINDOWS; i++) {
            best = Math.min(best, Long.bitCount(shortForm[0] ^ other.shortForm[i]));
            best = Math.min(best, Long.bitCount(shortForm[i] ^ other.shortForm[0]));
        }
        return best;
    }

    /** The same as {@link #distance(PictureHash)} on the 256-bit long forms. */
    public int detailDistance(PictureHash other) {
        int best = detail(0, other, 0);
        for (int i = 1; i <= WINDOWS; i++) {
            best = Math.min(best, detail(0, other, i));
            best = Math.min(best, detail(i, other, 0));
        }
        return best;
    }

    private int detail(int mine, PictureHash other, int theirs) {
        int d = 0;
        for (int w = 0; w < DETAIL_WORDS; w++) {
            d += Long.bitCount(longForm[mine * DETAIL_WORDS + w] ^ other.longForm[theirs * DETAIL_WORDS + w]);
        }
        return d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PictureHash p && Arrays.equals(p.shortForm, shortForm) && Arrays.equals(p.longForm, longForm);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shortForm) + Arrays.hashCode(longForm);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (long w : shortForm) {
            text.append(HexFormat.of().toHexDigits(w)).append('.');
        }
        for (long w : longForm) {
            text.append(HexFormat.of().toHexDigits(w)).append('.');
        }
        return text.substring(0, text.length() - 1);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }

    private static AreaResize.Window[] layout() {
        AreaResize.Window[] layout = new AreaResize.Window[WINDOWS];
        double[] offsets = {0, (1 - WINDOW_SIZE) / 2, 1 - WINDOW_SIZE};
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 3; column++) {
                double left = offsets[column];
                double top = offsets[row];
                layout[row * 3 + column] =
                        new AreaResize.Window(left, top, left + WINDOW_SIZE, top + WINDOW_SIZE);
            }
        }
        return layout;
    }
}
