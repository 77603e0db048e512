package org.photodesk.core.search;

import org.photodesk.core.photo.Photo;

/**
 * The port to the search index: derived from the {@link org.photodesk.core.photo.PhotoStore}, rebuildable at any
 * time, and aware of the last store change it has seen.
 */
public interface SearchIndex extends AutoCloseable {

    /**
     * Adds the photo, or replaces the document of the same id unless that one is of a later state of the photo
     * ({@link DocumentOrder}): an older state never replaces a newer one, whichever writer sends it last (a state as
     * late is written again). Not visible until {@link #commit(long)}.
     */
    void index(Photo photo);

    void delete(long photoId);

    /** Removes every document. Not visible until {@link #commit(long)}. */
    void clear();

    /**
     * Makes all changes searchable, recording that the index now reflects store change {@code storeChange}. An
     * adapter may make them durable a moment later (at the latest on {@link #close}): a crash in between loses
     * nothing, since the index replays the store's changes after its last durable change when it opens again.
     */
    void commit(long storeChange);

    /** The store change recorded by the last commit; 0 for a new index. */
    long lastStoreChange();

    long count();

    /** @throws IndexDamagedException when the index's files are damaged (see {@link #damage()}) */
    SearchResult search(SearchRequest request);

    /**
     * Why the index cannot be read, when its files were found damaged on opening, as one line that names the fix;
     * empty for a sound index. A damaged index takes writes without keeping them (the store keeps everything),
     * refuses searches with {@link IndexDamagedException}, and starts afresh, sound and empty, on {@link #clear()}:
     * so a rebuild from the store repairs it.
     */
    default java.util.Optional<String> damage() {
        return java.util.Optional.empty();
    }

    @Override
    void close();
}
