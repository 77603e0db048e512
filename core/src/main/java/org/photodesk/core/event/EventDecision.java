package org.photodesk.core.event;

import java.util.List;
import java.util.Objects;

/**
 * An editor's decision about events, kept so that it is applied again each time the events are rebuilt. Decisions
 * name events by their members (article source ids, {@code photo:<id>}), never by event ids, which are derived.
 */
public sealed interface EventDecision {

    /** Gives the event holding {@code member} the name {@code name}. */
    record Rename(String member, String name) implements EventDecision {
        public Rename {
            Objects.requireNonNull(member, "member");
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("an event needs a non-blank name: give the new name");
            }
            name = name.strip();
        }
    }

    /** Makes the events holding {@code first} and {@code second} one event, with the first one's name. */
    record Merge(String first, String second) implements EventDecision {
        public Merge {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }
    }

    /** Moves {@code members} out of their event(s) into a new event called {@code name}. */
    record Split(List<String> members, String name) implements EventDecision {
        public Split {
            members = List.copyOf(members);
            if (members.isEmpty()) {
                throw new IllegalArgumentException("a split needs at least one member to move: name articles or photo:ID");
            }
            Objects.requireNonNull(name, "name");
        }
    }
}
