package org.photodesk.core.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.photodesk.core.photo.Problem;

/**
 * A C2PA claim signature: a COSE_Sign1 structure (RFC 9052, tag 18) {@code [protected, unprotected, payload,
 * signature]} whose payload is detached (nil) because it is the claim itself.
 *
 * @param protectedBytes the protected header exactly as encoded (it is part of what was signed)
 * @param protectedHeader the decoded protected header
 * @param unprotected the unprotected header (time stamps {@code sigTst}/{@code sigTst2}, OCSP data, padding)
 * @param signature the signature bytes
 * @param algorithm the algorithm the protected header names, or null when missing or not allowed by C2PA
 * @param algorithmId the raw {@code alg} value, or null when missing
 * @param chain the {@code x5chain} certificates, signer first
 */
record CoseSign1(byte[] protectedBytes, JsonNode protectedHeader, JsonNode unprotected, byte[] signature,
        CoseAlgorithm algorithm, Long algorithmId, List<X509Certificate> chain) {

    /** Most certificates read from one {@code x5chain}. */
    static final int MAX_CHAIN = 16;

    private static final String ALG = "1";
    private static final String X5CHAIN = "33";

    /** The COSE_Sign1 in {@code node}, or empty with a problem when it is not one. */
    static Optional<CoseSign1> of(JsonNode node, Cbor cbor, List<Problem> problems) {
        if (!node.isArray() || node.size() != 4 || !node.get(0).isBinary() || !node.get(3).isBinary()) {
            problems.add(Problem.of("c2pa.signature.malformed", "the C2PA signature is not a COSE_Sign1 array of"
                    + " protected header, unprotected header, payload and signature; the manifest is damaged"));
            return Optional.empty();
        }
        byte[] protectedBytes = Cbor.binary(node, 0);
        byte[] signature = Cbor.binary(node, 3);
        JsonNode header = protectedBytes.length == 0 ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                : cbor.read(protectedBytes, 0, protectedBytes.length, "the signature's protected header", problems)
                        .orElse(null);
        if (header == null || !header.isObject()) {
            problems.add(Problem.of("c2pa.signature.malformed", "the signature's protected header is not a map"));
            return Optional.empty();
        }
        JsonNode unprotected = node.get(1).isObject() ? node.get(1) : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        Long algId = header.has(ALG) && header.get(ALG).canConvertToLong() ? header.get(ALG).asLong() : null;
        CoseAlgorithm alg = algId == null ? null : CoseAlgorithm.find(algId).orElse(null);
        return Optional.of(new CoseSign1(protectedBytes, header, unprotected, signature, alg, algId,
                chain(header, unprotected, problems)));
    }

    /** The bytes the signer signed over {@code claim}: the Sig_structure with an empty external AAD. */
    byte[] toBeSigned(byte[] claim) {
        return Cbor.sigStructure("Signature1", protectedBytes, new byte[0], claim);
    }

    /** The signing certificate, if the chain has one. */
    Optional<X509Certificate> signer() {
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.getFirst());
    }

    private static List<X509Certificate> chain(JsonNode header, JsonNode unprotected, List<Problem> problems) {
        JsonNode x5 = first(header.get(X5CHAIN), header.get("x5chain"), unprotected.get(X5CHAIN),
                unprotected.get("x5chain"));
        if (x5 == null) {
            return List.of();
        }
        var certs = new ArrayList<X509Certificate>();
        for (JsonNode item : x5.isArray() ? x5 : List.of(x5)) {
            if (certs.size() >= MAX_CHAIN) {
                break;
            }
            X509Certificate cert = certificate(item, problems);
            if (cert == null) {
                return List.of();
            }
            certs.add(cert);
        }
        return List.copyOf(certs);
    }

    private static X509Certificate certificate(JsonNode item, List<Problem> problems) {
        try {
            byte[] der = item.isBinary() ? item.binaryValue() : null;
            if (der != null) {
                var factory = CertificateFactory.getInstance("X.509");
                return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
            }
        } catch (CertificateException | java.io.IOException | RuntimeException e) {
            // reported below
        }
        problems.add(Problem.of("c2pa.signature.badCertificate", "a certificate in the signature's x5chain is not"
                + " a readable X.509 certificate; the signer cannot be named or checked"));
        return null;
    }

    private static JsonNode first(JsonNode... nodes) {
        for (JsonNode n : nodes) {
            if (n != null && !n.isNull()) {
                return n;
            }
        }
        return null;
    }
}
