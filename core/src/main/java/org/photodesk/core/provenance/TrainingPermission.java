package org.photodesk.core.provenance;

import java.util.Objects;

/**
 * One entry of a C2PA training-and-mining assertion: whether the signer allows a use such as
 * {@code c2pa.ai_generative_training}.
 *
 * @param use the use named, such as {@code c2pa.ai_training} or {@code c2pa.data_mining}
 * @param permission {@code allowed}, {@code notAllowed} or {@code constrained}, as written
 * @param constraint the constraint text for {@code constrained}, or null
 */
public record TrainingPermission(String use, String permission, String constraint) {

    public TrainingPermission {
        Objects.requireNonNull(use, "use");
        Objects.requireNonNull(permission, "permission");
    }
}
