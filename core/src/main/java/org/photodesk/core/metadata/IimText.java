package org.photodesk.core.metadata;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes IPTC IIM text without mojibake: UTF-8 when it is valid UTF-8 (a character cut in half at the end of a
 * length-limited dataset is dropped), else Windows-1252, the superset of Latin-1 that IIM writers use.
 *
 * <p>IIM 4.2 dataset 1:90 declares the character set; {@code ESC % G} means UTF-8. Files that declare nothing
 * are, in practice, UTF-8 or Latin-1, and valid UTF-8 is almost never accidental Latin-1 text, so trying UTF-8
 * first is safe both ways.
 */
final class IimText {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte ESC = 0x1B;

    /** The text and whether the Windows-1252 fallback was needed. */
    record Decoded(String text, boolean fallback) {}

    /** What dataset 1:90 (CodedCharacterSet) declares. */
    enum Declared {
        UTF8, OTHER, NONE;

        /** Reads the escape sequence of dataset 1:90, or NONE when the file has no 1:90. */
        static Declared of(byte[] value) {
            if (value == null) {
                return NONE;
            }
            for (int i = 0; i + 2 < value.length; i++) {
                if (value[i] == ESC && value[i + 1] == '%' && (value[i + 2] == 'G' || value[i + 2] == '/')) {
                    return UTF8;
                }
            }
            return OTHER;
        }
    }

    private IimText() {}

    /** Decodes {@code length} bytes at {@code offset}; {@code declared} only decides an explicit non-UTF-8 set. */
    static Decoded decode(byte[] bytes, int offset, int length, Declared declared) {
        int end = stripTrailingNuls(bytes, offset, offset + length);
        if (isAscii(bytes, offset, end)) {
            return new Decoded(new String(bytes, offset, end - offset, StandardCharsets.US_ASCII), false);
        }
        if (declared != Declared.OTHER) {
            String utf8 = strictUtf8(bytes, offset, withoutCutCharacter(bytes, offset, end));
            if (utf8 != null) {
                return new Decoded(utf8, false);
            }
        }
        return new Decoded(new String(bytes, offset, end - offset, WINDOWS_1252), declared != Declared.OTHER);
    }

    /** Decodes a whole array. */
    static Decoded decode(byte[] bytes, Declared declared) {
        return decode(bytes, 0, bytes.length, declared);
    }

    private static int stripTrailingNuls(byte[] b, int start, int end) {
        while (end > start && b[end - 1] == 0) {
            end--;
        }
        return end;
    }

    private static boolean isAscii(byte[] b, int start, int end) {
        for (int i = start; i < end; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** The end without a last UTF-8 sequence that the end cuts short (as length limits do). */
    static int withoutCutCharacter(byte[] b, int start, int end) {
        int i = end - 1;
        int continuation = 0;
        while (i >= start && continuation < 3 && (b[i] & 0xC0) == 0x80) {
            i--;
            continuation++;
        }
        if (i < start) {
            return end;
        }
        int lead = b[i] & 0xFF;
        int needed = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
        return lead >= 0xC0 && lead <= 0xF4 && needed > continuation ? i : end;
    }

    private static String strictUtf8(byte[] b, int start, int end) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, start, end - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
