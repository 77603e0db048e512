package org.photodesk.core.provenance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The certificates a C2PA signer must chain to for its manifest to count as {@code Verified}: for example the
 * C2PA trust list or a newsroom's own list of agencies, as a PEM bundle. Empty by default, so every valid
 * signature is {@code Claimed}.
 *
 * @param certificates the anchor certificates, in the order given
 */
public record TrustAnchors(List<X509Certificate> certificates) {

    public TrustAnchors {
        certificates = List.copyOf(Objects.requireNonNull(certificates, "certificates"));
    }

    /** No anchors: signatures are checked, signers never trusted. */
    public static TrustAnchors none() {
        return new TrustAnchors(List.of());
    }

    /** The given anchors. */
    public static TrustAnchors of(X509Certificate... certificates) {
        return new TrustAnchors(List.of(certificates));
    }

    /**
     * The anchors in a PEM bundle ({@code -----BEGIN CERTIFICATE-----} blocks) or DER certificates.
     *
     * @throws IllegalArgumentException when the bytes hold no readable certificate, with the parser's reason
     */
    public static TrustAnchors fromPem(byte[] pem) {
        try {
            var factory = CertificateFactory.getInstance("X.509");
            var certs = new ArrayList<X509Certificate>();
            for (var cert : factory.generateCertificates(new ByteArrayInputStream(pem))) {
                certs.add((X509Certificate) cert);
            }
            if (certs.isEmpty()) {
                throw new IllegalArgumentException("no certificate found in the trust anchor bundle;"
                        + " give PEM blocks that start with -----BEGIN CERTIFICATE-----");
            }
            return new TrustAnchors(certs);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("the trust anchor bundle is not readable X.509 (" + e.getMessage()
                    + "); give PEM blocks that start with -----BEGIN CERTIFICATE-----", e);
        }
    }

    /**
     * The anchors in the PEM bundle at {@code file}.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when it holds no readable certificate
     */
    public static TrustAnchors load(Path file) throws IOException {
        return fromPem(Files.readAllBytes(file));
    }

    /** True when there are no anchors. */
    public boolean isEmpty() {
        return certificates.isEmpty();
    }
}
