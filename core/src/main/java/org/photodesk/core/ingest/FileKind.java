package org.photodesk.core.ingest;

import java.util.Optional;

/**
 * The image formats the library takes, recognised by their first bytes (never by the file name), and the
 * structural check each gets before anything else reads it.
 */
enum FileKind {
    JPEG("image/jpeg"), PNG("image/png"), TIFF("image/tiff"), WEBP("image/webp"), HEIF("image/heic"),
    AVIF("image/avif");

    private final String mediaType;

    FileKind(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    /** The format of {@code bytes}, from its signature. */
    static Optional<FileKind> sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of(PNG);
        }
        if (b.length >= 4 && ((b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0)
                || (b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42))) {
            return Optional.of(TIFF);
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of(WEBP);
        }
        Optional<String> brand = isoBrand(b);
        if (brand.isPresent()) {
            return Optional.of(brand.get().startsWith("avi") ? AVIF : HEIF);
        }
        return Optional.empty();
    }

    /** Why {@code bytes} of this kind are not a complete file, or empty when they look whole. */
    Optional<String> incomplete(byte[] b) {
        return switch (this) {
            case JPEG -> jpegEnd(b) ? Optional.empty() : Optional.of("truncated JPEG: " + b.length
                    + " bytes with no end-of-image marker (FF D9); the transfer was probably cut off, ask for it again");
            case PNG -> contains(b, new byte[] {'I', 'E', 'N', 'D'}, Math.max(0, b.length - 64))
                    ? Optional.empty()
                    : Optional.of("truncated PNG: " + b.length + " bytes with no IEND chunk; ask for the file again");
            case WEBP -> riffComplete(b) ? Optional.empty() : Optional.of("truncated WebP: the RIFF header announces "
                    + (riffSize(b) + 8) + " bytes but the file has " + b.length + "; ask for the file again");
            case TIFF -> Optional.empty();
            case HEIF, AVIF -> boxesComplete(b) ? Optional.empty() : Optional.of("truncated " + name()
                    + ": its last box runs past the end of the " + b.length + " bytes; ask for the file again");
        };
    }

    /**
     * The brand of an ISO base media file whose {@code ftyp} box names HEIF or AVIF ({@code heic}, {@code mif1},
     * {@code avif}, ...; an {@code avif} among the compatible brands of a {@code mif1} file makes it AVIF).
     */
    private static Optional<String> isoBrand(byte[] b) {
        if (b.length < 16 || b[4] != 'f' || b[5] != 't' || b[6] != 'y' || b[7] != 'p') {
            return Optional.empty();
        }
        String major = new String(b, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        return switch (major) {
            case "avif", "avis" -> Optional.of("avif");
            case "heic", "heix", "hevc", "hevx", "heim", "heis", "msf1" -> Optional.of("heif");
            case "mif1" -> Optional.of(compatibleAvif(b) ? "avif" : "heif");
            default -> Optional.empty();
        };
    }

    private static boolean compatibleAvif(byte[] b) {
        long size = u32(b, 0);
        for (int p = 16; p + 4 <= Math.min(size, b.length); p += 4) {
            if (b[p] == 'a' && b[p + 1] == 'v' && b[p + 2] == 'i' && b[p + 3] == 'f') {
                return true;
            }
        }
        return false;
    }

    /** True when the top-level boxes of an ISO base media file end exactly at (or, padded, before) its end. */
    private static boolean boxesComplete(byte[] b) {
        long p = 0;
        int boxes = 0;
        while (p + 8 <= b.length && boxes++ < 100_000) {
            long size = u32(b, (int) p);
            if (size == 1 && p + 16 <= b.length) {
                size = u32(b, (int) p + 8) << 32 | u32(b, (int) p + 12);
            } else if (size == 0) {
                return true;
            }
            if (size < 8 || p + size > b.length) {
                return false;
            }
            p += size;
        }
        return p == b.length || boxes > 0 && p + 8 > b.length;
    }

    private static long u32(byte[] b, int p) {
        return (b[p] & 0xFFL) << 24 | (b[p + 1] & 0xFFL) << 16 | (b[p + 2] & 0xFFL) << 8 | (b[p + 3] & 0xFFL);
    }

    /** True when an end-of-image marker sits in the last kilobyte (cameras may pad after it). */
    private static boolean jpegEnd(byte[] b) {
        for (int i = b.length - 2; i >= Math.max(2, b.length - 1024); i--) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) {
                return true;
            }
        }
        return false;
    }

    private static long riffSize(byte[] b) {
        return (b[4] & 0xFFL) | (b[5] & 0xFFL) << 8 | (b[6] & 0xFFL) << 16 | (b[7] & 0xFFL) << 24;
    }

    private static boolean riffComplete(byte[] b) {
        return b.length >= riffSize(b) + 8;
    }

    private static boolean contains(byte[] b, byte[] needle, int from) {
        outer:
        for (int i = from; i <= b.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * A short description of what non-image bytes look like, for the rejection message: their size and whether they
     * are text, never their content (a rejection reason is written to logs and beside the file, and the file may be
     * a link to a secret).
     */
    static String describe(byte[] b) {
        if (b.length == 0) {
            return "empty file (0 bytes)";
        }
        int n = Math.min(b.length, 512);
        int printable = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && c < 0x7F) || c >= 0x80) {
                printable++;
            }
        }
        return printable == n
                ? "not an image: the file is text (" + b.length + " bytes); JPEG, TIFF, PNG, WebP, HEIC and AVIF are accepted"
                : "not an image: unknown format (" + b.length + " bytes); JPEG, TIFF, PNG, WebP, HEIC and AVIF are accepted";
    }
}
