package org.photodesk.core.search;

import org.photodesk.core.photo.Photo;

/**
 * The order of a photo's states as the search index sees them: one number that grows with every change of what its
 * document holds, so that an index can refuse a document of an earlier state sent after one of a later state (two
 * writers that read the store at different moments, such as two desk nodes on one shared index).
 */
public final class DocumentOrder {

    private DocumentOrder() {}

    /**
     * The state of {@code photo}: its version (each edit, re-send and kill adds one), then whether its perceptual
     * hash is made, the one change of a document that keeps the version (a hash is made once per original, and a new
     * original starts a new version without one).
     */
    public static long of(Photo photo) {
        return 2L * photo.version() + (photo.perceptualHash() != null ? 1 : 0);
    }
}
