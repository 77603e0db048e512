package org.photodesk.core.photo;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The port to the library's source of truth: photos, their versions, the editors' edits and the ordered log of
 * changes that the search index follows. Implementations make each write atomic; the rules of what a change is
 * (edits kept over re-sends, rating bounds, history) are the domain's ({@link PhotoEditor}), not the store's.
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

    /** The photo whose current or any earlier original has this SHA-256. */
    Optional<Photo> findBySha256(String sha256);

    /**
     * The most recent photo whose embedded metadata carries this transmission reference. IPTC 2:103 is the Job Id
     * that every frame of one assignment shares: never take a match as the same picture (see {@link ItemIdentity}).
     */
    Optional<Photo> findByTransmissionReference(String transmissionReference);

    /**
     * The most recent photo whose current original carries this agency item id (one of {@link ItemIdentity#ids()},
     * such as {@code plus:ImageSupplierImageID=RTX9QK2F}).
     */
    Optional<Photo> findByItemId(String itemId);

    /** The most recent photo whose current original has these pixels. */
    Optional<Photo> findByPixelHash(String pixelHash);

    /**
     * The photos whose current original carries this agency item id, oldest first, at most {@code limit}: every
     * photo a re-send may be of (an id copied into other frames by a template is carried by several photos).
     */
    List<Photo> findAllByItemId(String itemId, int limit);

    /** The photos whose current original has these pixels, oldest first, at most {@code limit} (pool pictures). */
    List<Photo> findAllByPixelHash(String pixelHash, int limit);

    /**
     * Stores a new photo as version 1 and logs the change.
     *
     * @throws IllegalStateException when a photo already has (or had) the record's SHA-256
     */
    Photo add(PhotoRecord record);

    /**
     * Writes {@code change} in one transaction: when the photo is still at {@link PhotoChange#expectedVersion()},
     * keeps the previous version in its history when the change says so, records the edit, stores the new state
     * one version up, and logs the change.
     *
     * @throws PhotoChangedException when the photo is at another version (nothing written)
     * @throws IllegalArgumentException when there is no such photo
     * @throws IllegalStateException when a re-send's original is already another photo's
     */
    Photo update(PhotoChange change);

    /**
     * Kills photo {@code id} with {@code kill}, or lifts its kill when {@code kill} is null: in one transaction the
     * photo moves one version up (no history is kept: a kill is no metadata of the file) and the change is logged,
     * so that the search index follows. A kill survives re-sends and edits. Killing a photo that is killed already,
     * or lifting the kill of one that is not, changes nothing and returns the photo as it is (agencies repeat kills).
     *
     * @throws IllegalArgumentException when there is no such photo
     */
    Photo setKill(long id, PhotoKill kill);

    /**
     * Runs {@code work} with no other writer (thread, process or machine) changing the store meanwhile, so that
     * what {@code work} reads still holds when it writes: deciding from a look-up whether a file is new, then adding
     * it, is one step. Calls inside join it. Keep {@code work} short: other writers wait for it.
     */
    default <T> T atomically(java.util.function.Supplier<T> work) {
        synchronized (this) {
            return work.get();
        }
    }

    /** Earlier versions of a photo, oldest first. */
    List<PhotoVersion> history(long id);

    /** The edits of photo {@code id}, oldest first. */
    List<PhotoEdit> edits(long id);

    /** The fields edited so far of each photo of {@code ids} that has edits; implementations read them in one go. */
    default Map<Long, Set<String>> editedFields(List<Long> ids) {
        var fields = new HashMap<Long, Set<String>>();
        for (long id : ids) {
            for (PhotoEdit e : edits(id)) {
                fields.computeIfAbsent(id, k -> new HashSet<>()).add(e.field());
            }
        }
        return fields;
    }

    /** The notices that agency re-sends of photo {@code id} left the desk, oldest first, resolved or not. */
    List<ResendNotice> notices(long id);

    /** The ids among {@code ids} of photos with a pending notice; implementations read them in one go. */
    default Set<Long> withPendingNotices(List<Long> ids) {
        var pending = new HashSet<Long>();
        for (long id : ids) {
            if (notices(id).stream().anyMatch(ResendNotice::pending)) {
                pending.add(id);
            }
        }
        return pending;
    }

    /**
     * Records that {@code user} resolved notice {@code noticeId} of photo {@code photoId} with {@code choice}, and
     * logs a change of the photo (so that the desk's sheet sees it).
     *
     * @throws IllegalArgumentException when the photo has no such notice, or {@code choice} is
     *     {@link ResendNotice.Resolution#PENDING}
     * @throws IllegalStateException when the notice is resolved already
     */
    ResendNotice resolveNotice(long photoId, long noticeId, ResendNotice.Resolution choice, String user, Instant at);

    /**
     * Keeps {@code hash} as the perceptual hash of the photo whose current original is {@code sha256} and logs the
     * change, without a new version (a hash is no metadata); nothing when no photo's current original has it.
     *
     * @return the photo as it now is, or empty when none has that original
     */
    Optional<Photo> putPerceptualHash(String sha256, long hash);

    /** Photos with id greater than {@code afterId}, in id order, at most {@code limit}. */
    List<Photo> page(long afterId, int limit);

    long count();

    /** The sequence number of the newest change; 0 for an empty store. */
    long lastChange();

    /** Ids of photos changed after sequence {@code sinceChange}, each once, in the order of their latest change. */
    List<Long> changedSince(long sinceChange);

    @Override
    void close();
}
