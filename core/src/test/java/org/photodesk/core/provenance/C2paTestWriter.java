package org.photodesk.core.provenance;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import org.photodesk.core.provenance.TestCredentials.Signer;
import org.photodesk.core.provenance.TestCredentials.TimeStampAuthority;

/**
 * Writes C2PA manifests into JPEG and PNG files for tests, following the C2PA specification (2.x, claims v1 and
 * v2) independently of the reader: JUMBF boxes, CBOR claim and assertions, a COSE_Sign1 signature over the claim
 * by a test credential, an optional RFC 3161 time stamp, and the data hash over the file with the embedded
 * store's own bytes excluded.
 *
 * <p>The exclusion's length is part of the manifest it excludes, so the store is built until its size stops
 * changing (two or three rounds).
 */
final class C2paTestWriter {

    static final String IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/";
    private static final byte[] C2PA_UUID_TAIL = HexFormat.of().parseHex("00110010800000AA00389B71");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What to write.
     *
     * @param generatorName the claim generator's name
     * @param generatorVersion its version
     * @param claimVersion 1 ({@code c2pa.claim}, {@code sigTst} with a TimeStampResp) or 2 ({@code c2pa.claim.v2},
     *     {@code sigTst2} with a token over the signature)
     * @param actions the actions, each a map such as {@code {action: c2pa.created, digitalSourceType: ...}}
     * @param authors CreativeWork author names (none: no CreativeWork assertion)
     * @param training training-and-mining entries, use to permission (none: no assertion)
     * @param timeStampedAt the time stamp's time, or null for none
     * @param maxSegment most JUMBF bytes per JPEG APP11 segment
     * @param title the claim's dc:title
     */
    record Spec(String generatorName, String generatorVersion, int claimVersion, List<Map<String, Object>> actions,
            List<String> authors, Map<String, String> training, Instant timeStampedAt, int maxSegment, String title) {

        /** A picture made by a generative model, signed with claim v1, no time stamp, one APP11 segment. */
        static Spec aiGenerated() {
            return new Spec("Photodesk Test Generator", "1.0", 1,
                    List.of(action("c2pa.created", IPTC + "trainedAlgorithmicMedia")), List.of("Jane Reporter"),
                    Map.of("c2pa.ai_training", "notAllowed"), null, 64_000, "test.jpg");
        }

        static Map<String, Object> action(String name, String digitalSourceType) {
            var a = new LinkedHashMap<String, Object>();
            a.put("action", name);
            if (digitalSourceType != null) {
                a.put("digitalSourceType", digitalSourceType);
            }
            a.put("softwareAgent", "Photodesk Test Generator 1.0");
            return a;
        }

        Spec withActions(List<Map<String, Object>> newActions) {
            return new Spec(generatorName, generatorVersion, claimVersion, newActions, authors, training,
                    timeStampedAt, maxSegment, title);
        }

        Spec withClaimVersion(int version) {
            return new Spec(generatorName, generatorVersion, version, actions, authors, training, timeStampedAt,
                    maxSegment, title);
        }

        Spec withTimeStamp(Instant at) {
            return new Spec(generatorName, generatorVersion, claimVersion, actions, authors, training, at,
                    maxSegment, title);
        }

        Spec withMaxSegment(int bytes) {
            return new Spec(generatorName, generatorVersion, claimVersion, actions, authors, training,
                    timeStampedAt, bytes, title);
        }
    }

    /**
     * A signed file and where its parts lie.
     *
     * @param file the file with the manifest store embedded
     * @param signature the COSE signature bytes (to find and damage them)
     * @param storeStart where the embedded store's carrier starts in the file
     * @param storeLength how many bytes the carrier takes
     */
    record Signed(byte[] file, byte[] signature, int storeStart, int storeLength) {}

    private final Spec spec;
    private final Signer signer;
    private final TimeStampAuthority tsa;
    private final String format;

    private C2paTestWriter(Spec spec, Signer signer, TimeStampAuthority tsa, String format) {
        this.spec = spec;
        this.signer = signer;
        this.tsa = tsa;
        this.format = format;
    }

    /** {@code jpeg} with a manifest store in APP11 segments after SOI and any APP0 segments. */
    static Signed signJpeg(byte[] jpeg, Spec spec, Signer signer, TimeStampAuthority tsa) {
        var writer = new C2paTestWriter(spec, signer, tsa, "image/jpeg");
        int at = afterApp0(jpeg);
        return writer.embed(jpeg, at, jumbf -> writer.app11(jumbf));
    }

    /** {@code png} with a manifest store in a caBX chunk right after IHDR. */
    static Signed signPng(byte[] png, Spec spec, Signer signer, TimeStampAuthority tsa) {
        var writer = new C2paTestWriter(spec, signer, tsa, "image/png");
        return writer.embed(png, 8 + 25, jumbf -> chunk("caBX", jumbf));
    }

