package org.photodesk.core.provenance;

import java.time.Instant;
import java.util.Objects;

/**
 * Who signed a C2PA claim, as the signing certificate in the signature's {@code x5chain} names them.
 *
 * @param subject the certificate's subject distinguished name (RFC 2253)
 * @param issuer the certificate's issuer distinguished name (RFC 2253)
 * @param commonName the subject's CN, or null
 * @param organization the subject's O, or null
 * @param algorithm the COSE signature algorithm, such as {@code ES256}
 * @param signedAt the time of an RFC 3161 time stamp in the signature ({@code sigTst} or {@code sigTst2}), or null
 *     when there is none; the time-stamp authority is not checked against a trust list
 * @param notBefore start of the certificate's validity
 * @param notAfter end of the certificate's validity
 */
public record Signer(String subject, String issuer, String commonName, String organization, String algorithm,
        Instant signedAt, Instant notBefore, Instant notAfter) {

    public Signer {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(algorithm, "algorithm");
    }

    /** The name to show: the organisation, else the common name, else the whole subject. */
    public String displayName() {
        if (organization != null && !organization.isBlank()) {
            return organization;
        }
        return commonName != null && !commonName.isBlank() ? commonName : subject;
    }
}
