package org.photodesk.core.provenance;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * Keys and certificates made in the test with Bouncy Castle: a self-signed test root CA, signers it certifies (for
 * each COSE algorithm C2PA allows), and a time-stamp authority that issues RFC 3161 tokens. Nothing here is a real
 * credential; everything is generated afresh on each run.
 */
final class TestCredentials {

    /** The default validity of test certificates: wide, so that tests do not depend on today's date. */
    static final Instant NOT_BEFORE = Instant.parse("2020-01-01T00:00:00Z");
    static final Instant NOT_AFTER = Instant.parse("2120-01-01T00:00:00Z");
    static final String DOCUMENT_SIGNING = "1.3.6.1.5.5.7.3.36";

    /** A COSE algorithm with the key pair generator settings and JDK signature it needs. */
    enum Algorithm {
        ES256(-7, "EC", "secp256r1", "SHA256withECDSAinP1363Format"),
        ES384(-35, "EC", "secp384r1", "SHA384withECDSAinP1363Format"),
        ES512(-36, "EC", "secp521r1", "SHA512withECDSAinP1363Format"),
        PS256(-37, "RSA", null, "RSASSA-PSS"),
        ED25519(-8, "Ed25519", null, "Ed25519");

        final int coseId;
        final String keyAlgorithm;
        final String curve;
        final String jdkSignature;

        Algorithm(int coseId, String keyAlgorithm, String curve, String jdkSignature) {
            this.coseId = coseId;
            this.keyAlgorithm = keyAlgorithm;
            this.curve = curve;
            this.jdkSignature = jdkSignature;
        }
    }

    /** A certificate authority: its key and self-signed certificate. */
    record Authority(KeyPair keys, X509Certificate certificate) {}

    /** A signer: its algorithm, key and certificate chain (signer first, root excluded). */
    record Signer(Algorithm algorithm, PrivateKey key, List<X509Certificate> chain) {

