package org.photodesk.core.metadata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Finds the EXIF and XMP payloads and the image size in PNG chunks and WebP (RIFF) chunks, checking every
 * claimed length against the bytes really there, so that a lying header can never make a reader allocate more
 * than the file holds.
 *
 * @param exif the TIFF-structured EXIF block, or null
 * @param xmp the XMP packet, or null
 * @param size {width, height} from the header, or null
 * @param problem what stopped the walk early, or null
 */
record Containers(byte[] exif, byte[] xmp, int[] size, String problem) {

    private static final String XMP_KEYWORD = "XML:com.adobe.xmp";
    private static final int MAX_INFLATED_XMP = 16 << 20;

    /** Walks the chunks of a PNG file (which must start with the PNG signature). */
    static Containers png(byte[] b) {
        byte[] exif = null;
        byte[] xmp = null;
        int[] size = null;
        long pos = 8;
        while (pos + 12 <= b.length) {
            long length = Integer.toUnsignedLong(PixelHash.readInt(b, (int) pos));
            String type = new String(b, (int) pos + 4, 4, StandardCharsets.ISO_8859_1);
            int data = (int) pos + 8;
            if (data + length + 4 > b.length) {
                return new Containers(exif, xmp, size, "PNG chunk " + type + " at byte " + pos + " claims " + length
                        + " bytes, beyond the end of the file");
            }
            int len = (int) length;
            switch (type) {
                case "IHDR" -> size = len >= 8 ? new int[] {PixelHash.readInt(b, data), PixelHash.readInt(b, data + 4)}
                        : size;
                case "eXIf" -> exif = Arrays.copyOfRange(b, data, data + len);
                case "iTXt" -> xmp = xmp != null ? xmp : pngXmp(b, data, len);
                case "IEND" -> {
                    return new Containers(exif, xmp, size, null);
                }
                default -> { }
            }
            pos = data + length + 4;
        }
        return new Containers(exif, xmp, size, "the PNG file ends without an IEND chunk (truncated?)");
    }

    /** The text of an iTXt chunk whose keyword is XML:com.adobe.xmp, inflated if compressed; else null. */
    private static byte[] pngXmp(byte[] b, int data, int len) {
        int end = data + len;
        int keywordEnd = indexOfNul(b, data, end);
        if (keywordEnd < 0 || !XMP_KEYWORD.equals(new String(b, data, keywordEnd - data, StandardCharsets.ISO_8859_1))
                || keywordEnd + 3 > end) {
            return null;
        }
        boolean compressed = b[keywordEnd + 1] != 0;
        int languageEnd = indexOfNul(b, keywordEnd + 3, end);
        int translatedEnd = languageEnd < 0 ? -1 : indexOfNul(b, languageEnd + 1, end);
        if (translatedEnd < 0) {
            return null;
        }
        int text = translatedEnd + 1;
        return compressed ? inflate(b, text, end - text) : Arrays.copyOfRange(b, text, end);
    }

    private static byte[] inflate(byte[] b, int offset, int length) {
        var inflater = new Inflater();
        try {
            inflater.setInput(b, offset, length);
            var out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished() && out.size() < MAX_INFLATED_XMP) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    /** Walks the chunks of a WebP file (which must start with RIFF....WEBP). */
    static Containers webp(byte[] b) {
        byte[] exif = null;
        byte[] xmp = null;
        int[] canvas = null;
        int[] frame = null;
        long pos = 12;
        while (pos + 8 <= b.length) {
            String type = new String(b, (int) pos, 4, StandardCharsets.ISO_8859_1);
            long length = Integer.toUnsignedLong(Integer.reverseBytes(PixelHash.readInt(b, (int) pos + 4)));
            int data = (int) pos + 8;
            if (data + length > b.length) {
                return new Containers(exif, xmp, canvas != null ? canvas : frame, "WebP chunk '" + type
                        + "' at byte " + pos + " claims " + length + " bytes, beyond the end of the file");
            }
            int len = (int) length;
            switch (type) {
                case "VP8X" -> canvas = len >= 10 ? new int[] {u24le(b, data + 4) + 1, u24le(b, data + 7) + 1} : null;
                case "VP8 " -> frame = frame != null ? frame : vp8(b, data, len);
                case "VP8L" -> frame = frame != null ? frame : vp8l(b, data, len);
                case "EXIF" -> exif = webpExif(b, data, len);
                case "XMP " -> xmp = Arrays.copyOfRange(b, data, data + len);
                default -> { }
            }
            pos = data + length + (length & 1);
        }
        return new Containers(exif, xmp, canvas != null ? canvas : frame, null);
    }

    private static int[] vp8(byte[] b, int data, int len) {
        boolean startCode = len >= 10 && (b[data + 3] & 0xFF) == 0x9D && (b[data + 4] & 0xFF) == 0x01
                && (b[data + 5] & 0xFF) == 0x2A;
        return startCode ? new int[] {u16le(b, data + 6) & 0x3FFF, u16le(b, data + 8) & 0x3FFF} : null;
    }

    private static int[] vp8l(byte[] b, int data, int len) {
        if (len < 5 || (b[data] & 0xFF) != 0x2F) {
            return null;
        }
        int bits = Integer.reverseBytes(PixelHash.readInt(b, data + 1));
        return new int[] {(bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1};
    }

    /** Some writers put "Exif\0\0" before the TIFF header, as in JPEG. */
    private static byte[] webpExif(byte[] b, int data, int len) {
        boolean prefixed = len >= 6 && b[data] == 'E' && b[data + 1] == 'x' && b[data + 2] == 'i' && b[data + 3] == 'f';
        int start = prefixed ? data + 6 : data;
        return Arrays.copyOfRange(b, start, data + len);
    }

    private static int indexOfNul(byte[] b, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int u16le(byte[] b, int pos) {
        return (b[pos] & 0xFF) | (b[pos + 1] & 0xFF) << 8;
    }

    private static int u24le(byte[] b, int pos) {
        return (b[pos] & 0xFF) | (b[pos + 1] & 0xFF) << 8 | (b[pos + 2] & 0xFF) << 16;
    }
}