    private interface Carrier {
        byte[] wrap(byte[] jumbf);
    }

    private Signed embed(byte[] original, int at, Carrier carrier) {
        byte[] dataHash = sha256(original);
        int length = 0;
        for (int round = 0; round < 10; round++) {
            Built built = build(at, length, dataHash);
            byte[] wrapped = carrier.wrap(built.jumbf());
            if (wrapped.length == length) {
                var out = new ByteArrayOutputStream();
                out.write(original, 0, at);
                out.writeBytes(wrapped);
                out.write(original, at, original.length - at);
                return new Signed(out.toByteArray(), built.signature(), at, length);
            }
            length = wrapped.length;
        }
        throw new IllegalStateException("the manifest size did not settle");
    }

    private record Built(byte[] jumbf, byte[] signature) {}

    private Built build(int start, int length, byte[] dataHash) {
        boolean v2 = spec.claimVersion() == 2;
        var assertions = new ArrayList<byte[]>();
        var refs = new ArrayList<Map<String, Object>>();
        add(assertions, refs, cborAssertion(v2 ? "c2pa.actions.v2" : "c2pa.actions", Map.of("actions", spec.actions())));
        if (!spec.authors().isEmpty()) {
            add(assertions, refs, jsonAssertion("stds.schema-org.CreativeWork", creativeWork()));
        }
        if (!spec.training().isEmpty()) {
            add(assertions, refs, cborAssertion("c2pa.training-mining", trainingMining()));
        }
        add(assertions, refs, cborAssertion("c2pa.hash.data", dataHashAssertion(start, length, dataHash)));
        byte[] claim = TestCbor.encode(claim(refs, v2));
        byte[] protectedHeader = TestCbor.encode(protectedHeader());
        byte[] signature = signer.sign(sigStructure("Signature1", protectedHeader, claim));
        var cose = new TestCbor.Tagged(18, Arrays.asList(protectedHeader, unprotected(protectedHeader, claim,
                signature, v2), null, signature));
        String manifestLabel = (v2 ? "urn:c2pa:" : "urn:uuid:") + UUID.nameUUIDFromBytes(spec.title().getBytes(
                StandardCharsets.UTF_8));
        byte[] manifest = superbox("c2ma", manifestLabel,
                superbox("c2as", "c2pa.assertions", assertions.toArray(byte[][]::new)),
                superbox("c2cl", v2 ? "c2pa.claim.v2" : "c2pa.claim", box("cbor", claim)),
                superbox("c2cs", "c2pa.signature", box("cbor", TestCbor.encode(cose))));
        return new Built(superbox("c2pa", "c2pa", manifest), signature);
    }

    private static void add(List<byte[]> assertions, List<Map<String, Object>> refs, byte[] assertion) {
        assertions.add(assertion);
        String label = labelOf(assertion);
        var ref = new LinkedHashMap<String, Object>();
        ref.put("url", "self#jumbf=c2pa.assertions/" + label);
        ref.put("hash", sha256(Arrays.copyOfRange(assertion, 8, assertion.length)));
        refs.add(ref);
    }

    private Map<String, Object> claim(List<Map<String, Object>> refs, boolean v2) {
        var info = new LinkedHashMap<String, Object>();
        info.put("name", spec.generatorName());
        info.put("version", spec.generatorVersion());
        var claim = new LinkedHashMap<String, Object>();
        if (v2) {
            claim.put("instanceID", "xmp:iid:" + UUID.nameUUIDFromBytes(spec.title().getBytes(StandardCharsets.UTF_8)));
            claim.put("claim_generator_info", info);
            claim.put("signature", "self#jumbf=c2pa.signature");
            claim.put("created_assertions", refs);
        } else {
            claim.put("claim_generator", spec.generatorName() + "/" + spec.generatorVersion());
            claim.put("claim_generator_info", List.of(info));
            claim.put("signature", "self#jumbf=c2pa.signature");
            claim.put("assertions", refs);
            claim.put("dc:format", format);
            claim.put("instanceID", "xmp:iid:" + UUID.nameUUIDFromBytes(spec.title().getBytes(StandardCharsets.UTF_8)));
        }
        claim.put("dc:title", spec.title());
        claim.put("alg", "sha256");
        return claim;
    }

    private Map<Object, Object> protectedHeader() {
        var header = new LinkedHashMap<Object, Object>();
        header.put(1, signer.algorithm().coseId);
        header.put(33, signer.chain().stream().map(C2paTestWriter::der).toList());
        return header;
    }

