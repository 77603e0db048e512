package org.photodesk.core.event;

import java.util.Objects;

/**
 * A role the text gives a person or group, with the word that gives it and the sentence it is in.
 *
 * @param cue the word as written: a role noun ("pianist", "artists", "Actor") or a verb ("performs")
 */
public record RoleFact(Role role, String cue, SourceRef evidence) {

    public RoleFact {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(evidence, "evidence");
    }
}
