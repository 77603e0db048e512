package org.photodesk.core.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.photodesk.core.photo.Problem;
import org.photodesk.core.provenance.Jumbf.Box;
import org.photodesk.core.provenance.Jumbf.Superbox;

/**
 * One reading of one file's manifest store: finds the active manifest, reads its claim, assertions and signature,
 * makes every check it can, and keeps what failed and what could not be checked. Used once, then dropped.
 */
final class ManifestReading {

    private static final Set<String> MANIFEST_TYPES = Set.of("c2ma", "c2um");
    private static final Set<String> OTHER_BINDINGS = Set.of("c2pa.hash.boxes", "c2pa.hash.bmff",
            "c2pa.hash.collection.data", "c2pa.hash.multi-asset");
    private static final String SELF = "self#jumbf=";

    private final byte[] file;
    private final Carrier carrier;
    private final Cbor cbor;
    private final TrustAnchors anchors;
    private final Clock clock;
    private final List<Problem> problems;

    private Checks checks = Checks.NONE;
    private String failure;
    private String unchecked;
    private Superbox store;
    private Superbox active;
    private Claim claim;
    private final List<C2paAction> actions = new ArrayList<>();
    private final List<String> authors = new ArrayList<>();
    private final List<TrainingPermission> training = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private DataHash dataHash;
    private String otherBinding;
    private Signer signer;
    private String anchor;

    ManifestReading(byte[] file, Carrier carrier, Cbor cbor, TrustAnchors anchors, Clock clock,
            List<Problem> problems) {
        this.file = file;
        this.carrier = carrier;
        this.cbor = cbor;
        this.anchors = anchors;
        this.clock = clock;
        this.problems = problems;
    }

    /** Everything this file's manifest store says and how far it holds. */
    Provenance read() {
        store = Jumbf.parse(carrier.jumbf(), problems).orElse(null);
        if (store == null || !"c2pa".equals(store.descriptionType())) {
            return broken("the manifest store cannot be read as C2PA JUMBF", 0);
        }
        List<Superbox> manifests = store.children().stream()
                .filter(m -> MANIFEST_TYPES.contains(m.descriptionType())).toList();
        if (manifests.isEmpty()) {
            return broken("the manifest store holds no manifest", 0);
        }
        active = manifests.getLast();
        byte[] claimBytes = claimBytes();
        claim = claimBytes == null ? null
                : cbor.read(claimBytes, 0, claimBytes.length, "the claim", problems)
                        .map(n -> Claim.of(n, problems)).orElse(null);
        if (claim == null) {
            return broken("the active manifest has no readable claim", manifests.size());
        }
        readAssertions();
        checkSignature(claimBytes);
        checkBinding();
        return result(manifests.size());
    }

    // ---- structure

    private byte[] claimBytes() {
        return active.childOfType("c2cl").flatMap(c -> c.content("cbor")).map(this::bytes).orElse(null);
    }

    private byte[] bytes(Box box) {
        return Arrays.copyOfRange(carrier.jumbf(), box.contentStart(), box.end());
    }

    private Optional<Superbox> resolve(String url) {
        if (url == null || !url.startsWith(SELF)) {
            return Optional.empty();
        }
        String path = url.substring(SELF.length());
        Superbox at = active;
        List<String> parts = List.of(path.split("/"));
        if (path.startsWith("/")) {
            if (parts.size() < 2 || !parts.get(1).equals(store.label())) {
                return Optional.empty();
            }
            at = store;
            parts = parts.subList(2, parts.size());
        }
        for (String part : parts) {
            at = at.child(part).orElse(null);
            if (at == null) {
                return Optional.empty();
            }
        }
        return Optional.of(at);
    }

    // ---- assertions

    private void readAssertions() {
        checks = checks.withAssertions(CheckResult.PASSED);
        for (Claim.HashedUri ref : claim.assertions()) {
            String label = ref.url().substring(ref.url().lastIndexOf('/') + 1);
            labels.add(label);
            Superbox box = resolve(ref.url()).orElse(null);
            if (box == null) {
                fail("c2pa.assertion.missing", Check.ASSERTIONS, "the claim lists assertion " + label
                        + " but the manifest does not hold it");
            } else if (hashMatches(box, ref, label)) {
                decode(box, label);
            }
        }
    }

    private boolean hashMatches(Superbox box, Claim.HashedUri ref, String label) {
        HashAlgorithm alg = HashAlgorithm.find(ref.alg(), claim.alg()).orElse(null);
        if (alg == null) {
            String named = ref.alg() != null ? ref.alg() : claim.alg();
            fail("c2pa.assertion.algorithm", Check.ASSERTIONS, "assertion " + label + (named == null
                    ? " names no hash algorithm, and neither does the claim"
                    : " is hashed with " + named + ", an algorithm C2PA does not allow"));
            return false;
        }
        byte[] actual = alg.hash(carrier.jumbf(), box.box().contentStart(), box.box().end());
        if (ref.hash() == null || !MessageDigest.isEqual(actual, ref.hash())) {
            fail("c2pa.assertion.hashMismatch", Check.ASSERTIONS, "assertion " + label
                    + " does not match its hash in the claim: it was changed after signing");
            return false;
        }
        return true;
    }