    private Map<String, Object> unprotected(byte[] protectedHeader, byte[] claim, byte[] signature, boolean v2) {
        var header = new LinkedHashMap<String, Object>();
        if (spec.timeStampedAt() != null) {
            byte[] stamped = v2 ? TestCbor.encode(signature) : claim;
            byte[] tbs = sigStructure("CounterSignature", protectedHeader, stamped);
            byte[] val = v2 ? tsa.token(tbs, spec.timeStampedAt()) : tsa.response(tbs, spec.timeStampedAt());
            header.put(v2 ? "sigTst2" : "sigTst", Map.of("tstTokens", List.of(Map.of("val", val))));
        }
        return header;
    }

    private static byte[] sigStructure(String context, byte[] protectedHeader, byte[] payload) {
        return TestCbor.encode(List.of(context, protectedHeader, new byte[0], payload));
    }

    private Map<String, Object> dataHashAssertion(int start, int length, byte[] hash) {
        var exclusion = new LinkedHashMap<String, Object>();
        exclusion.put("start", start);
        exclusion.put("length", length);
        var m = new LinkedHashMap<String, Object>();
        m.put("exclusions", List.of(exclusion));
        m.put("name", "jumbf manifest");
        m.put("alg", "sha256");
        m.put("hash", hash);
        m.put("pad", new byte[0]);
        return m;
    }

    private Map<String, Object> creativeWork() {
        var m = new LinkedHashMap<String, Object>();
        m.put("@context", "https://schema.org");
        m.put("@type", "CreativeWork");
        m.put("author", spec.authors().stream().map(a -> Map.of("@type", "Person", "name", a)).toList());
        return m;
    }

    private Map<String, Object> trainingMining() {
        var entries = new LinkedHashMap<String, Object>();
        spec.training().forEach((use, permission) -> entries.put(use, Map.of("use", permission)));
        return Map.of("entries", entries);
    }

    // ---- JUMBF

    static byte[] box(String type, byte[]... payloads) {
        var body = new ByteArrayOutputStream();
        for (byte[] p : payloads) {
            body.writeBytes(p);
        }
        var out = new ByteArrayOutputStream();
        int size = 8 + body.size();
        out.writeBytes(new byte[] {(byte) (size >> 24), (byte) (size >> 16), (byte) (size >> 8), (byte) size});
        out.writeBytes(type.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    static byte[] superbox(String type, String label, byte[]... contents) {
        var description = new ByteArrayOutputStream();
        description.writeBytes(type.getBytes(StandardCharsets.ISO_8859_1));
        description.writeBytes(C2PA_UUID_TAIL);
        description.write(0x03);
        description.writeBytes(label.getBytes(StandardCharsets.UTF_8));
        description.write(0);
        var parts = new ArrayList<byte[]>();
        parts.add(box("jumd", description.toByteArray()));
        parts.addAll(List.of(contents));
        return box("jumb", parts.toArray(byte[][]::new));
    }

    private static byte[] cborAssertion(String label, Object value) {
        return superbox("cbor", label, box("cbor", TestCbor.encode(value)));
    }

    private static byte[] jsonAssertion(String label, Object value) {
        try {
            return superbox("json", label, box("json", JSON.writeValueAsBytes(value)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String labelOf(byte[] superbox) {
        int start = 8 + 8 + 17;
        int end = start;
        while (superbox[end] != 0) {
            end++;
        }
        return new String(superbox, start, end - start, StandardCharsets.UTF_8);
    }

    // ---- carriers

    private byte[] app11(byte[] jumbf) {
        var out = new ByteArrayOutputStream();
        int sequence = 1;
        for (int pos = 0; pos < jumbf.length; pos += spec.maxSegment(), sequence++) {
            int n = Math.min(spec.maxSegment(), jumbf.length - pos);
            boolean first = pos == 0;
            int length = 2 + 8 + (first ? 0 : 8) + n;
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) (length >> 8), (byte) length, 'J', 'P', 0x02,
                0x11, (byte) (sequence >> 24), (byte) (sequence >> 16), (byte) (sequence >> 8), (byte) sequence});
            if (!first) {
                out.write(jumbf, 0, 8);
            }
            out.write(jumbf, pos, n);
        }
        return out.toByteArray();
    }

    static byte[] chunk(String type, byte[] data) {
        var out = new ByteArrayOutputStream();
        int n = data.length;
        out.writeBytes(new byte[] {(byte) (n >> 24), (byte) (n >> 16), (byte) (n >> 8), (byte) n});
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        long c = crc.getValue();
        out.writeBytes(new byte[] {(byte) (c >> 24), (byte) (c >> 16), (byte) (c >> 8), (byte) c});
        return out.toByteArray();
    }

    private static int afterApp0(byte[] jpeg) {
        int pos = 2;
        while ((jpeg[pos] & 0xFF) == 0xFF && (jpeg[pos + 1] & 0xFF) == 0xE0) {
            pos += 2 + (((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF));
        }
        return pos;
    }

    private static byte[] der(java.security.cert.X509Certificate cert) {
        try {
            return cert.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