        /** The COSE signature of {@code data} (raw r||s for ECDSA). */
        byte[] sign(byte[] data) {
            try {
                Signature s = Signature.getInstance(algorithm.jdkSignature);
                if (algorithm == Algorithm.PS256) {
                    s.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
                }
                s.initSign(key);
                s.update(data);
                return s.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A time-stamp authority that stamps at a fixed time. */
    record TimeStampAuthority(KeyPair keys, X509Certificate certificate) {

        /** An RFC 3161 TimeStampToken (DER) over {@code data} at {@code time}. */
        byte[] token(byte[] data, Instant time) {
            try {
                return generator().generate(request(data), BigInteger.valueOf(42), Date.from(time)).getEncoded();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** An RFC 3161 TimeStampResp (DER) over {@code data} at {@code time}, as C2PA 1.x stores it. */
        byte[] response(byte[] data, Instant time) {
            try {
                var responses = new TimeStampResponseGenerator(generator(), TSPAlgorithms.ALLOWED);
                return responses.generate(request(data), BigInteger.valueOf(42), Date.from(time)).getEncoded();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private TimeStampTokenGenerator generator() throws Exception {
            var signerInfo = new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", keys.getPrivate(),
                    certificate);
            var digest = new JcaDigestCalculatorProviderBuilder().build()
                    .get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(TSPAlgorithms.SHA256));
            var generator = new TimeStampTokenGenerator(signerInfo, digest, new ASN1ObjectIdentifier("1.2.3.4.1"));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            return generator;
        }

        private static TimeStampRequest request(byte[] data) throws GeneralSecurityException {
            var requests = new TimeStampRequestGenerator();
            requests.setCertReq(true);
            return requests.generate(TSPAlgorithms.SHA256, MessageDigest.getInstance("SHA-256").digest(data));
        }
    }

    private TestCredentials() {}

    /** A self-signed test root CA named {@code name}. */
    static Authority root(String name) {
        KeyPair keys = keys(Algorithm.ES256);
        X500Name subject = new X500Name("CN=" + name + ",O=Photodesk Test CA,C=XX");
        return new Authority(keys, certificate(subject, subject, keys.getPublic(), null, keys.getPrivate(), true,
                null, NOT_BEFORE, NOT_AFTER));
    }

    /** A signer for {@code algorithm} certified by {@code root}, valid for the default wide period. */
    static Signer signer(Authority root, Algorithm algorithm) {
        return signer(root, algorithm, NOT_BEFORE, NOT_AFTER, DOCUMENT_SIGNING);
    }

    /** A signer for {@code algorithm} certified by {@code root}, valid from {@code from} to {@code to}. */
    static Signer signer(Authority root, Algorithm algorithm, Instant from, Instant to, String eku) {
        KeyPair keys = keys(algorithm);
        X500Name subject = new X500Name("CN=Photodesk Test Signer,O=Photodesk Test Newsroom,C=XX");
        X500Name issuer = X500Name.getInstance(root.certificate().getSubjectX500Principal().getEncoded());
        X509Certificate cert = certificate(issuer, subject, keys.getPublic(), root.keys().getPublic(),
                root.keys().getPrivate(), false, eku, from, to);
        return new Signer(algorithm, keys.getPrivate(), List.of(cert));
    }

    /** A self-signed signer (no CA): the simplest credential a tool can make. */
    static Signer selfSigned(Algorithm algorithm) {
        KeyPair keys = keys(algorithm);
        X500Name subject = new X500Name("CN=Self Signed Test,O=Photodesk Self Test,C=XX");
        X509Certificate cert = certificate(subject, subject, keys.getPublic(), null, keys.getPrivate(), false,
                DOCUMENT_SIGNING, NOT_BEFORE, NOT_AFTER);
        return new Signer(algorithm, keys.getPrivate(), List.of(cert));
    }

    /** A time-stamp authority certified by {@code root}. */
    static TimeStampAuthority tsa(Authority root) {
        KeyPair keys = keys(Algorithm.PS256);
        X500Name subject = new X500Name("CN=Photodesk Test TSA,O=Photodesk Test CA,C=XX");
        X500Name issuer = X500Name.getInstance(root.certificate().getSubjectX500Principal().getEncoded());
        try {
            var builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(System.nanoTime()),
                    Date.from(NOT_BEFORE), Date.from(NOT_AFTER), subject, keys.getPublic());
            builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            var ids = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.subjectKeyIdentifier, false, ids.createSubjectKeyIdentifier(keys.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    ids.createAuthorityKeyIdentifier(root.keys().getPublic()));
            var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(root.keys().getPrivate());
            return new TimeStampAuthority(keys, new JcaX509CertificateConverter().getCertificate(builder.build(signer)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair keys(Algorithm algorithm) {
        try {
            var generator = KeyPairGenerator.getInstance(algorithm.keyAlgorithm);
            if (algorithm.curve != null) {
                generator.initialize(new ECGenParameterSpec(algorithm.curve));
            } else if (algorithm.keyAlgorithm.equals("RSA")) {
                generator.initialize(2048);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(X500Name issuer, X500Name subject, PublicKey key, PublicKey issuerPublic,
            PrivateKey issuerKey, boolean ca, String eku, Instant from, Instant to) {
        try {
            var builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(System.nanoTime()),
                    Date.from(from), Date.from(to.truncatedTo(ChronoUnit.SECONDS)), subject, key);
            var ids = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.subjectKeyIdentifier, false, ids.createSubjectKeyIdentifier(key));
            if (issuerPublic != null) {
                builder.addExtension(Extension.authorityKeyIdentifier, false,
                        ids.createAuthorityKeyIdentifier(issuerPublic));
            }
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
            if (eku != null) {
                builder.addExtension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(KeyPurposeId.getInstance(new ASN1ObjectIdentifier(eku))));
            }
            String sigAlg = issuerKey.getAlgorithm().equals("EC") ? "SHA256withECDSA"
                    : issuerKey.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "Ed25519";
            var signer = new JcaContentSignerBuilder(sigAlg).build(issuerKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