    private void decode(Superbox box, String label) {
        String base = Assertions.baseLabel(label);
        if (OTHER_BINDINGS.contains(base)) {
            otherBinding = base;
            return;
        }
        switch (base) {
            case "c2pa.actions" -> content(box, label).ifPresent(n -> actions.addAll(Assertions.actions(n, problems)));
            case "c2pa.hash.data" -> content(box, label).ifPresent(this::dataHash);
            case "stds.schema-org.CreativeWork" -> content(box, label).ifPresent(n -> Assertions.authors(n).stream()
                    .filter(a -> !authors.contains(a)).forEach(authors::add));
            case "c2pa.training-mining", "cawg.training-mining" -> content(box, label).ifPresent(n -> training.addAll(
                    Assertions.training(n, problems)));
            default -> {
                // shown by label only
            }
        }
    }

    private void dataHash(JsonNode node) {
        if (dataHash != null) {
            problems.add(Problem.of("c2pa.hash.duplicate", "the manifest has more than one c2pa.hash.data"
                    + " assertion; only the first is checked"));
            return;
        }
        dataHash = DataHash.of(node, problems).orElse(null);
    }

    private Optional<JsonNode> content(Superbox box, String label) {
        String what = "assertion " + label;
        Optional<Box> cborBox = box.content("cbor");
        if (cborBox.isPresent()) {
            return cbor.read(carrier.jumbf(), cborBox.get().contentStart(), cborBox.get().end(), what, problems);
        }
        Optional<Box> jsonBox = box.content("json");
        if (jsonBox.isPresent()) {
            return cbor.readJson(carrier.jumbf(), jsonBox.get().contentStart(), jsonBox.get().end(), what, problems);
        }
        problems.add(Problem.of("c2pa.assertion.noContent", what + " has neither CBOR nor JSON content"));
        return Optional.empty();
    }

    // ---- signature, certificate, trust

    private void checkSignature(byte[] claimBytes) {
        Superbox box = resolve(claim.signature()).or(() -> active.childOfType("c2cs")).orElse(null);
        Box content = box == null ? null : box.content("cbor").orElse(null);
        CoseSign1 sign1 = content == null ? null
                : cbor.read(carrier.jumbf(), content.contentStart(), content.end(), "the signature", problems)
                        .flatMap(n -> CoseSign1.of(n, cbor, problems)).orElse(null);
        if (sign1 == null) {
            fail("c2pa.signature.missing", Check.STRUCTURE, "the active manifest has no readable signature");
            return;
        }
        checks = checks.withStructure(CheckResult.PASSED);
        TimeStamp stamp = TimeStamp.of(sign1, claimBytes, problems).orElse(null);
        X509Certificate cert = sign1.signer().orElse(null);
        if (cert == null) {
            fail("c2pa.signature.noCertificate", Check.SIGNATURE, "the signature carries no readable signing"
                    + " certificate, so it cannot be checked");
            return;
        }
        String algName = sign1.algorithm() != null ? sign1.algorithm().name() : "unknown (" + sign1.algorithmId() + ")";
        signer = Certificates.signer(cert, algName, stamp == null ? null : stamp.time());
        verify(sign1, cert, claimBytes);
        Instant at = stamp != null && stamp.confirmed() ? stamp.time() : clock.instant();
        checkCertificate(cert, at);
        checkTrust(sign1.chain(), cert, at);
    }

    private void verify(CoseSign1 sign1, X509Certificate cert, byte[] claimBytes) {
        CoseAlgorithm alg = sign1.algorithm();
        if (alg == null) {
            fail("c2pa.signature.algorithm", Check.SIGNATURE, "the signature algorithm " + sign1.algorithmId()
                    + " is not one C2PA allows (ES256, ES384, ES512, PS256, PS384, PS512, Ed25519)");
        } else if (!alg.fits(cert.getPublicKey())) {
            fail("c2pa.signature.keyMismatch", Check.SIGNATURE, "the signing certificate's "
                    + cert.getPublicKey().getAlgorithm() + " key does not fit the signature algorithm " + alg);
        } else if (alg.verify(cert.getPublicKey(), sign1.toBeSigned(claimBytes), sign1.signature())) {
            checks = checks.withSignature(CheckResult.PASSED);
        } else if (alg.name().startsWith("ES") && looksDer(sign1.signature())) {
            fail("c2pa.signature.mismatch", Check.SIGNATURE, "the ECDSA signature does not verify; it looks"
                    + " DER-encoded where COSE requires the raw r and s values");
        } else {
            fail("c2pa.signature.mismatch", Check.SIGNATURE, "the signature over the claim does not verify with the"
                    + " signing certificate: the claim or its signature was changed after signing");
        }
    }

