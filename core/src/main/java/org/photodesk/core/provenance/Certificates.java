package org.photodesk.core.provenance;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * The checks of a C2PA signing certificate the JDK can make: its dates at the signing time, its key usage, its
 * extended key usage (the C2PA list), and a PKIX path to a configured trust anchor. Revocation (OCSP, CRL) is not
 * checked: that needs the network or OCSP responses stapled in the manifest, which are not read here.
 */
final class Certificates {

    /** The extended key usages C2PA accepts for claim signing (C2PA 2.x, section "Certificate profile"). */
    static final Set<String> C2PA_EKUS = Set.of("1.3.6.1.5.5.7.3.4", "1.3.6.1.5.5.7.3.36", "1.3.6.1.5.5.7.3.8",
            "1.3.6.1.5.5.7.3.9", "1.3.6.1.4.1.311.76.59.1.9", "1.3.6.1.4.1.62558.2.1");

    private Certificates() {}

    /** The outcome of chaining to the anchors: the anchor reached, or why none was. */
    record Chain(String anchor, String reason) {
        boolean trusted() {
            return anchor != null;
        }
    }

    /**
     * Why {@code cert} could not sign at {@code at}, or null when it could: its dates, its key usage, and the C2PA
     * certificate profile's rules that it is neither a CA nor self-signed (as c2pa-rs checks them).
     */
    static String usableProblem(X509Certificate cert, Instant at) {
        if (at.isBefore(cert.getNotBefore().toInstant())) {
            return "the signing certificate was not yet valid at " + at + " (valid from "
                    + cert.getNotBefore().toInstant() + ")";
        }
        if (at.isAfter(cert.getNotAfter().toInstant())) {
            return "the signing certificate had expired at " + at + " (valid until "
                    + cert.getNotAfter().toInstant() + ")";
        }
        boolean[] usage = cert.getKeyUsage();
        if (usage != null && !usage[0]) {
            return "the signing certificate's key usage does not allow digital signatures";
        }
        if (cert.getBasicConstraints() >= 0) {
            return "the signing certificate is a CA certificate, which C2PA forbids";
        }
        return selfIssued(cert) ? "the signing certificate is self-signed, which C2PA forbids (ask the signer for a"
                + " certificate issued by a certificate authority)" : null;
    }

    /** Why {@code cert}'s extended key usage is not one C2PA accepts, or null when it is. */
    static String ekuProblem(X509Certificate cert) {
        try {
            List<String> ekus = cert.getExtendedKeyUsage();
            if (ekus == null || ekus.stream().noneMatch(C2PA_EKUS::contains)) {
                return "the signing certificate has no extended key usage C2PA accepts (such as document signing"
                        + " or email protection)";
            }
            return null;
        } catch (CertificateParsingException e) {
            return "the signing certificate's extended key usage is unreadable";
        }
    }

    /** Whether {@code chain} (signer first) leads to one of {@code anchors} at {@code at}. */
    static Chain chain(List<X509Certificate> chain, List<X509Certificate> anchors, Instant at) {
        var path = new ArrayList<X509Certificate>();
        for (X509Certificate cert : chain) {
            if (anchors.contains(cert)) {
                return path.isEmpty() ? new Chain(name(cert.getSubjectX500Principal()), null) : pkix(path, anchors, at);
            }
            path.add(cert);
        }
        while (path.size() > 1 && selfIssued(path.getLast())) {
            path.removeLast();
        }
        return pkix(path, anchors, at);
    }

    private static Chain pkix(List<X509Certificate> path, List<X509Certificate> anchors, Instant at) {
        try {
            Set<TrustAnchor> trust = new HashSet<>();
            anchors.forEach(a -> trust.add(new TrustAnchor(a, null)));
            var params = new PKIXParameters(trust);
            params.setRevocationEnabled(false);
            params.setDate(Date.from(at));
            var certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            var result = (java.security.cert.PKIXCertPathValidatorResult)
                    CertPathValidator.getInstance("PKIX").validate(certPath, params);
            return new Chain(name(result.getTrustAnchor().getTrustedCert().getSubjectX500Principal()), null);
        } catch (GeneralSecurityException | RuntimeException e) {
            return new Chain(null, "the signer " + name(path.getFirst().getSubjectX500Principal())
                    + " does not chain to a configured trust anchor (" + e.getMessage() + ")");
        }
    }

    private static boolean selfIssued(X509Certificate cert) {
        return cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal());
    }

    /** The signer {@code cert} names, with the algorithm and signing time given. */
    static Signer signer(X509Certificate cert, String algorithm, Instant signedAt) {
        X500Name subject = x500(cert.getSubjectX500Principal());
        return new Signer(dn(cert.getSubjectX500Principal()), dn(cert.getIssuerX500Principal()), rdn(subject, BCStyle.CN),
                rdn(subject, BCStyle.O), algorithm, signedAt, cert.getNotBefore().toInstant(),
                cert.getNotAfter().toInstant());
    }

    /** The RFC 2253 form of {@code principal}, with e-mail addresses as text rather than hex. */
    static String dn(X500Principal principal) {
        try {
            return principal.getName(X500Principal.RFC2253, Map.of("1.2.840.113549.1.9.1", "EMAILADDRESS"));
        } catch (RuntimeException malformed) {
            return "(an unreadable name)";
        }
    }

    /** A short name for a certificate's subject: its O, else its CN, else the whole DN. */
    static String name(X500Principal principal) {
        X500Name name = x500(principal);
        String o = rdn(name, BCStyle.O);
        String cn = rdn(name, BCStyle.CN);
        if (cn != null && o != null) {
            return cn + " (" + o + ")";
        }
        return cn != null ? cn : o != null ? o : dn(principal);
    }

    /** The first {@code type} attribute of {@code name}, or null when absent or not decodable as text. */
    private static String rdn(X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        try {
            RDN[] rdns = name.getRDNs(type);
            if (rdns.length == 0) {
                return null;
            }
            var value = rdns[0].getFirst().getValue();
            return value instanceof ASN1String s ? s.getString() : IETFUtils.valueToString(value);
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    private static X500Name x500(X500Principal principal) {
        try {
            return X500Name.getInstance(principal.getEncoded());
        } catch (RuntimeException malformed) {
            return new X500Name(new RDN[0]);
        }
    }
}
