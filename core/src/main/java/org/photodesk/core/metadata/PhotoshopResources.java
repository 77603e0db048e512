package org.photodesk.core.metadata;

import java.util.Arrays;

/**
 * The two Photoshop image resources that matter for IPTC: the IIM block (0x0404) and Photoshop's MD5 digest of
 * it (0x0425), found in an image resource block ("8BIM" records).
 *
 * @param iim the IIM block, or null
 * @param iimDigest the stored 16-byte digest, or null
 * @param problem why the walk stopped early, or null
 */
record PhotoshopResources(byte[] iim, byte[] iimDigest, String problem) {

    static final int IPTC_NAA = 0x0404;
    static final int IPTC_DIGEST = 0x0425;
    static final byte[] JPEG_HEADER = "Photoshop 3.0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    static final PhotoshopResources NONE = new PhotoshopResources(null, null, null);

    /** Walks the resource block in {@code b[offset, offset + length)}; never throws. */
    static PhotoshopResources parse(byte[] b, int offset, int length) {
        byte[] iim = null;
        byte[] digest = null;
        int pos = offset;
        int end = offset + length;
        while (pos + 12 <= end) {
            if (!isSignature(b, pos)) {
                return new PhotoshopResources(iim, digest, onlyZeros(b, pos, end) ? null
                        : "unknown Photoshop resource signature at byte " + (pos - offset));
            }
            int id = ((b[pos + 4] & 0xFF) << 8) | (b[pos + 5] & 0xFF);
            int nameLength = b[pos + 6] & 0xFF;
            int nameField = (nameLength + 2) & ~1;
            int sizeAt = pos + 6 + nameField;
            if (sizeAt + 4 > end) {
                return new PhotoshopResources(iim, digest, "a Photoshop resource header is cut short");
            }
            long size = Integer.toUnsignedLong(PixelHash.readInt(b, sizeAt));
            int dataAt = sizeAt + 4;
            if (dataAt + size > end) {
                return new PhotoshopResources(iim, digest, "Photoshop resource 0x" + Integer.toHexString(id)
                        + " claims " + size + " bytes, beyond the end of its block");
            }
            if (id == IPTC_NAA) {
                iim = Arrays.copyOfRange(b, dataAt, dataAt + (int) size);
            } else if (id == IPTC_DIGEST) {
                digest = Arrays.copyOfRange(b, dataAt, dataAt + (int) size);
            }
            pos = dataAt + (int) ((size + 1) & ~1L);
        }
        return new PhotoshopResources(iim, digest, null);
    }

    private static boolean isSignature(byte[] b, int pos) {
        String sig = new String(b, pos, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        return sig.equals("8BIM") || sig.equals("PHUT") || sig.equals("AgHg") || sig.equals("DCSR")
                || sig.equals("MeSa");
    }

    private static boolean onlyZeros(byte[] b, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code b[offset...]} starts with the JPEG APP13 header "Photoshop 3.0\0". */
    static boolean hasJpegHeader(byte[] b, int offset, int length) {
        return length >= JPEG_HEADER.length
                && Arrays.equals(b, offset, offset + JPEG_HEADER.length, JPEG_HEADER, 0, JPEG_HEADER.length);
    }
}