    private static boolean looksDer(byte[] sig) {
        return sig.length > 8 && sig[0] == 0x30 && ((sig[1] & 0xFF) == sig.length - 2
                || ((sig[1] & 0xFF) == 0x81 && (sig[2] & 0xFF) == sig.length - 3));
    }

    private void checkCertificate(X509Certificate cert, Instant at) {
        String problem = Certificates.usableProblem(cert, at);
        if (problem == null) {
            checks = checks.withCertificate(CheckResult.PASSED);
        } else {
            fail("c2pa.certificate.unusable", Check.CERTIFICATE, problem);
        }
    }

    private void checkTrust(List<X509Certificate> chain, X509Certificate cert, Instant at) {
        String who = Certificates.name(cert.getSubjectX500Principal());
        if (anchors.isEmpty()) {
            notChecked("no trust anchors are configured, so the signer " + who + " was not checked against a trust"
                    + " list");
            return;
        }
        String eku = Certificates.ekuProblem(cert);
        Certificates.Chain result = eku != null ? new Certificates.Chain(null, eku)
                : Certificates.chain(chain, anchors.certificates(), at);
        if (result.trusted()) {
            anchor = result.anchor();
            checks = checks.withTrust(CheckResult.PASSED);
        } else {
            checks = checks.withTrust(CheckResult.FAILED);
            problems.add(Problem.of("c2pa.trust.untrusted", result.reason()));
            notChecked(result.reason());
        }
    }

    // ---- binding

    private void checkBinding() {
        if (dataHash != null) {
            HashAlgorithm alg = HashAlgorithm.find(dataHash.alg(), claim.alg()).orElse(null);
            String mismatch = alg == null ? "the data hash names no hash algorithm C2PA allows"
                    : dataHash.mismatch(file, alg.digest());
            if (mismatch == null) {
                checks = checks.withBinding(CheckResult.PASSED);
            } else {
                fail("c2pa.binding.mismatch", Check.BINDING, mismatch);
            }
        } else if (otherBinding != null) {
            notChecked("the manifest binds to the file with " + otherBinding + ", which is not checked here");
        } else if ("c2um".equals(active.descriptionType())) {
            notChecked("the active manifest is an update manifest, which has no binding of its own");
        } else {
            fail("c2pa.binding.missing", Check.BINDING, "the manifest has no hard binding (c2pa.hash.data) to the"
                    + " file's bytes, so it could belong to any file");
        }
    }

    // ---- outcome

    /** The checks a failure can concern. */
    private enum Check { STRUCTURE, ASSERTIONS, SIGNATURE, BINDING, CERTIFICATE }

    private void fail(String code, Check check, String reason) {
        problems.add(Problem.of(code, "Content Credentials: " + reason));
        if (failure == null) {
            failure = reason;
        }
        checks = switch (check) {
            case STRUCTURE -> checks.withStructure(CheckResult.FAILED);
            case ASSERTIONS -> checks.withAssertions(CheckResult.FAILED);
            case SIGNATURE -> checks.withSignature(CheckResult.FAILED);
            case BINDING -> checks.withBinding(CheckResult.FAILED);
            case CERTIFICATE -> checks.withCertificate(CheckResult.FAILED);
        };
    }

    private void notChecked(String reason) {
        if (unchecked == null) {
            unchecked = reason;
        }
    }

    private Validation validation() {
        if (failure != null) {
            return new Validation.Invalid(failure);
        }
        boolean allPassed = checks.structure() == CheckResult.PASSED && checks.assertions() == CheckResult.PASSED
                && checks.signature() == CheckResult.PASSED && checks.binding() == CheckResult.PASSED
                && checks.certificate() == CheckResult.PASSED && checks.trust() == CheckResult.PASSED;
        if (allPassed && anchor != null) {
            return new Validation.Verified(anchor);
        }
        return new Validation.Claimed(unchecked != null ? unchecked : "not every check could be made");
    }

    private Provenance broken(String reason, int manifestCount) {
        fail("c2pa.structure.unreadable", Check.STRUCTURE, reason);
        return result(manifestCount);
    }

    private Provenance result(int manifestCount) {
        String label = active == null ? null : active.label();
        String generator = claim == null ? null : claim.generator();
        String title = claim == null ? null : claim.title();
        return new Provenance(validation(), checks, carrier.container(), label, manifestCount, generator, title,
                signer, actions, AiDeclaration.of(actions), authors, training, labels, problems);
    }
}
