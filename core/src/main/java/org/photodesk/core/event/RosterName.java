package org.photodesk.core.event;

import java.util.List;
import java.util.Objects;

/**
 * A name the desk says is right for an event's captions, with other spellings of it (aliases) that captions may use
 * or that a check should flag.
 *
 * @param eventName the event it belongs to, as the desk names it ("Paris 2024 closing ceremony")
 */
public record RosterName(String eventName, String name, List<String> aliases) {

    public RosterName {
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(name, "name");
        eventName = eventName.strip();
        name = name.strip();
        if (eventName.isEmpty() || name.isEmpty()) {
            throw new IllegalArgumentException("a roster name needs an event and a name, both non-blank");
        }
        aliases = aliases == null ? List.of()
                : aliases.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
    }
}
