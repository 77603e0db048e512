package org.photodesk.core.event;

import java.util.Objects;

/**
 * Something derived from the events (the list's summaries), kept as text with the event version it was made at.
 *
 * @param version the {@link EventState#version()} it was made at
 * @param text what was kept
 */
public record EventCache(long version, String text) {

    public EventCache {
        Objects.requireNonNull(text, "text");
    }
}
