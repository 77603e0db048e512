package org.photodesk.core.metadata;

import java.util.Arrays;

/** Reads one tag's raw bytes from the first IFD of a TIFF file, for the IPTC blocks metadata-extractor decodes. */
final class TiffTags {

    static final int IPTC_NAA = 33723;
    static final int PHOTOSHOP = 34377;
    private static final int[] TYPE_SIZES = {0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4};

    private TiffTags() {}

    /** True when {@code b} starts with a little- or big-endian TIFF header. */
    static boolean isTiff(byte[] b) {
        return b.length >= 8 && ((b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0)
                || (b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42));
    }

    /** The bytes of {@code tag} in IFD0, or null when absent or out of bounds; never throws. */
    static byte[] find(byte[] b, int tag) {
        if (!isTiff(b)) {
            return null;
        }
        boolean little = b[0] == 'I';
        long ifd = u32(b, 4, little);
        if (ifd + 2 > b.length) {
            return null;
        }
        int count = u16(b, (int) ifd, little);
        for (int i = 0; i < count; i++) {
            long entry = ifd + 2 + 12L * i;
            if (entry + 12 > b.length) {
                return null;
            }
            if (u16(b, (int) entry, little) == tag) {
                return value(b, (int) entry, little);
            }
        }
        return null;
    }

    private static byte[] value(byte[] b, int entry, boolean little) {
        int type = u16(b, entry + 2, little);
        long count = u32(b, entry + 4, little);
        long size = type < TYPE_SIZES.length ? TYPE_SIZES[type] * count : 0;
        long at = size <= 4 ? entry + 8 : u32(b, entry + 8, little);
        if (size == 0 || at + size > b.length) {
            return null;
        }
        return Arrays.copyOfRange(b, (int) at, (int) (at + size));
    }

    private static int u16(byte[] b, int pos, boolean little) {
        int x = b[pos] & 0xFF;
        int y = b[pos + 1] & 0xFF;
        return little ? (y << 8) | x : (x << 8) | y;
    }

    private static long u32(byte[] b, int pos, boolean little) {
        long v = 0;
        for (int i = 0; i < 4; i++) {
            int shift = little ? 8 * i : 8 * (3 - i);
            v |= (long) (b[pos + i] & 0xFF) << shift;
        }
        return v;
    }
}
