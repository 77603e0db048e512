package org.photodesk.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * One source's place in the kept events: which group of linked sources it is in, when it came into the library, what
 * the grouping rules read from it (its signature, as text) and a digest of what it said when last read.
 *
 * @param memberId an article's source id or {@code photo:<id>}
 * @param group the key of its group of linked sources (before the editors' decisions), opaque
 * @param addedAt when it came into the library ({@link Instant#MAX} when unknown); the earliest member anchors an event
 * @param signature the grouping rules' reading of it, as {@code SignatureText} writes it
 * @param digest changes when anything the events list shows about it may have changed
 * @param changed the store's event version when this row was last written (0 for a row not stored yet)
 */
public record EventMember(String memberId, String group, Instant addedAt, String signature, String digest,
        long changed) {

    public EventMember {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(group, "group");
        addedAt = addedAt == null ? Instant.MAX : addedAt;
        Objects.requireNonNull(signature, "signature");
        digest = digest == null ? "" : digest;
    }
}
