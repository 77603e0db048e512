package org.photodesk.core.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;
import org.photodesk.core.photo.Problem;

/**
 * The RFC 3161 time stamp in a C2PA signature's unprotected header: {@code sigTst} (C2PA 1.x: a TimeStampResp or
 * token over the claim) or {@code sigTst2} (C2PA 2.x: a token over the signature), each {@code {tstTokens:
 * [{val: bytes}]}}.
 *
 * <p>Checked here: the token's message imprint matches what C2PA says it stamps (the COSE "CounterSignature"
 * structure over the claim, or over the signature for {@code sigTst2}), and the token's own CMS signature verifies
 * with the certificate it carries. Not checked: that the time-stamp authority is trusted, or its revocation.
 *
 * @param time the token's generation time
 * @param authority the subject of the certificate that signed the token, or null when it carries none
 * @param confirmed true when the imprint matches and the token's signature verifies
 */
record TimeStamp(Instant time, String authority, boolean confirmed) {

    /** The time stamp of {@code sign1} over {@code claim}, if it has a readable one. */
    static Optional<TimeStamp> of(CoseSign1 sign1, byte[] claim, List<Problem> problems) {
        JsonNode v2 = sign1.unprotected().get("sigTst2");
        JsonNode v1 = sign1.unprotected().get("sigTst");
        JsonNode container = v2 != null ? v2 : v1;
        if (container == null) {
            return Optional.empty();
        }
        JsonNode tokens = container.get("tstTokens");
        byte[] val = tokens != null && tokens.isArray() ? Cbor.binary(tokens.get(0), "val") : null;
        if (val == null) {
            problems.add(Problem.of("c2pa.timestamp.malformed", "the signature's time stamp holds no token"));
            return Optional.empty();
        }
        byte[] stamped = v2 != null ? Cbor.byteString(sign1.signature()) : claim;
        byte[] tbs = Cbor.sigStructure("CounterSignature", sign1.protectedBytes(), new byte[0], stamped);
        try {
            return token(val, problems).map(t -> check(t, tbs, problems));
        } catch (RuntimeException malformed) {
            // Bouncy Castle parses parts of a token lazily and throws unchecked exceptions on damaged ones
            problems.add(Problem.of("c2pa.timestamp.unreadable", "the signature's time stamp is damaged ("
                    + malformed.getClass().getSimpleName() + "); the signing time is unknown"));
            return Optional.empty();
        }
    }

    private static Optional<TimeStampToken> token(byte[] val, List<Problem> problems) {
        try {
            return Optional.of(new TimeStampToken(ContentInfo.getInstance(val)));
        } catch (Exception notAToken) {
            try {
                return Optional.ofNullable(new TimeStampResponse(val).getTimeStampToken());
            } catch (Exception notAResponse) {
                problems.add(Problem.of("c2pa.timestamp.unreadable", "the signature's time stamp is neither an"
                        + " RFC 3161 token nor a response; the signing time is unknown"));
                return Optional.empty();
            }
        }
    }

    private static TimeStamp check(TimeStampToken token, byte[] tbs, List<Problem> problems) {
        Instant time = token.getTimeStampInfo().getGenTime().toInstant();
        boolean imprint = imprintMatches(token, tbs);
        X509CertificateHolder tsa = tsaCertificate(token);
        boolean signed = tsa != null && signatureValid(token, tsa);
        if (!imprint || !signed) {
            problems.add(Problem.of("c2pa.timestamp.unconfirmed", "the signature's time stamp ("
                    + time + ") could not be confirmed: " + (imprint ? "" : "it stamps other data; ")
                    + (signed ? "" : "its own signature does not verify with a certificate it carries")));
        }
        return new TimeStamp(time, tsa == null ? null : tsa.getSubject().toString(), imprint && signed);
    }

    private static boolean imprintMatches(TimeStampToken token, byte[] tbs) {
        try {
            var digest = MessageDigest.getInstance(token.getTimeStampInfo().getMessageImprintAlgOID().getId());
            return MessageDigest.isEqual(digest.digest(tbs), token.getTimeStampInfo().getMessageImprintDigest());
        } catch (NoSuchAlgorithmException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static X509CertificateHolder tsaCertificate(TimeStampToken token) {
        Collection<X509CertificateHolder> matches =
                token.getCertificates().getMatches((Selector<X509CertificateHolder>) (Object) token.getSID());
        return matches.isEmpty() ? null : matches.iterator().next();
    }

    private static boolean signatureValid(TimeStampToken token, X509CertificateHolder tsa) {
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
