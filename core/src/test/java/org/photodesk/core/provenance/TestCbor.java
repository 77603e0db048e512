package org.photodesk.core.provenance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A small CBOR encoder for writing test manifests (RFC 8949, definite lengths, shortest heads), written apart from
 * the reader's code so that the two do not share a mistake. Encodes maps (in their iteration order), lists, text,
 * byte arrays, integers, booleans, null and {@link Tagged} items.
 */
final class TestCbor {

    /** A tagged item, such as tag 18 around a COSE_Sign1 array. */
    record Tagged(long tag, Object value) {}

    private TestCbor() {}

    static byte[] encode(Object value) {
        var out = new ByteArrayOutputStream();
        write(out, value);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, Object value) {
        switch (value) {
            case null -> out.write(0xF6);
            case Boolean b -> out.write(b ? 0xF5 : 0xF4);
            case Integer i -> integer(out, i);
            case Long l -> integer(out, l);
            case String s -> {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                head(out, 3, utf8.length);
                out.writeBytes(utf8);
            }
            case byte[] bytes -> {
                head(out, 2, bytes.length);
                out.writeBytes(bytes);
            }
            case List<?> list -> {
                head(out, 4, list.size());
                list.forEach(item -> write(out, item));
            }
            case Map<?, ?> map -> {
                head(out, 5, map.size());
                map.forEach((k, v) -> {
                    write(out, k);
                    write(out, v);
                });
            }
            case Tagged t -> {
                head(out, 6, t.tag());
                write(out, t.value());
            }
            default -> throw new IllegalArgumentException("cannot encode " + value.getClass());
        }
    }

    private static void integer(ByteArrayOutputStream out, long v) {
        if (v >= 0) {
            head(out, 0, v);
        } else {
            head(out, 1, -1 - v);
        }
    }

    static void head(ByteArrayOutputStream out, int major, long n) {
        int mt = major << 5;
        if (n < 24) {
            out.write(mt | (int) n);
        } else if (n < 0x100) {
            out.write(mt | 24);
            out.write((int) n);
        } else if (n < 0x10000) {
            out.write(mt | 25);
            out.write((int) (n >> 8));
            out.write((int) n);
        } else if (n < 0x100000000L) {
            out.write(mt | 26);
            for (int s = 24; s >= 0; s -= 8) {
                out.write((int) (n >> s));
            }
        } else {
            out.write(mt | 27);
            for (int s = 56; s >= 0; s -= 8) {
                out.write((int) (n >> s));
            }
        }
    }
}
