package org.photodesk.core.provenance;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Optional;

/**
 * The COSE signature algorithms C2PA allows (RFC 9053 and RFC 8230 identifiers), checked with the JDK's providers:
 * ECDSA with the raw {@code r || s} signature COSE uses, RSASSA-PSS with MGF1 over the same hash and a salt as
 * long as the hash, and Ed25519.
 */
enum CoseAlgorithm {
    ES256(-7, "SHA256withECDSAinP1363Format", "EC", null),
    ES384(-35, "SHA384withECDSAinP1363Format", "EC", null),
    ES512(-36, "SHA512withECDSAinP1363Format", "EC", null),
    PS256(-37, "RSASSA-PSS", "RSA", new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1)),
    PS384(-38, "RSASSA-PSS", "RSA", new PSSParameterSpec("SHA-384", "MGF1", MGF1ParameterSpec.SHA384, 48, 1)),
    PS512(-39, "RSASSA-PSS", "RSA", new PSSParameterSpec("SHA-512", "MGF1", MGF1ParameterSpec.SHA512, 64, 1)),
    ED25519(-8, "Ed25519", "EdDSA", null);

    private final int id;
    private final String jdkName;
    private final String keyAlgorithm;
    private final PSSParameterSpec pss;

    CoseAlgorithm(int id, String jdkName, String keyAlgorithm, PSSParameterSpec pss) {
        this.id = id;
        this.jdkName = jdkName;
        this.keyAlgorithm = keyAlgorithm;
        this.pss = pss;
    }

    /** The algorithm with COSE identifier {@code id}. */
    static Optional<CoseAlgorithm> find(long id) {
        for (CoseAlgorithm a : values()) {
            if (a.id == id) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The COSE identifier, such as -7 for ES256. */
    int id() {
        return id;
    }

    /** True when {@code key} is of the kind this algorithm needs (EC, RSA, Ed25519). */
    boolean fits(PublicKey key) {
        if (key instanceof ECPublicKey ec) {
            int bits = ec.getParams().getCurve().getField().getFieldSize();
            return keyAlgorithm.equals("EC") && bits == switch (this) {
                case ES256 -> 256;
                case ES384 -> 384;
                default -> 521;
            };
        }
        String alg = key.getAlgorithm();
        return keyAlgorithm.equals(alg) || (keyAlgorithm.equals("EdDSA") && alg.equals("Ed25519"))
                || (keyAlgorithm.equals("RSA") && alg.equals("RSASSA-PSS"));
    }

    /** True when {@code signature} over {@code data} verifies with {@code key}; false for any malformed input. */
    boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature s = Signature.getInstance(jdkName);
            if (pss != null) {
                s.setParameter(pss);
            }
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
