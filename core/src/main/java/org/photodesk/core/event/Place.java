package org.photodesk.core.event;

import java.util.List;
import java.util.Objects;

/**
 * A venue, city or country of an event, with the other spellings seen and the sentences that name it.
 */
public record Place(String name, List<String> variants, List<SourceRef> evidence) {

    public Place {
        Objects.requireNonNull(name, "name");
        variants = List.copyOf(variants);
        evidence = List.copyOf(evidence);
    }
}
