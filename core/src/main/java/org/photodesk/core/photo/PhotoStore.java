package org.photodesk.core.photo;

import java.util.List;
import java.util.Optional;

/**
 * The port to the library's source of truth: photos, their versions and the ordered log of changes that the
 * search index follows. Implementations must make each write atomic.
 */
public interface PhotoStore extends AutoCloseable {

    Optional<Photo> findById(long id);

    /**
     * The photos of {@code ids} that exist, in the order asked (an id asked twice comes twice); implementations
     * should read them in one go, for a page of a hundred.
     */
    default List<Photo> findByIds(List<Long> ids) {
        return ids.stream().map(this::findById).flatMap(Optional::stream).toList();
    }

    /**
     * As {@link #findByIds}, for list views that show no raw tags: an implementation may leave
     * {@link Photo#raw()} as {@link RawMetadata#EMPTY} to read less; every other component is as stored.
     */
    default List<Photo> findListed(List<Long> ids) {
        return findByIds(ids);
    }

    Optional<Photo> findBySha256(String sha256);

    /** The photo an agency re-send refers to: same transmission reference from the same source (credit). */
    Optional<Photo> findByTransmissionReference(String transmissionReference);

    Optional<Photo> findByPixelHash(String pixelHash);

    /** Stores a new photo and logs the change. */
    Photo add(PhotoRecord record);

    /**
     * Stores a new version of photo {@code id} (an agency re-send): the previous version goes to its history,
     * editors' edits are applied again on top of the new embedded metadata, and the change is logged.
     */
    Photo replace(long id, PhotoRecord record);

    /** Earlier versions of a photo, oldest first. */
    List<PhotoVersion> history(long id);

    /** Photos with id greater than {@code afterId}, in id order, at most {@code limit}. */
    List<Photo> page(long afterId, int limit);

    long count();

    /** The sequence number of the newest change; 0 for an empty store. */
    long lastChange();

    /** Ids of photos changed after sequence {@code sinceChange}, each once. */
    List<Long> changedSince(long sinceChange);

    @Override
    void close();
}
