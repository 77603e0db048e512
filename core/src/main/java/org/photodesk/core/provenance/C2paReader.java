package org.photodesk.core.provenance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.photodesk.core.photo.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the C2PA Content Credentials of a JPEG (APP11 JUMBF segments) or PNG ({@code caBX} chunk) and checks them:
 * the active manifest's claim, its assertions, its COSE signature, its binding to the file's bytes, and its
 * signer's chain to the configured trust anchors.
 *
 * <p><b>Verified here:</b> every assertion the claim lists is present and matches its hash; the COSE_Sign1
 * signature over the claim (ES256, ES384, ES512, PS256, PS384, PS512, Ed25519) with the public key of the first
 * {@code x5chain} certificate; the {@code c2pa.hash.data} hash over the file's bytes minus its exclusions; the
 * signing certificate's dates (at the time-stamped signing time when the time stamp is confirmed, else now), key
 * usage, that it is neither a CA nor self-signed, and, when anchors are configured, its C2PA extended key usage and
 * a PKIX path to an anchor; an RFC 3161 time stamp's imprint and CMS signature.
 *
 * <p><b>Not verified here:</b> revocation (OCSP, CRL); the time-stamp authority's trust; ingredient manifests and
 * the manifests before the active one; other hard bindings ({@code c2pa.hash.boxes}, BMFF) and the parent binding
 * of an update manifest (both leave the state {@code Claimed}); remote manifests (an XMP {@code dcterms:provenance}
 * address is reported as a problem, never fetched); CAWG identity assertions; that the data-hash exclusions cover
 * exactly the manifest store; thumbnails; the rest of the C2PA certificate profile (key sizes, curves, AKI/SKI, the
 * signer's extended key usage when no anchors are configured). With no trust anchors (the default) a valid
 * signature is {@code Claimed}.
 *
 * <p>Never throws on file content: sizes, box counts and nesting are bounded, and every problem is kept as data.
 * Thread-safe: it keeps no state between reads.
 */
public final class C2paReader {

    private static final Logger LOG = LoggerFactory.getLogger(C2paReader.class);

    private final TrustAnchors anchors;
    private final Clock clock;
    private final Cbor cbor = new Cbor();

    /** A reader with no trust anchors, using the system clock for certificate dates without a time stamp. */
    public C2paReader() {
        this(TrustAnchors.none(), Clock.systemUTC());
    }

    /** A reader that trusts signers chaining to {@code anchors} and reads "now" from {@code clock}. */
    public C2paReader(TrustAnchors anchors, Clock clock) {
        this.anchors = Objects.requireNonNull(anchors, "anchors");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private static Provenance absent(byte[] file, List<Problem> problems) {
        RemoteManifest.find(file).ifPresent(url -> problems.add(url.startsWith("self#jumbf")
                ? Problem.of("c2pa.manifestRemoved", "the file's XMP refers to an embedded C2PA manifest (" + url
                        + ") that the file no longer carries: an editor removed it")
                : Problem.of("c2pa.remoteManifest", "the file points to a remote C2PA manifest at " + url
                        + ", which is not fetched here; check it with a C2PA tool")));
        return Provenance.absent(problems);
    }

    /** The Content Credentials of the JPEG or PNG in {@code file}; {@code Absent} for anything else. */
    public Provenance read(byte[] file) {
        var problems = new ArrayList<Problem>();
        try {
            return Carrier.find(file, problems)
                    .map(c -> new ManifestReading(file, c, cbor, anchors, clock, problems).read())
                    .orElseGet(() -> absent(file, problems));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("C2PA reader failed on a {}-byte file; reported as a problem", file.length, e);
            problems.add(Problem.of("c2pa.internal", "the Content Credentials could not be read because of a bug"
                    + " in the reader (" + e + "); please report it with the file"));
            return new Provenance(new Validation.Invalid("the reader failed on this manifest"), Checks.NONE, null,
                    null, 0, null, null, null, List.of(), AiDeclaration.NONE, List.of(), List.of(), List.of(),
                    problems);
        }
    }
}
