package org.photodesk.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.photodesk.core.provenance.C2paTestWriter.box;
import static org.photodesk.core.provenance.C2paTestWriter.superbox;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.photodesk.core.photo.Problem;

/** Damaged and hostile manifests: each gives a result with problems, never an exception, in bounded time. */
class C2paHostileInputTest {

    private static final byte[] JPEG = C2paFixtures.small("jpeg", 16, 16);
    private final C2paReader reader = new C2paReader();

    static Stream<Arguments> damaged() {
        return Stream.of(
                Arguments.of("store claims more bytes than it has", withStore(truncated(validLooking(), 40)),
                        "c2pa.jumbf.truncated"),
                Arguments.of("store box declares a size below its header", withStore(sizeField(validLooking(), 3)),
                        "c2pa.jumbf.badLength"),
                Arguments.of("superboxes nested 2,000 deep", withStore(nested(2_000)), "c2pa.jumbf.tooDeep"),
                Arguments.of("30,000 empty boxes", withStore(manyBoxes(30_000)), "c2pa.jumbf.tooManyBoxes"),
                Arguments.of("manifest without description", withStore(superbox("c2pa", "c2pa", box("jumb",
                        box("free", new byte[4])))),
                        "c2pa.jumbf.noDescription"),
                Arguments.of("store without manifests", withStore(superbox("c2pa", "c2pa")),
                        "c2pa.structure.unreadable"),
                Arguments.of("claim that is not CBOR", withStore(manifest(new byte[] {(byte) 0xFF, 0x00, 0x7F},
                        cose(List.of()))), "c2pa.cbor.unreadable"),
                Arguments.of("claim nested 10,000 arrays deep", withStore(manifest(deepCbor(10_000),
                        cose(List.of()))), "c2pa.cbor.unreadable"),
                Arguments.of("claim declaring a 2 GB byte string", withStore(manifest(new byte[] {0x5A, 0x7F,
                    (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 1, 2}, cose(List.of()))), "c2pa.cbor.unreadable"),
                Arguments.of("signature that is not COSE_Sign1", withStore(manifest(claim(),
                        TestCbor.encode(Map.of("a", 1)))), "c2pa.signature.malformed"),
                Arguments.of("certificate that is garbage", withStore(manifest(claim(),
                        cose(List.of(new byte[] {0x30, 0x03, 1, 2, 3})))), "c2pa.signature.badCertificate"),
                Arguments.of("no certificate", withStore(manifest(claim(), cose(null))),
                        "c2pa.signature.noCertificate"),
                Arguments.of("assertion the claim lists but the store lacks", withStore(manifest(claim(),
                        cose(List.of()))), "c2pa.assertion.missing"),
                Arguments.of("data hash excluding 2^63 bytes", withStore(withDataHash(Long.MAX_VALUE)),
                        "c2pa.binding.mismatch"),
                Arguments.of("APP11 segment out of sequence", outOfSequence(), "c2pa.jpeg.sequence"),
                Arguments.of("PNG caBX chunk beyond the end", pngWithHugeCabx(), "c2pa.png.truncated"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damaged")
    void damagedManifestsGiveProblemsNotExceptions(String name, byte[] file, String code) {
        Provenance p = reader.read(file);

        assertThat(p.problems()).extracting(Problem::code).contains(code);
        assertThat(p.problems()).allSatisfy(problem -> assertThat(problem.message()).isNotBlank());
        if (p.present()) {
            assertThat(p.validation()).isInstanceOf(Validation.Invalid.class);
        }
    }

    @Test
    void garbageAfterAJpegXtHeaderIsNotTakenForCredentials() {
        byte[] payload = new byte[200];
        Arrays.fill(payload, (byte) 0x41);
        payload[0] = 'J';
        payload[1] = 'P';
        Provenance p = reader.read(app11(JPEG, payload));

        assertThat(p.validation()).isEqualTo(new Validation.Absent());
    }

    @Test
    void aLargeStoreIsReadInBoundedTime() {
        byte[] big = withStore(manyBoxes(19_000));
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            reader.read(big);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    // ---- builders

    private static byte[] validLooking() {
        return superbox("c2pa", "c2pa", superbox("c2ma", "urn:uuid:x", superbox("c2cl", "c2pa.claim",
                box("cbor", claim()))));
    }

    private static byte[] claim() {
        var ref = new LinkedHashMap<String, Object>();
        ref.put("url", "self#jumbf=c2pa.assertions/c2pa.hash.data");
        ref.put("hash", new byte[32]);
        var claim = new LinkedHashMap<String, Object>();
        claim.put("claim_generator", "hostile/1.0");
        claim.put("signature", "self#jumbf=c2pa.signature");
        claim.put("assertions", List.of(ref));
        claim.put("alg", "sha256");
        return TestCbor.encode(claim);
    }

    /** A store whose claim correctly references a data hash excluding {@code length} bytes from byte 2. */
    private static byte[] withDataHash(long length) {
        var exclusion = new LinkedHashMap<String, Object>();
        exclusion.put("start", 2);
        exclusion.put("length", length);
        byte[] assertion = superbox("cbor", "c2pa.hash.data", box("cbor", TestCbor.encode(Map.of("exclusions",
                List.of(exclusion), "alg", "sha256", "hash", new byte[32]))));
        var ref = new LinkedHashMap<String, Object>();
        ref.put("url", "self#jumbf=c2pa.assertions/c2pa.hash.data");
        ref.put("hash", C2paTestWriter.sha256(Arrays.copyOfRange(assertion, 8, assertion.length)));
        var claim = new LinkedHashMap<String, Object>();
        claim.put("claim_generator", "hostile/1.0");
        claim.put("signature", "self#jumbf=c2pa.signature");
        claim.put("assertions", List.of(ref));
        claim.put("alg", "sha256");
        return superbox("c2pa", "c2pa", superbox("c2ma", "urn:uuid:x", superbox("c2as", "c2pa.assertions", assertion),
                superbox("c2cl", "c2pa.claim", box("cbor", TestCbor.encode(claim))),
                superbox("c2cs", "c2pa.signature", box("cbor", cose(List.of())))));
    }

    private static byte[] cose(List<byte[]> chain) {
        var header = new LinkedHashMap<Object, Object>();
        header.put(1, -7);
        if (chain != null) {
            header.put(33, chain);
        }
        return TestCbor.encode(new TestCbor.Tagged(18, Arrays.asList(TestCbor.encode(header), Map.of(), null,
                new byte[64])));
    }

    private static byte[] manifest(byte[] claim, byte[] signature) {
        return superbox("c2pa", "c2pa", superbox("c2ma", "urn:uuid:x", superbox("c2as", "c2pa.assertions"),
                superbox("c2cl", "c2pa.claim", box("cbor", claim)),
                superbox("c2cs", "c2pa.signature", box("cbor", signature))));
    }

    private static byte[] truncated(byte[] jumbf, int keep) {
        return Arrays.copyOf(jumbf, keep);
    }

    private static byte[] sizeField(byte[] jumbf, int size) {
        byte[] copy = jumbf.clone();
        copy[0] = 0;
        copy[1] = 0;
        copy[2] = 0;
        copy[3] = (byte) size;
        return copy;
    }

    private static byte[] nested(int depth) {
        byte[] inner = superbox("c2ma", "deep");
        for (int i = 0; i < depth; i++) {
            inner = superbox(i == depth - 1 ? "c2pa" : "c2ma", "deep", inner);
        }
        return inner;
    }

    private static byte[] manyBoxes(int n) {
        byte[][] boxes = new byte[n][];
        Arrays.fill(boxes, box("free"));
        return superbox("c2pa", "c2pa", boxes);
    }

    private static byte[] deepCbor(int depth) {
        byte[] out = new byte[depth + 1];
        Arrays.fill(out, (byte) 0x81);
        out[depth] = 0x00;
        return out;
    }

    private static byte[] withStore(byte[] jumbf) {
        var out = new ByteArrayOutputStream();
        int max = 60_000;
        for (int pos = 0, z = 1; pos < jumbf.length; pos += max, z++) {
            int n = Math.min(max, jumbf.length - pos);
            var payload = new ByteArrayOutputStream();
            payload.writeBytes(new byte[] {'J', 'P', 0, 7, 0, 0, (byte) (z >> 8), (byte) z});
            if (pos > 0) {
                payload.write(jumbf, 0, 8);
            }
            payload.write(jumbf, pos, n);
            out.writeBytes(segment(payload.toByteArray()));
        }
        return insert(JPEG, out.toByteArray());
    }

    private static byte[] app11(byte[] jpeg, byte[] payload) {
        return insert(jpeg, segment(payload));
    }

    private static byte[] segment(byte[] payload) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) ((payload.length + 2) >> 8),
            (byte) (payload.length + 2)});
        out.writeBytes(payload);
        return out.toByteArray();
    }

    private static byte[] insert(byte[] jpeg, byte[] segments) {
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(segments);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] outOfSequence() {
        byte[] jumbf = validLooking();
        var first = new ByteArrayOutputStream();
        first.writeBytes(new byte[] {'J', 'P', 0, 7, 0, 0, 0, 1});
        first.write(jumbf, 0, 60);
        var third = new ByteArrayOutputStream();
        third.writeBytes(new byte[] {'J', 'P', 0, 7, 0, 0, 0, 3});
        third.write(jumbf, 0, 8);
        third.write(jumbf, 60, jumbf.length - 60);
        return insert(JPEG, concat(segment(first.toByteArray()), segment(third.toByteArray())));
    }

    private static byte[] pngWithHugeCabx() {
        byte[] png = C2paFixtures.small("png", 8, 8);
        byte[] chunk = C2paTestWriter.chunk("caBX", validLooking());
        chunk[0] = 0x7F;
        byte[] out = concat(Arrays.copyOf(png, 33), chunk);
        return concat(out, Arrays.copyOfRange(png, 33, png.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
