package org.photodesk.core.event;

import java.util.List;
import java.util.Objects;

/**
 * A photographer credited in the event's captions, for one agency.
 *
 * @param photos how many distinct photos credit them
 */
public record Photographer(String name, String agency, List<String> sources, int photos) {

    public Photographer {
        Objects.requireNonNull(name, "name");
        sources = List.copyOf(sources);
    }
}
