package org.photodesk.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.photodesk.core.provenance.C2paTestWriter.IPTC;
import static org.photodesk.core.provenance.C2paTestWriter.Spec.action;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.photodesk.core.photo.Problem;
import org.photodesk.core.provenance.C2paTestWriter.Signed;
import org.photodesk.core.provenance.C2paTestWriter.Spec;
import org.photodesk.core.provenance.TestCredentials.Algorithm;
import org.photodesk.core.provenance.TestCredentials.Authority;
import org.photodesk.core.provenance.TestCredentials.Signer;
import org.photodesk.core.provenance.TestCredentials.TimeStampAuthority;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class C2paReaderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

    private final Authority root = TestCredentials.root("Photodesk Test Root");
    private final Signer signer = TestCredentials.signer(root, Algorithm.ES256);
    private final TimeStampAuthority tsa = TestCredentials.tsa(root);
    private final byte[] jpeg = C2paFixtures.read(C2paFixtures.JPEG);
    private final C2paReader reader = new C2paReader(TrustAnchors.none(), CLOCK);

    private Signed signed(Spec spec) {
        return C2paTestWriter.signJpeg(jpeg, spec, signer, tsa);
    }

    @Test
    void signedJpegReadsAsClaimedWithGeneratorSignerAndAiAssertion() {
        Provenance p = reader.read(signed(Spec.aiGenerated()).file());

        assertThat(p.validation()).isInstanceOf(Validation.Claimed.class);
        assertThat(p.validation().summary()).contains("no trust anchors", "Photodesk Test Signer");
        assertThat(p.checks()).isEqualTo(new Checks(CheckResult.PASSED, CheckResult.PASSED, CheckResult.PASSED,
                CheckResult.PASSED, CheckResult.PASSED, CheckResult.NOT_CHECKED));
        assertThat(p.container()).isEqualTo("JPEG");
        assertThat(p.generator()).isEqualTo("Photodesk Test Generator 1.0");
        assertThat(p.signer().organization()).isEqualTo("Photodesk Test Newsroom");
        assertThat(p.signer().commonName()).isEqualTo("Photodesk Test Signer");
        assertThat(p.signer().issuer()).contains("CN=Photodesk Test Root");
        assertThat(p.signer().algorithm()).isEqualTo("ES256");
        assertThat(p.signer().signedAt()).isNull();
        assertThat(p.actions()).extracting(C2paAction::action).containsExactly("c2pa.created");
        assertThat(p.actions().getFirst().sourceType()).contains(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA);
        assertThat(p.ai()).isEqualTo(AiDeclaration.GENERATED);
        assertThat(p.synthetic()).isTrue();
        assertThat(p.authors()).containsExactly("Jane Reporter");
        assertThat(p.training()).containsExactly(new TrainingPermission("c2pa.ai_training", "notAllowed", null));
        assertThat(p.assertions()).containsExactly("c2pa.actions", "stds.schema-org.CreativeWork",
                "c2pa.training-mining", "c2pa.hash.data");
        assertThat(p.manifestCount()).isEqualTo(1);
        assertThat(p.title()).isEqualTo("test.jpg");
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void trustedTestAnchorMakesItVerified() {
        var trusting = new C2paReader(TrustAnchors.of(root.certificate()), CLOCK);

        Provenance p = trusting.read(signed(Spec.aiGenerated()).file());

        assertThat(p.validation()).isEqualTo(new Validation.Verified("Photodesk Test Root (Photodesk Test CA)"));
        assertThat(p.checks().trust()).isEqualTo(CheckResult.PASSED);
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void anotherAnchorLeavesItClaimed() {
        var other = TestCredentials.root("Some Other Root");
        var trusting = new C2paReader(TrustAnchors.of(other.certificate()), CLOCK);

        Provenance p = trusting.read(signed(Spec.aiGenerated()).file());

        assertThat(p.validation()).isInstanceOf(Validation.Claimed.class);
        assertThat(((Validation.Claimed) p.validation()).reason()).contains("does not chain to a configured trust");
        assertThat(p.checks().trust()).isEqualTo(CheckResult.FAILED);
        assertThat(p.checks().signature()).isEqualTo(CheckResult.PASSED);
    }

    @Test
    void aSelfSignedSignerIsInvalidAsC2paRequiresEvenWhenTrusted() {
        Signer self = TestCredentials.selfSigned(Algorithm.ES256);
        byte[] file = C2paTestWriter.signJpeg(jpeg, Spec.aiGenerated(), self, tsa).file();

        Provenance p = reader.read(file);
        assertThat(p.validation()).isInstanceOf(Validation.Invalid.class);
        assertThat(p.validation().summary()).contains("self-signed");
        assertThat(p.checks().signature()).isEqualTo(CheckResult.PASSED);
        var trusting = new C2paReader(TrustAnchors.of(self.chain().getFirst()), CLOCK);
        assertThat(trusting.read(file).validation()).isInstanceOf(Validation.Invalid.class);
    }

    @Test
    void signerWithoutC2paExtendedKeyUsageIsNotVerified() {
        Signer noEku = TestCredentials.signer(root, Algorithm.ES256, TestCredentials.NOT_BEFORE,
                TestCredentials.NOT_AFTER, "1.3.6.1.5.5.7.3.1");
        byte[] file = C2paTestWriter.signJpeg(jpeg, Spec.aiGenerated(), noEku, tsa).file();

        Provenance p = new C2paReader(TrustAnchors.of(root.certificate()), CLOCK).read(file);

        assertThat(p.validation()).isInstanceOf(Validation.Claimed.class);
        assertThat(p.validation().summary()).contains("extended key usage");
    }

    @Test
    void oneFlippedByteInThePictureMakesTheDataHashInvalid() {
        Signed s = signed(Spec.aiGenerated());
        int inScan = C2paFixtures.scanStart(s.file()) + 1000;

        Provenance p = reader.read(C2paFixtures.flip(s.file(), inScan));

        assertThat(p.validation()).isInstanceOf(Validation.Invalid.class);
        assertThat(p.validation().summary()).contains("changed after signing");
        assertThat(p.checks().binding()).isEqualTo(CheckResult.FAILED);
        assertThat(p.checks().signature()).isEqualTo(CheckResult.PASSED);
        assertThat(p.problems()).extracting(Problem::code).contains("c2pa.binding.mismatch");
    }

    @Test
    void oneFlippedByteInTheSignatureMakesItInvalid() {
        Signed s = signed(Spec.aiGenerated());
        int at = C2paFixtures.indexOf(s.file(), s.signature());
        assertThat(at).isPositive();

        Provenance p = reader.read(C2paFixtures.flip(s.file(), at + 10));

        assertThat(p.validation()).isInstanceOf(Validation.Invalid.class);
        assertThat(p.checks().signature()).isEqualTo(CheckResult.FAILED);
        assertThat(p.checks().binding()).isEqualTo(CheckResult.PASSED);
        assertThat(p.problems()).extracting(Problem::code).containsExactly("c2pa.signature.mismatch");
    }

    @Test
    void aChangedAiDeclarationMakesTheAssertionInvalid() {
        Signed s = signed(Spec.aiGenerated());
        byte[] declared = "trainedAlgorithmicMedia".getBytes(StandardCharsets.US_ASCII);
        byte[] forged = s.file().clone();
        int at = C2paFixtures.indexOf(forged, declared);
        byte[] capture = "digitalCapture\0\0\0\0\0\0\0\0\0".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(capture, 0, forged, at, capture.length);

        Provenance p = reader.read(forged);

        assertThat(p.validation()).isInstanceOf(Validation.Invalid.class);
        assertThat(p.checks().assertions()).isEqualTo(CheckResult.FAILED);
        assertThat(p.validation().summary()).contains("c2pa.actions");
        assertThat(p.actions()).as("a tampered assertion is not believed").isEmpty();
    }

    @Test
    void manifestSplitOverManyApp11SegmentsIsReassembled() {
        Signed s = signed(Spec.aiGenerated().withMaxSegment(300));
        long segments = countApp11(s.file());
        assertThat(segments).isGreaterThan(5);

        Provenance p = reader.read(s.file());

        assertThat(p.validation()).isInstanceOf(Validation.Claimed.class);
        assertThat(p.checks().binding()).isEqualTo(CheckResult.PASSED);
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void aMissingMiddleSegmentGivesProblemsNotExceptions() {
        Signed s = signed(Spec.aiGenerated().withMaxSegment(300));
        byte[] file = s.file();
        int second = s.storeStart() + 2 + (((file[s.storeStart() + 2] & 0xFF) << 8) | (file[s.storeStart() + 3] & 0xFF));
        int third = second + 2 + (((file[second + 2] & 0xFF) << 8) | (file[second + 3] & 0xFF));
        byte[] cut = Carrier.without(file, List.of(new Carrier.Range(second, third)));

        Provenance p = reader.read(cut);

        assertThat(p.validation()).isInstanceOf(Validation.Invalid.class);
        assertThat(p.problems()).extracting(Problem::code).contains("c2pa.jpeg.sequence");
    }

    @Test
    void pngWithCabxChunkIsReadAndChecked() {
        byte[] png = C2paFixtures.small("png", 64, 48);
        Signed s = C2paTestWriter.signPng(png, Spec.aiGenerated(), signer, tsa);

        Provenance p = reader.read(s.file());
        assertThat(p.container()).isEqualTo("PNG");
        assertThat(p.validation()).isInstanceOf(Validation.Claimed.class);
        assertThat(p.checks().binding()).isEqualTo(CheckResult.PASSED);

        int idat = C2paFixtures.indexOf(s.file(), "IDAT".getBytes(StandardCharsets.US_ASCII));
        Provenance flipped = reader.read(C2paFixtures.flip(s.file(), idat + 20));
        assertThat(flipped.validation()).isInstanceOf(Validation.Invalid.class);
        assertThat(flipped.checks().binding()).isEqualTo(CheckResult.FAILED);
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void everyAlgorithmC2paAllowsVerifies(Algorithm algorithm) {
        Signer s = TestCredentials.signer(root, algorithm);
        byte[] file = C2paTestWriter.signJpeg(jpeg, Spec.aiGenerated(), s, tsa).file();

        Provenance p = new C2paReader(TrustAnchors.of(root.certificate()), CLOCK).read(file);

        assertThat(p.signer().algorithm()).isEqualTo(algorithm.name());
        assertThat(p.checks().signature()).isEqualTo(CheckResult.PASSED);
        assertThat(p.validation()).isInstanceOf(Validation.Verified.class);
    }

    @ParameterizedTest
    @EnumSource(value = Algorithm.class, names = {"ES256", "PS256", "ED25519"})
    void aFlippedSignatureFailsForEveryAlgorithm(Algorithm algorithm) {
        Signed s = C2paTestWriter.signJpeg(jpeg, Spec.aiGenerated(), TestCredentials.signer(root, algorithm), tsa);
        int at = C2paFixtures.indexOf(s.file(), s.signature());

        Provenance p = reader.read(C2paFixtures.flip(s.file(), at + s.signature().length - 1));

        assertThat(p.checks().signature()).isEqualTo(CheckResult.FAILED);
    }

    @Test
    void claimV2WithSigTst2GivesTheSigningTime() {
        Instant at = Instant.parse("2025-03-04T05:06:07Z");
        Provenance p = reader.read(signed(Spec.aiGenerated().withClaimVersion(2).withTimeStamp(at)).file());

        assertThat(p.validation()).isInstanceOf(Validation.Claimed.class);
        assertThat(p.signer().signedAt()).isEqualTo(at);
        assertThat(p.assertions()).contains("c2pa.actions.v2");
        assertThat(p.ai()).isEqualTo(AiDeclaration.GENERATED);
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void claimV1WithSigTstResponseGivesTheSigningTime() {
        Instant at = Instant.parse("2024-11-12T13:14:15Z");
        Provenance p = reader.read(signed(Spec.aiGenerated().withTimeStamp(at)).file());

        assertThat(p.signer().signedAt()).isEqualTo(at);
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void expiredCertificateIsInvalidUnlessTimeStampedWithinItsValidity() {
        Signer shortLived = TestCredentials.signer(root, Algorithm.ES256, Instant.parse("2021-01-01T00:00:00Z"),
                Instant.parse("2022-01-01T00:00:00Z"), TestCredentials.DOCUMENT_SIGNING);

        byte[] unstamped = C2paTestWriter.signJpeg(jpeg, Spec.aiGenerated(), shortLived, tsa).file();
        Provenance p = reader.read(unstamped);
        assertThat(p.validation()).isInstanceOf(Validation.Invalid.class);
        assertThat(p.validation().summary()).contains("had expired");
        assertThat(p.checks().certificate()).isEqualTo(CheckResult.FAILED);

        Spec stamped = Spec.aiGenerated().withTimeStamp(Instant.parse("2021-06-01T00:00:00Z"));
        Provenance q = reader.read(C2paTestWriter.signJpeg(jpeg, stamped, shortLived, tsa).file());
        assertThat(q.checks().certificate()).isEqualTo(CheckResult.PASSED);
        assertThat(q.validation()).isInstanceOf(Validation.Claimed.class);
    }

    @Test
    void anEditWithGenerativeFillIsAiEdited() {
        Spec spec = Spec.aiGenerated().withActions(List.of(action("c2pa.opened", IPTC + "digitalCapture"),
                action("c2pa.edited", IPTC + "compositeWithTrainedAlgorithmicMedia")));

        Provenance p = reader.read(signed(spec).file());

        assertThat(p.ai()).isEqualTo(AiDeclaration.EDITED);
        assertThat(p.digitalSourceTypes()).containsExactly(IPTC + "digitalCapture",
                IPTC + "compositeWithTrainedAlgorithmicMedia");
    }

    @Test
    void aCameraCaptureDeclaresNoAi() {
        Spec spec = Spec.aiGenerated().withActions(List.of(action("c2pa.created", IPTC + "digitalCapture")));

        Provenance p = reader.read(signed(spec).file());

        assertThat(p.ai()).isEqualTo(AiDeclaration.NONE);
        assertThat(p.synthetic()).isFalse();
    }

    @Test
    void filesWithoutCredentialsAreAbsentWithoutProblems() {
        assertThat(reader.read(jpeg).validation()).isEqualTo(new Validation.Absent());
        assertThat(reader.read(jpeg).problems()).isEmpty();
        assertThat(reader.read(C2paFixtures.small("png", 8, 8)).validation()).isEqualTo(new Validation.Absent());
        assertThat(reader.read(new byte[0]).present()).isFalse();
        assertThat(reader.read("not a picture".getBytes(StandardCharsets.US_ASCII)).present()).isFalse();
    }

    @Test
    void aRemoteManifestAddressInXmpIsReportedNotFetched() {
        byte[] file = withXmp(jpeg, "<rdf:Description rdf:about='' xmlns:dcterms='http://purl.org/dc/terms/'"
                + " dcterms:provenance='https://manifests.example.org/abc.c2pa'/>");

        Provenance p = reader.read(file);

        assertThat(p.validation()).isEqualTo(new Validation.Absent());
        assertThat(p.problems()).extracting(Problem::code).containsExactly("c2pa.remoteManifest");
        assertThat(p.problems().getFirst().message()).contains("https://manifests.example.org/abc.c2pa");
    }

    @Test
    void anXmpReferenceToARemovedEmbeddedManifestIsReported() {
        byte[] file = withXmp(jpeg, "<rdf:Description><dcterms:provenance>self#jumbf=/c2pa/urn:uuid:1/c2pa.claim"
                + "</dcterms:provenance></rdf:Description>");

        assertThat(reader.read(file).problems()).extracting(Problem::code).containsExactly("c2pa.manifestRemoved");
    }

    private static byte[] withXmp(byte[] jpeg, String rdf) {
        String packet = "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF"
                + " xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>" + rdf + "</rdf:RDF></x:xmpmeta>";
        byte[] payload = packet.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[jpeg.length + 4 + payload.length];
        System.arraycopy(jpeg, 0, out, 0, 2);
        out[2] = (byte) 0xFF;
        out[3] = (byte) 0xE1;
        out[4] = (byte) ((payload.length + 2) >> 8);
        out[5] = (byte) (payload.length + 2);
        System.arraycopy(payload, 0, out, 6, payload.length);
        System.arraycopy(jpeg, 2, out, 6 + payload.length, jpeg.length - 2);
        return out;
    }

    private static long countApp11(byte[] file) {
        long n = 0;
        int pos = 2;
        while ((file[pos + 1] & 0xFF) != 0xDA) {
            if ((file[pos + 1] & 0xFF) == 0xEB) {
                n++;
            }
            pos += 2 + (((file[pos + 2] & 0xFF) << 8) | (file[pos + 3] & 0xFF));
        }
        return n;
    }
}
