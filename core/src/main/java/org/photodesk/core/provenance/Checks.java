package org.photodesk.core.provenance;

import java.util.Objects;

/**
 * What was and was not verified for a manifest, check by check, so the desk can say it plainly.
 *
 * @param structure the manifest store, the active manifest, its claim and its signature could be read
 * @param assertions every assertion the claim lists is present and matches the hash the claim gives it
 * @param signature the COSE_Sign1 signature over the claim verifies with the signing certificate's public key
 * @param binding the hard binding to the file: {@code c2pa.hash.data} recomputed over the file's bytes (other
 *     bindings, such as {@code c2pa.hash.boxes}, are {@code NOT_CHECKED})
 * @param certificate the signing certificate was valid (dates, key usage) at the signing time
 * @param trust the certificate chain ends in a configured trust anchor ({@code NOT_CHECKED} with no anchors)
 */
public record Checks(CheckResult structure, CheckResult assertions, CheckResult signature, CheckResult binding,
        CheckResult certificate, CheckResult trust) {

    /** Nothing checked yet. */
    public static final Checks NONE = new Checks(CheckResult.NOT_CHECKED, CheckResult.NOT_CHECKED,
            CheckResult.NOT_CHECKED, CheckResult.NOT_CHECKED, CheckResult.NOT_CHECKED, CheckResult.NOT_CHECKED);

    public Checks {
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(assertions, "assertions");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(trust, "trust");
    }

    Checks withStructure(CheckResult r) {
        return new Checks(r, assertions, signature, binding, certificate, trust);
    }

    Checks withAssertions(CheckResult r) {
        return new Checks(structure, r, signature, binding, certificate, trust);
    }

    Checks withSignature(CheckResult r) {
        return new Checks(structure, assertions, r, binding, certificate, trust);
    }

    Checks withBinding(CheckResult r) {
        return new Checks(structure, assertions, signature, r, certificate, trust);
    }

    Checks withCertificate(CheckResult r) {
        return new Checks(structure, assertions, signature, binding, r, trust);
    }

    Checks withTrust(CheckResult r) {
        return new Checks(structure, assertions, signature, binding, certificate, r);
    }
}
