package org.photodesk.core.metadata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * The SHA-256 of an image's pixel data without its metadata, so that a photo re-sent with a new caption is
 * recognised as the same picture.
 *
 * <p>For JPEG it hashes every segment except APPn (0xE0-0xEF) and COM (the tables and frame header), then the
 * compressed image data from the first scan on: all of it when it is short, else its length, its first and its last
 * {@value #SAMPLE} bytes. A re-send with a new caption leaves that data byte for byte as it was, and two different
 * pictures do not share the opening and closing quarter-megabyte of their entropy-coded data at the same length, so
 * sampling loses no real distinction while it saves hashing every byte a second time (the file's own SHA-256 already
 * reads them all). For PNG it hashes every chunk except tEXt, zTXt, iTXt, eXIf and tIME. Other formats have none.
 */
public final class PixelHash {

    private static final Set<String> PNG_METADATA_CHUNKS = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** How many bytes of compressed image data are hashed at each end of a long scan. */
    static final int SAMPLE = 256 * 1024;

    private PixelHash() {}

    /** The lowercase hex SHA-256 of the pixel data, or empty for other formats and for damaged files. */
    public static Optional<String> of(byte[] bytes, String mediaType) {
        if (bytes == null || mediaType == null) {
            return Optional.empty();
        }
        return switch (mediaType) {
            case "image/jpeg" -> jpeg(bytes);
            case "image/png" -> png(bytes);
            default -> Optional.empty();
        };
    }

    private static Optional<String> jpeg(byte[] bytes) {
        if (!JpegSegments.isJpeg(bytes)) {
            return Optional.empty();
        }
        JpegSegments scan = JpegSegments.scan(bytes);
        if (scan.entropyStart() < 0) {
            return Optional.empty();
        }
        MessageDigest digest = sha256();
        for (JpegSegments.Segment s : scan.segments()) {
            boolean metadata = (s.marker() >= 0xE0 && s.marker() <= 0xEF) || s.marker() == JpegSegments.COM;
            if (!metadata) {
                digest.update(bytes, s.start(), s.offset() + s.length() - s.start());
            }
        }
        entropy(digest, bytes, scan.entropyStart());
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    /** Hashes the compressed data from {@code start} to the end: whole when short, else its length and both ends. */
    private static void entropy(MessageDigest digest, byte[] bytes, int start) {
        int length = bytes.length - start;
        if (length <= 2 * SAMPLE) {
            digest.update(bytes, start, length);
            return;
        }
        digest.update(java.nio.ByteBuffer.allocate(Long.BYTES).putLong(length).array());
        digest.update(bytes, start, SAMPLE);
        digest.update(bytes, bytes.length - SAMPLE, SAMPLE);
    }

    private static Optional<String> png(byte[] bytes) {
        if (!isPng(bytes)) {
            return Optional.empty();
        }
        MessageDigest digest = sha256();
        long pos = PNG_SIGNATURE.length;
        while (pos + 12 <= bytes.length) {
            long length = Integer.toUnsignedLong(readInt(bytes, (int) pos));
            long end = pos + 12 + length;
            if (end > bytes.length) {
                return Optional.empty();
            }
            String type = new String(bytes, (int) pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (!PNG_METADATA_CHUNKS.contains(type)) {
                digest.update(bytes, (int) pos, (int) (end - pos));
            }
            pos = end;
            if (type.equals("IEND")) {
                return Optional.of(HexFormat.of().formatHex(digest.digest()));
            }
        }
        return Optional.empty();
    }

    static boolean isPng(byte[] bytes) {
        return bytes.length >= PNG_SIGNATURE.length
                && java.util.Arrays.equals(bytes, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length);
    }

    static int readInt(byte[] b, int pos) {
        return ((b[pos] & 0xFF) << 24) | ((b[pos + 1] & 0xFF) << 16) | ((b[pos + 2] & 0xFF) << 8) | (b[pos + 3] & 0xFF);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
