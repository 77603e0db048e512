package org.photodesk.core.event;

/**
 * Where the kept events stand, read in one go: a version that moves whenever the membership, the articles or the
 * editors' decisions change, the photo store's change the membership has caught up with, and the article counts.
 *
 * @param version the event version; a cache made at this version is current
 * @param photosSeen the {@code PhotoStore.lastChange()} the membership has taken in
 * @param articles how many articles the store holds now
 * @param articlesSeen how many articles the membership has taken in
 */
public record EventState(long version, long photosSeen, int articles, int articlesSeen) {

    /** Whether articles came in that the membership has not taken in yet. */
    public boolean articlesPending() {
        return articles != articlesSeen;
    }
}
