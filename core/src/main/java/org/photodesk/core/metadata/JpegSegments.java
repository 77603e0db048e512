package org.photodesk.core.metadata;

import java.util.ArrayList;
import java.util.List;

/**
 * The marker segments of a JPEG file up to its first scan, found by walking the bytes without copying them.
 *
 * @param segments every segment before and including the first SOS, in file order
 * @param entropyStart where the entropy-coded data of the first scan starts, or -1 when no scan was found
 * @param problem what stopped the walk early, or null when it reached the first scan cleanly
 */
record JpegSegments(List<Segment> segments, int entropyStart, String problem) {

    static final int SOS = 0xDA;
    static final int APP13 = 0xED;
    static final int APP1 = 0xE1;
    static final int COM = 0xFE;

    /** One segment: its marker, where its marker starts, and where its payload (after the length) lies. */
    record Segment(int marker, int start, int offset, int length) {}

    /** True when {@code bytes} starts with the JPEG start-of-image marker. */
    static boolean isJpeg(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
    }

    /** Walks the segments of the JPEG in {@code bytes}, which must start with SOI. */
    static JpegSegments scan(byte[] bytes) {
        var segments = new ArrayList<Segment>();
        int pos = 2;
        while (pos + 4 <= bytes.length) {
            if ((bytes[pos] & 0xFF) != 0xFF) {
                return new JpegSegments(segments, -1, "expected a marker at byte " + pos + " but found garbage");
            }
            int marker = bytes[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++;
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                pos += 2;
                continue;
            }
            if (marker == 0xD9) {
                return new JpegSegments(segments, -1, "the image ends before any scan");
            }
            int length = ((bytes[pos + 2] & 0xFF) << 8) | (bytes[pos + 3] & 0xFF);
            if (length < 2 || pos + 2 + length > bytes.length) {
                return new JpegSegments(segments, -1, "segment 0x" + Integer.toHexString(marker).toUpperCase()
                        + " at byte " + pos + " claims " + length + " bytes, beyond the end of the file");
            }
            segments.add(new Segment(marker, pos, pos + 4, length - 2));
            pos += 2 + length;
            if (marker == SOS) {
                return new JpegSegments(segments, pos, null);
            }
        }
        return new JpegSegments(segments, -1, "the file ends before any scan (truncated download?)");
    }

    /** The image size from the first start-of-frame segment, as {width, height}, or null. */
    int[] frameSize(byte[] bytes) {
        for (Segment s : segments) {
            int m = s.marker();
            boolean sof = m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
            if (sof && s.length() >= 5) {
                int height = ((bytes[s.offset() + 1] & 0xFF) << 8) | (bytes[s.offset() + 2] & 0xFF);
                int width = ((bytes[s.offset() + 3] & 0xFF) << 8) | (bytes[s.offset() + 4] & 0xFF);
                return new int[] {width, height};
            }
        }
        return null;
    }
}
