package org.photodesk.core.event;

import java.util.List;

/**
 * Rows of the kept events to write in one go, made from the store's state at {@code expectedVersion}: written only
 * when the store is still at that version (another writer may have moved it), which then moves on by one.
 *
 * @param expectedVersion the {@link EventState#version()} the change was made from
 * @param rows members added or changed (their {@code changed} is set by the store)
 * @param photosSeen the photo change the membership has now taken in
 * @param articlesSeen how many articles it has now taken in
 */
public record MembershipChange(long expectedVersion, List<EventMember> rows, long photosSeen, int articlesSeen) {

    public MembershipChange {
        rows = List.copyOf(rows);
    }
}
