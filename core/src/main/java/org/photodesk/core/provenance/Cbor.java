package org.photodesk.core.provenance;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.photodesk.core.photo.Problem;

/**
 * Decodes the CBOR and JSON inside a manifest into Jackson trees with tight limits (nesting, string and document
 * length), and encodes the few CBOR structures a signature check needs, byte for byte as COSE defines them.
 *
 * <p>In the trees, CBOR integer map keys (COSE header labels such as 1 and 33) appear as their decimal text,
 * byte strings as binary nodes, and tags are dropped.
 */
final class Cbor {

    /** Deepest nesting decoded; real claims and assertions use fewer than ten levels. */
    static final int MAX_NESTING = 64;
    /** Longest text or byte string decoded. */
    static final int MAX_STRING = 16 * 1024 * 1024;

    private final ObjectMapper cbor;
    private final ObjectMapper json;

    Cbor() {
        StreamReadConstraints limits = StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                .maxStringLength(MAX_STRING).maxNumberLength(100).maxNameLength(64 * 1024)
                .maxDocumentLength(Carrier.MAX_STORE).build();
        this.cbor = new CBORMapper(CBORFactory.builder().streamReadConstraints(limits).build());
        this.json = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder().streamReadConstraints(limits)
                .build()).disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    }

    /** The CBOR item in {@code bytes[from, to)}, or empty with a problem saying {@code what} was unreadable. */
    Optional<JsonNode> read(byte[] bytes, int from, int to, String what, List<Problem> problems) {
        return decode(cbor, bytes, from, to, what, "CBOR", problems);
    }

    /** The JSON value in {@code bytes[from, to)}, or empty with a problem saying {@code what} was unreadable. */
    Optional<JsonNode> readJson(byte[] bytes, int from, int to, String what, List<Problem> problems) {
        return decode(json, bytes, from, to, what, "JSON", problems);
    }

    private static Optional<JsonNode> decode(ObjectMapper mapper, byte[] bytes, int from, int to, String what,
            String format, List<Problem> problems) {
        try {
            JsonNode node = mapper.readTree(bytes, from, to - from);
            if (node == null || node.isMissingNode()) {
                problems.add(Problem.of("c2pa.cbor.empty", what + " is empty where " + format + " was expected"));
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.of("c2pa.cbor.unreadable", what + " is not readable " + format + " ("
                    + firstLine(e.getMessage()) + "); the manifest is damaged"));
            return Optional.empty();
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    /** The text of {@code node.field}, or null when absent or not text. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    /** The bytes of {@code node.field}, or null when absent or not a byte string. */
    static byte[] binary(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        try {
            return v != null && v.isBinary() ? v.binaryValue() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The bytes of item {@code index} of array {@code node}, or null when it is not a byte string. */
    static byte[] binary(JsonNode node, int index) {
        JsonNode v = node == null ? null : node.get(index);
        try {
            return v != null && v.isBinary() ? v.binaryValue() : null;
        } catch (IOException e) {
            return null;
        }
    }

    // ---- encoding (definite lengths, shortest heads: RFC 8949 core deterministic encoding)

    /** The CBOR array {@code [context, protected, external_aad, payload]} a COSE signature is computed over. */
    static byte[] sigStructure(String context, byte[] bodyProtected, byte[] externalAad, byte[] payload) {
        var out = new ByteArrayOutputStream(payload.length + bodyProtected.length + 64);
        head(out, 4, 4);
        byte[] text = context.getBytes(StandardCharsets.UTF_8);
        head(out, 3, text.length);
        out.writeBytes(text);
        byteString(out, bodyProtected);
        byteString(out, externalAad);
        byteString(out, payload);
        return out.toByteArray();
    }

    /** {@code bytes} encoded as one CBOR byte string. */
    static byte[] byteString(byte[] bytes) {
        var out = new ByteArrayOutputStream(bytes.length + 9);
        byteString(out, bytes);
        return out.toByteArray();
    }

    private static void byteString(ByteArrayOutputStream out, byte[] bytes) {
        head(out, 2, bytes.length);
        out.writeBytes(bytes);
    }

    private static void head(ByteArrayOutputStream out, int major, long value) {
        int mt = major << 5;
        if (value < 24) {
            out.write(mt | (int) value);
        } else if (value < 0x100) {
            out.write(mt | 24);
            out.write((int) value);
        } else if (value < 0x10000) {
            out.write(mt | 25);
            out.write((int) (value >> 8));
            out.write((int) value);
        } else {
            out.write(mt | 26);
            for (int shift = 24; shift >= 0; shift -= 8) {
                out.write((int) (value >> shift));
            }
        }
    }
}
