package org.photodesk.core.ingest;

import java.util.List;
import org.photodesk.core.photo.PhotoProvenance;
import org.photodesk.core.provenance.AiDeclaration;
import org.photodesk.core.provenance.C2paAction;
import org.photodesk.core.provenance.DigitalSourceType;
import org.photodesk.core.provenance.Provenance;
import org.photodesk.core.provenance.Signer;
import org.photodesk.core.provenance.Validation;

/**
 * Turns a file's full C2PA reading and its XMP digital source type into the {@link PhotoProvenance} a photo keeps:
 * the state, a sentence, generator, signer, AI declaration and source type in words.
 */
public final class ProvenanceSummary {

    private ProvenanceSummary() {}

    /**
     * What a photo keeps of {@code credentials}; the digital source type is the one the credentials' actions declare,
     * else {@code xmpDigitalSourceType} (the file's {@code Iptc4xmpExt:DigitalSourceType}, may be null).
     */
    public static PhotoProvenance of(Provenance credentials, String xmpDigitalSourceType) {
        List<String> declared = credentials.digitalSourceTypes();
        String type = declared.isEmpty() ? xmpDigitalSourceType : declared.getFirst();
        boolean synthetic = credentials.synthetic() || DigitalSourceType.isSynthetic(type)
                || DigitalSourceType.isSynthetic(xmpDigitalSourceType);
        return new PhotoProvenance(state(credentials.validation()),
                credentials.present() ? credentials.validation().summary() : null,
                credentials.generator(),
                credentials.findSigner().map(Signer::displayName).orElse(null),
                credentials.findSigner().map(Signer::signedAt).orElse(null),
                ai(credentials.ai()), type, DigitalSourceType.describe(type), synthetic,
                credentials.actions().stream().map(C2paAction::action).toList());
    }

    private static PhotoProvenance.State state(Validation validation) {
        return switch (validation) {
            case Validation.Verified v -> PhotoProvenance.State.VERIFIED;
            case Validation.Claimed c -> PhotoProvenance.State.CLAIMED;
            case Validation.Invalid i -> PhotoProvenance.State.INVALID;
            case Validation.Absent a -> PhotoProvenance.State.NONE;
        };
    }

    private static PhotoProvenance.Ai ai(AiDeclaration declaration) {
        return switch (declaration) {
            case NONE -> PhotoProvenance.Ai.NONE;
            case EDITED -> PhotoProvenance.Ai.EDITED;
            case GENERATED -> PhotoProvenance.Ai.GENERATED;
        };
    }
}
