package org.photodesk.core.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The port to where imported articles, the editors' event decisions and the events' rosters are kept; each call
 * is atomic. The events themselves are derived from these and the photos ({@link EventBook}).
 */
public interface EventStore extends AutoCloseable {

    /** The articles imported from a file with these bytes, by part. */
    List<StoredArticle> findBySha256(String sha256);

    /** The article events cite as {@code sourceId}. */
    Optional<StoredArticle> findBySourceId(String sourceId);

    /** Every imported article, in import order. */
    List<StoredArticle> articles();

    /** Stores a new article (its id is ignored) and returns it with the store's id. */
    StoredArticle add(StoredArticle article);

    /** Records that the gallery {@code galleryId} was made from article {@code articleId}. */
    void setGallery(long articleId, long galleryId);

    /** Appends a decision; it is replayed after the ones before it. */
    void decide(EventDecision decision, Instant at);

    /** Every decision, oldest first. */
    List<EventDecision> decisions();

    /** Stores {@code name} for its event, replacing the aliases it had. */
    void put(RosterName name);

    /** The roster names of every event, by event then name. */
    List<RosterName> roster();

    /** The roster names of the event called {@code eventName} (case ignored), by name. */
    List<RosterName> roster(String eventName);

    // ---- kept events (incremental membership) ----

    /**
     * The kept events' state in one read: the version (moved by {@link #add}, {@link #decide} and
     * {@link #saveMembers}), the photo change and the article count the membership has caught up with.
     */
    EventState eventState();

    /** The membership rows written after event version {@code afterVersion} (0: every row), by member id. */
    List<EventMember> members(long afterVersion);

    /**
     * Writes {@code change} atomically when the store is still at {@link MembershipChange#expectedVersion()}: its
     * rows (stamped with the new version), the photo change and article count seen; the version moves on by one.
     * Returns false, writing nothing, when another writer moved the version first.
     */
    boolean saveMembers(MembershipChange change);

    /** What was kept under {@code key} by {@link #cache}, whatever version it was made at. */
    Optional<EventCache> cached(String key);

    /** Keeps {@code text} under {@code key}, made at event version {@code version}, replacing what was there. */
    void cache(String key, long version, String text);

    @Override
    void close();
}
