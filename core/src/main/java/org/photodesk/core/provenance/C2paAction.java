package org.photodesk.core.provenance;

import java.util.Objects;
import java.util.Optional;

/**
 * One action of a C2PA {@code c2pa.actions} assertion: what was done to the picture and, where declared, how its
 * content came to be.
 *
 * @param action the action name, such as {@code c2pa.created}, {@code c2pa.edited} or {@code c2pa.placed}
 * @param digitalSourceType the declared IPTC digital source type URI, or null
 * @param softwareAgent the tool that performed it (name and version), or null
 * @param when the time the manifest gives, as written, or null
 * @param description the action's free-text description, or null
 */
public record C2paAction(String action, String digitalSourceType, String softwareAgent, String when,
        String description) {

    public C2paAction {
        Objects.requireNonNull(action, "action");
    }

    /** The IPTC term the digital source type names, if it names one. */
    public Optional<DigitalSourceType> sourceType() {
        return DigitalSourceType.find(digitalSourceType);
    }

    /** True for {@code c2pa.created}: the action that made the content from nothing. */
    public boolean creates() {
        return action.equals("c2pa.created");
    }
}
