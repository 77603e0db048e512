package org.photodesk.core.provenance;

import java.util.List;

/**
 * What a manifest's actions declare about algorithmically generated content: none, some (an edit or placed
 * element was generated, or the picture is a composite with synthetic parts), or the whole picture.
 */
public enum AiDeclaration {
    /** No action declares a synthetic digital source type. */
    NONE,
    /** The picture was edited with, or composited from, generated content ("AI-edited"). */
    EDITED,
    /** The picture was created by a generative model or another algorithm ("AI-generated"). */
    GENERATED;

    /**
     * What {@code actions} declare: {@code GENERATED} when a {@code c2pa.created} action names
     * {@code trainedAlgorithmicMedia} or {@code algorithmicMedia}; {@code EDITED} when any other action, or a
     * composite source type, names a synthetic term; {@code NONE} otherwise.
     */
    public static AiDeclaration of(List<C2paAction> actions) {
        AiDeclaration result = NONE;
        for (C2paAction action : actions) {
            AiDeclaration one = ofAction(action);
            if (one.compareTo(result) > 0) {
                result = one;
            }
        }
        return result;
    }

    private static AiDeclaration ofAction(C2paAction action) {
        DigitalSourceType type = action.sourceType().orElse(null);
        if (type == null || !type.synthetic()) {
            return NONE;
        }
        boolean whole = type == DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA
                || type == DigitalSourceType.ALGORITHMIC_MEDIA;
        return whole && action.creates() ? GENERATED : EDITED;
    }
}
