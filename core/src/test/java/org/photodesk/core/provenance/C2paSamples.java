package org.photodesk.core.provenance;

import java.util.List;
import org.photodesk.core.provenance.C2paTestWriter.Spec;
import org.photodesk.core.provenance.TestCredentials.Algorithm;
import org.photodesk.core.provenance.TestCredentials.Authority;
import org.photodesk.core.provenance.TestCredentials.Signer;
import org.photodesk.core.provenance.TestCredentials.TimeStampAuthority;

/**
 * Content Credentials for the tests of other packages (ingest, desk, CLI): JPEGs signed by a test signer chained to
 * a test root, written by {@link C2paTestWriter}. Make one and reuse it: each makes its keys once.
 */
public final class C2paSamples {

    private final Authority root = TestCredentials.root("Photodesk Test Root");
    private final Signer signer = TestCredentials.signer(root, Algorithm.ES256);
    private final TimeStampAuthority tsa = TestCredentials.tsa(root);

    /** {@code jpeg} signed as a picture made by a generative model ({@code trainedAlgorithmicMedia}). */
    public byte[] aiGenerated(byte[] jpeg) {
        return C2paTestWriter.signJpeg(jpeg, Spec.aiGenerated(), signer, tsa).file();
    }

    /** {@code jpeg} signed as a camera capture ({@code digitalCapture}). */
    public byte[] captured(byte[] jpeg) {
        Spec spec = Spec.aiGenerated().withActions(List.of(Spec.action("c2pa.created",
                C2paTestWriter.IPTC + "digitalCapture")));
        return C2paTestWriter.signJpeg(jpeg, spec, signer, tsa).file();
    }

    /** {@code jpeg} signed as a capture, then one byte of its picture changed: the binding fails. */
    public byte[] tampered(byte[] jpeg) {
        byte[] signed = captured(jpeg);
        return C2paFixtures.flip(signed, signed.length - 20);
    }
}
