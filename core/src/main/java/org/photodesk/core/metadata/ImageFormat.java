package org.photodesk.core.metadata;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** The image formats the reader understands, recognised by their first bytes. */
enum ImageFormat {
    JPEG("image/jpeg"),
    TIFF("image/tiff"),
    PNG("image/png"),
    WEBP("image/webp"),
    HEIF("image/heic"),
    AVIF("image/avif");

    final String mediaType;

    ImageFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The format {@code bytes} starts with, or null. */
    static ImageFormat sniff(byte[] b) {
        if (JpegSegments.isJpeg(b)) {
            return JPEG;
        }
        if (PixelHash.isPng(b)) {
            return PNG;
        }
        if (TiffTags.isTiff(b)) {
            return TIFF;
        }
        if (startsWith(b, 0, "RIFF") && startsWith(b, 8, "WEBP")) {
            return WEBP;
        }
        if (HeifItems.isHeif(b)) {
            return HeifItems.isAvif(b) ? AVIF : HEIF;
        }
        return null;
    }

    /** A few words on what an unrecognised file looks like, such as "looks like text, not an image". */
    static String describe(byte[] b) {
        if (b.length == 0) {
            return "is empty (0 bytes)";
        }
        if (startsWith(b, 0, "GIF8")) {
            return "looks like a GIF image, which is not supported";
        }
        if (startsWith(b, 0, "%PDF")) {
            return "looks like a PDF document, not an image";
        }
        if (startsWith(b, 0, "PK\u0003\u0004")) {
            return "looks like a ZIP archive (or an office document), not an image";
        }
        if (startsWith(b, 4, "ftyp")) {
            return "looks like an ISO media file (HEIC, AVIF or a video), which is not supported";
        }
        if (startsWith(b, 0, "BM")) {
            return "looks like a BMP image, which is not supported";
        }
        if (looksLikeText(b)) {
            String start = new String(b, 0, Math.min(b.length, 200), StandardCharsets.UTF_8).stripLeading();
            return start.startsWith("<") ? "looks like HTML or XML text, not an image" : "looks like text, not an image";
        }
        return "starts with bytes " + HexFormat.ofDelimiter(" ").formatHex(b, 0, Math.min(b.length, 8))
                + ", which match no supported image format";
    }

    private static boolean looksLikeText(byte[] b) {
        int n = Math.min(b.length, 512);
        int printable = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return false;
            }
            if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                printable++;
            }
        }
        return printable >= n * 0.95;
    }

    private static boolean startsWith(byte[] b, int at, String ascii) {
        if (b.length < at + ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[at + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
