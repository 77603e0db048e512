package org.photodesk.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.provenance.C2paTestWriter.Signed;
import org.photodesk.core.provenance.C2paTestWriter.Spec;
import org.photodesk.core.provenance.TestCredentials.Algorithm;
import org.photodesk.core.provenance.TestCredentials.Authority;
import org.photodesk.core.provenance.TestCredentials.TimeStampAuthority;

/**
 * Our reader against the official C2PA SDK: the same files, written by {@link C2paTestWriter}, read by c2pa-rs (its
 * WebAssembly build from the npm registry, run by Node) and by {@link C2paReader}, must get the same verdict:
 * c2pa-rs "Valid" is our Claimed, "Trusted" our Verified, "Invalid" our Invalid. This also shows that the test
 * writer's manifests are ones c2pa-rs accepts. Skipped unless {@code core/src/test/c2pa/install-c2pa-wasm.sh} has
 * put the SDK in {@code core/target/c2pa-wasm} and {@code node} is on the PATH.
 */
class C2paRsOracleIT {

    private static final Path PACKAGE = Path.of("target/c2pa-wasm/package").toAbsolutePath();
    private static final Path SCRIPT = Path.of("src/test/c2pa/c2pa-rs-verdict.mjs").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Authority root = TestCredentials.root("Photodesk Test Root");
    private final TimeStampAuthority tsa = TestCredentials.tsa(root);
    private final byte[] jpeg = C2paFixtures.read(C2paFixtures.JPEG);

    @Test
    void c2paRsAndOurReaderAgreeOnEveryFixture(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isRegularFile(PACKAGE.resolve("pkg/c2pa_bg.wasm")) && onPath("node"),
                "c2pa-rs oracle not installed: run core/src/test/c2pa/install-c2pa-wasm.sh (needs node and npm)");
        Map<Path, Class<? extends Validation>> expected = fixtures(dir);
        Path anchors = dir.resolve("anchors.pem");
        Files.writeString(anchors, pem(root));

        Map<String, JsonNode> untrusted = verdicts(null, expected.keySet());
        Map<String, JsonNode> trusted = verdicts(anchors, expected.keySet());

        var ours = new C2paReader();
        var oursTrusting = new C2paReader(TrustAnchors.of(root.certificate()), java.time.Clock.systemUTC());
        for (var e : expected.entrySet()) {
            byte[] file = Files.readAllBytes(e.getKey());
            String name = e.getKey().getFileName().toString();
            assertThat(ours.read(file).validation()).as(name).isInstanceOf(e.getValue());
            assertThat(untrusted.get(e.getKey().toString()).get("state").asText()).as("c2pa-rs on " + name)
                    .isEqualTo(e.getValue() == Validation.Claimed.class ? "Valid" : "Invalid");
            boolean valid = e.getValue() == Validation.Claimed.class;
            assertThat(oursTrusting.read(file).validation()).as(name + " trusted")
                    .isInstanceOf(valid ? Validation.Verified.class : Validation.Invalid.class);
            assertThat(trusted.get(e.getKey().toString()).get("state").asText()).as("c2pa-rs trusting " + name)
                    .isEqualTo(valid ? "Trusted" : "Invalid");
        }
    }

    private Map<Path, Class<? extends Validation>> fixtures(Path dir) throws IOException {
        var fixtures = new LinkedHashMap<Path, Class<? extends Validation>>();
        var es256 = TestCredentials.signer(root, Algorithm.ES256);
        Spec v2 = Spec.aiGenerated().withClaimVersion(2).withTimeStamp(Instant.parse("2025-02-03T04:05:06Z"))
                .withMaxSegment(700);
        Signed claimV1 = C2paTestWriter.signJpeg(jpeg, Spec.aiGenerated(), es256, tsa);
        fixtures.put(write(dir, "claim-v1.jpg", claimV1.file()), Validation.Claimed.class);
        fixtures.put(write(dir, "claim-v2-split-sigtst2.jpg", C2paTestWriter.signJpeg(jpeg, v2, es256, tsa).file()),
                Validation.Claimed.class);
        fixtures.put(write(dir, "signed.png", C2paTestWriter.signPng(C2paFixtures.small("png", 64, 48), v2, es256,
                tsa).file()), Validation.Claimed.class);
        for (Algorithm a : List.of(Algorithm.ES384, Algorithm.ES512, Algorithm.PS256, Algorithm.ED25519)) {
            byte[] file = C2paTestWriter.signJpeg(jpeg, Spec.aiGenerated(), TestCredentials.signer(root, a), tsa).file();
            fixtures.put(write(dir, a + ".jpg", file), Validation.Claimed.class);
        }
        int scan = C2paFixtures.scanStart(claimV1.file()) + 1000;
        fixtures.put(write(dir, "image-flipped.jpg", C2paFixtures.flip(claimV1.file(), scan)), Validation.Invalid.class);
        int sig = C2paFixtures.indexOf(claimV1.file(), claimV1.signature()) + 5;
        fixtures.put(write(dir, "signature-flipped.jpg", C2paFixtures.flip(claimV1.file(), sig)),
                Validation.Invalid.class);
        int dst = C2paFixtures.indexOf(claimV1.file(), "trainedAlgorithmicMedia".getBytes(StandardCharsets.US_ASCII));
        fixtures.put(write(dir, "assertion-changed.jpg", C2paFixtures.flip(claimV1.file(), dst)),
                Validation.Invalid.class);
        return fixtures;
    }

    private static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static Map<String, JsonNode> verdicts(Path anchors, Iterable<Path> files) throws IOException {
        var command = new ArrayList<>(List.of("node", SCRIPT.toString(), PACKAGE.toString()));
        if (anchors != null) {
            command.addAll(List.of("--anchors", anchors.toString()));
        }
        files.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        var result = new LinkedHashMap<String, JsonNode>();
        for (String line : out.strip().split("\n")) {
            JsonNode node = JSON.readTree(line);
            result.put(node.get("file").asText(), node);
        }
        return result;
    }

    private static String pem(Authority authority) {
        try {
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                    .encodeToString(authority.certificate().getEncoded()) + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
