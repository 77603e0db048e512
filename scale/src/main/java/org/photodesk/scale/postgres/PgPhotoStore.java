package org.photodesk.scale.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoChange;
import org.photodesk.core.photo.PhotoChangedException;
import org.photodesk.core.photo.PhotoEdit;
import org.photodesk.core.photo.PhotoKill;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.PhotoVersion;
import org.photodesk.core.photo.RawMetadata;
import org.photodesk.core.photo.ResendNotice;

/**
 * The {@link PhotoStore} in PostgreSQL, shared by every desk node and ingest worker: each write is one transaction
 * that also appends to the change log. Every write transaction first takes one transaction-level advisory lock of the
 * library, so writers (threads, processes, machines) take turns: change-log numbers follow commit order, and
 * {@link #atomically} holds the lock across a look-up and the writes decided from it. A change is written only while
 * the photo is at the version it was decided on, and the same original is refused by a unique key besides.
 */
public final class PgPhotoStore implements PhotoStore {

    private static final String COLUMNS = "p.id, p.sha256, p.pixel_hash, p.file_name, p.media_type, p.width, "
            + "p.height, p.agency, p.embedded_json, p.metadata_json, p.raw_json, p.problems_json, p.ingested_at, "
            + "p.updated_at, p.version, p.rating, p.labels_json, p.identity_json, p.provenance_json, "
            + "p.perceptual_hash, k.killed_at, k.reason AS kill_reason, k.source AS kill_source, "
            + "k.user_name AS kill_user";
    /** Every photo with its kill, if any: the queries append their own joins and conditions. */
    private static final String SELECT = "SELECT " + COLUMNS
            + " FROM photo p LEFT JOIN photo_kill k ON k.photo_id = p.id ";
    private static final String SELECT_LISTED = SELECT.replace("p.raw_json", "NULL AS raw_json");
    private static final String NOTICE_COLUMNS = "SELECT id, photo_id, version, kind, note, changes_json, at, "
            + "resolution, resolved_by, resolved_at FROM photo_notice ";

    private final PgDatabase db;
    private final Clock clock;
    private final org.photodesk.core.photo.RecordJson json = new org.photodesk.core.photo.RecordJson(ScaleStoreException::new);
    private final long writeLock;
    private final boolean ownsDatabase;
    /** The connection of the {@link #atomically} transaction this thread is in, which every call joins. */
    private final ThreadLocal<Connection> joined = new ThreadLocal<>();

    /** The store on {@code db}, which the caller closes. */
    public PgPhotoStore(PgDatabase db, Clock clock) {
        this(db, clock, false);
    }

    private PgPhotoStore(PgDatabase db, Clock clock, boolean ownsDatabase) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.writeLock = db.lockKey("change_log");
        this.ownsDatabase = ownsDatabase;
    }

    /** The store on a database of its own, closed with the store (for tests and tools). */
    public static PgPhotoStore owning(PgDatabase db, Clock clock) {
        return new PgPhotoStore(db, clock, true);
    }

    // ---- transactions ----

    /**
     * Runs {@code work} in one transaction that holds the library's write lock from its start: no other writer, in
     * this process or another, writes photos until it ends. Every call of this store inside it, on this thread, joins
     * it; a write that fails inside is rolled back alone (to a savepoint), so {@code work} may carry on.
     */
    @Override
    public <T> T atomically(Supplier<T> work) {
        if (joined.get() != null) {
            return work.get();
        }
        return db.inTransaction(c -> {
            lockWriters(c);
            joined.set(c);
            try {
                return work.get();
            } finally {
                joined.remove();
            }
        });
    }

    private <T> T read(PgDatabase.SqlWork<T> work) {
        Connection c = joined.get();
        if (c == null) {
            return db.read(work);
        }
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw ScaleStoreException.of(db.address(), e);
        }
    }

    private <T> T write(PgDatabase.SqlWork<T> work) {
        Connection c = joined.get();
        if (c == null) {
            return db.inTransaction(tx -> {
                lockWriters(tx);
                return work.run(tx);
            });
        }
        try {
            return nested(c, work);
        } catch (SQLException e) {
            throw ScaleStoreException.of(db.address(), e);
        }
    }

    private static <T> T nested(Connection c, PgDatabase.SqlWork<T> work) throws SQLException {
        Savepoint savepoint = c.setSavepoint();
        try {
            T result = work.run(c);
            c.releaseSavepoint(savepoint);
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                c.rollback(savepoint);
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Takes the library's write lock until the transaction ends (again, when held already: it is re-entrant). */
    void lockWriters(Connection c) throws SQLException {
        Sql.queryOne(c, "SELECT pg_advisory_xact_lock(?)", rs -> Boolean.TRUE, writeLock);
    }

    // ---- reads ----

    @Override
    public Optional<Photo> findById(long id) {
        return read(c -> Sql.queryOne(c, SELECT + "WHERE p.id = ?", this::photo, id));
    }

    @Override
    public List<Photo> findByIds(List<Long> ids) {
        return inOrder(ids, fetch(SELECT, ids));
    }

    @Override
    public List<Photo> findListed(List<Long> ids) {
        return inOrder(ids, fetch(SELECT_LISTED, ids));
    }

    private Map<Long, Photo> fetch(String select, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Photo> found = read(c -> Sql.query(c, select + "WHERE p.id = ANY(?)", this::photo, (Object) Sql.ids(ids)));
        var byId = new HashMap<Long, Photo>(found.size() * 2);
        found.forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    private static List<Photo> inOrder(List<Long> ids, Map<Long, Photo> found) {
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    @Override
    public Optional<Photo> findBySha256(String sha256) {
        return read(c -> Sql.queryOne(c, SELECT + "JOIN photo_sha s ON s.photo_id = p.id WHERE s.sha256 = ?",
                this::photo, sha256));
    }

    @Override
    public Optional<Photo> findByTransmissionReference(String transmissionReference) {
        return read(c -> Sql.queryOne(c, SELECT + "WHERE p.transmission_reference = ? ORDER BY p.id DESC LIMIT 1",
                this::photo, transmissionReference));
    }

    @Override
    public Optional<Photo> findByItemId(String itemId) {
        return read(c -> Sql.queryOne(c, SELECT + "JOIN photo_item_id i ON i.photo_id = p.id WHERE i.item_id = ? "
                + "ORDER BY p.id DESC LIMIT 1", this::photo, itemId));
    }

    @Override
    public Optional<Photo> findByPixelHash(String pixelHash) {
        return read(c -> Sql.queryOne(c, SELECT + "WHERE p.pixel_hash = ? ORDER BY p.id DESC LIMIT 1",
                this::photo, pixelHash));
    }

    @Override
    public List<Photo> findAllByItemId(String itemId, int limit) {
        return read(c -> Sql.query(c, SELECT + "JOIN photo_item_id i ON i.photo_id = p.id WHERE i.item_id = ? "
                + "ORDER BY p.id LIMIT ?", this::photo, itemId, limit));
    }

    @Override
    public List<Photo> findAllByPixelHash(String pixelHash, int limit) {
        return read(c -> Sql.query(c, SELECT + "WHERE p.pixel_hash = ? ORDER BY p.id LIMIT ?", this::photo,
                pixelHash, limit));
    }

    @Override
    public List<PhotoVersion> history(long id) {
        return read(c -> Sql.query(c, "SELECT photo_id, version, sha256, embedded_json, replaced_at, reason "
                + "FROM photo_version WHERE photo_id = ? ORDER BY version", rs -> new PhotoVersion(rs.getLong(1),
                        rs.getInt(2), rs.getString(3), json.metadata(rs.getString(4)), Sql.instant(rs, 5),
                        rs.getString(6)), id));
    }

    @Override
    public List<PhotoEdit> edits(long id) {
        return read(c -> Sql.query(c, "SELECT id, photo_id, field, before, after, user_name, at, follows_agency "
                + "FROM photo_edit WHERE photo_id = ? ORDER BY id", PgPhotoStore::edit, id));
    }

    private static PhotoEdit edit(ResultSet rs) throws SQLException {
        return new PhotoEdit(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), Sql.instant(rs, 7), rs.getBoolean(8));
    }

    @Override
    public Map<Long, Set<String>> editedFields(List<Long> ids) {
        var fields = new HashMap<Long, Set<String>>();
        if (ids.isEmpty()) {
            return fields;
        }
        read(c -> Sql.query(c, "SELECT DISTINCT photo_id, field FROM photo_edit WHERE photo_id = ANY(?)",
                rs -> fields.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2)),
                (Object) Sql.ids(ids)));
        return fields;
    }

    @Override
    public List<ResendNotice> notices(long id) {
        return read(c -> Sql.query(c, NOTICE_COLUMNS + "WHERE photo_id = ? ORDER BY id", this::notice, id));
    }

    @Override
    public Set<Long> withPendingNotices(List<Long> ids) {
        if (ids.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(read(c -> Sql.query(c, "SELECT DISTINCT photo_id FROM photo_notice "
                + "WHERE resolution = 'pending' AND photo_id = ANY(?)", rs -> rs.getLong(1), (Object) Sql.ids(ids))));
    }

    private ResendNotice notice(ResultSet rs) throws SQLException {
        return new ResendNotice(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                ResendNotice.Kind.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)), rs.getString(5),
                json.changes(rs.getString(6)), Sql.instant(rs, 7), resolution(rs.getString(8)), rs.getString(9),
                Sql.instant(rs, 10));
    }

    private static ResendNotice.Resolution resolution(String word) {
        return ResendNotice.Resolution.valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    @Override
    public List<Photo> page(long afterId, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("page limit " + limit + " is negative: ask for 0 or more photos");
        }
        return read(c -> Sql.query(c, SELECT + "WHERE p.id > ? ORDER BY p.id LIMIT ?", this::photo, afterId, limit));
    }

    @Override
    public long count() {
        return read(c -> Sql.queryLong(c, "SELECT count(*) FROM photo"));
    }

    @Override
    public long lastChange() {
        return read(c -> Sql.queryLong(c, "SELECT coalesce(max(seq), 0) FROM change_log"));
    }

    @Override
    public List<Long> changedSince(long sinceChange) {
        return read(c -> Sql.query(c, "SELECT photo_id FROM change_log WHERE seq > ? GROUP BY photo_id "
                + "ORDER BY max(seq)", rs -> rs.getLong(1), sinceChange));
    }

    private Photo photo(ResultSet rs) throws SQLException {
        String embeddedJson = rs.getString("embedded_json");
        String metadataJson = rs.getString("metadata_json");
        PhotoMetadata embedded = json.metadata(embeddedJson);
        String raw = rs.getString("raw_json");
        return new Photo(rs.getLong("id"), rs.getString("sha256"), rs.getString("pixel_hash"),
                rs.getString("file_name"), rs.getString("media_type"), rs.getInt("width"), rs.getInt("height"),
                embedded, metadataJson.equals(embeddedJson) ? embedded : json.metadata(metadataJson),
                rs.getString("agency"), raw == null ? RawMetadata.EMPTY : json.raw(raw),
                json.problems(rs.getString("problems_json")), Sql.instant(rs, "ingested_at"),
                Sql.instant(rs, "updated_at"), rs.getInt("version"), rs.getInt("rating"),
                json.strings(rs.getString("labels_json")), json.identity(rs.getString("identity_json")),
                json.provenance(rs.getString("provenance_json")), Sql.nullableLong(rs, "perceptual_hash"), kill(rs));
    }

    private static PhotoKill kill(ResultSet rs) throws SQLException {
        Instant at = Sql.instant(rs, "killed_at");
        return at == null ? null : new PhotoKill(at, rs.getString("kill_reason"), rs.getString("kill_source"),
                rs.getString("kill_user"));
    }

    private Photo expectById(Connection c, long id, String lock) throws SQLException {
        return Sql.queryOne(c, SELECT + "WHERE p.id = ?" + lock, this::photo, id).orElseThrow(() ->
                new IllegalArgumentException("no photo with id " + id + ": look it up with findBySha256 or page first"));
    }

    // ---- writes ----

    @Override
    public Photo add(PhotoRecord record) {
        Instant now = Sql.micros(clock.instant());
        try {
            return write(c -> {
                expectShaFree(c, record.sha256(), 0);
                String embedded = json.write(record.embedded());
                String metadata = record.embedded().equals(record.metadata()) ? embedded
                        : json.write(record.metadata());
                long id = Sql.queryLong(c, "INSERT INTO photo (sha256, pixel_hash, file_name, media_type, width, "
                        + "height, orientation, size_bytes, agency, embedded_json, metadata_json, raw_json, "
                        + "problems_json, transmission_reference, ingested_at, updated_at, version, identity_json, "
                        + "provenance_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) "
                        + "RETURNING id",
                        record.sha256(), record.pixelHash(), record.fileName(), record.image().mediaType(),
                        record.image().width(), record.image().height(), record.image().orientation(),
                        record.sizeBytes(), record.agency(), embedded, metadata, json.writeRaw(record.raw()),
                        json.write(record.problems()), record.embedded().transmissionReference(), now, now,
                        json.write(record.identity()), json.write(record.provenance()));
                Sql.update(c, "INSERT INTO photo_sha (sha256, photo_id) VALUES (?, ?)", record.sha256(), id);
                itemIds(c, id, record);
                logChange(c, id, "add", now);
                return new Photo(id, record.sha256(), record.pixelHash(), record.fileName(),
                        record.image().mediaType(), record.image().width(), record.image().height(),
                        record.embedded(), record.metadata(), record.agency(), record.raw(), record.problems(), now,
                        now, 1, 0, List.of(), record.identity(), record.provenance(), null, null);
            });
        } catch (ScaleStoreException e) {
            throw ScaleStoreException.isUniqueViolation(e) ? shaTaken(record.sha256(), e) : e;
        }
    }

    private static IllegalStateException shaTaken(String sha256, Exception cause) {
        return new IllegalStateException("a file with sha256 " + sha256 + " is already stored: treat it as a "
                + "duplicate (findBySha256) instead of storing it again", cause);
    }

    @Override
    public Photo update(PhotoChange change) {
        try {
            return write(c -> change(c, change));
        } catch (ScaleStoreException e) {
            throw ScaleStoreException.isUniqueViolation(e)
                    ? shaTaken(change.original().map(PhotoRecord::sha256).orElse("?"), e) : e;
        }
    }

    private Photo change(Connection c, PhotoChange change) throws SQLException {
        long id = change.photoId();
        Photo old = expectById(c, id, " FOR UPDATE OF p");
        if (old.version() != change.expectedVersion()) {
            throw new PhotoChangedException(id, change.expectedVersion(), old.version());
        }
        Instant at = Sql.micros(change.at());
        if (change.keepsVersion()) {
            Sql.update(c, "INSERT INTO photo_version (photo_id, version, sha256, embedded_json, metadata_json, "
                    + "replaced_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?)", id, old.version(), old.sha256(),
                    json.write(old.embedded()), json.write(old.metadata()), at, change.kind().word());
        }
        if (change.original().isPresent()) {
            replaceOriginal(c, id, change.original().get());
        }
        Sql.update(c, "UPDATE photo SET metadata_json = ?, rating = ?, labels_json = ?, updated_at = ?, "
                + "version = version + 1 WHERE id = ?", json.write(change.metadata()), change.rating(),
                json.write(change.labels()), at, id);
        if (change.edit().isPresent()) {
            PhotoChange.Edit e = change.edit().get();
            Sql.update(c, "INSERT INTO photo_edit (photo_id, field, before, after, user_name, at, follows_agency) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", id, e.field(), e.before(), e.after(), e.user(), at,
                    e.followsAgency());
        }
        if (change.notice().isPresent()) {
            ResendNotice n = change.notice().get();
            Sql.update(c, "INSERT INTO photo_notice (photo_id, version, kind, note, changes_json, at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", id, old.version() + 1, n.kind().word(), n.note(),
                    json.write(n.changes()), n.at());
        }
        logChange(c, id, change.kind().word(), at);
        return expectById(c, id, "");
    }

    private void replaceOriginal(Connection c, long id, PhotoRecord record) throws SQLException {
        expectShaFree(c, record.sha256(), id);
        Sql.update(c, "UPDATE photo SET sha256 = ?, pixel_hash = ?, file_name = ?, media_type = ?, width = ?, "
                + "height = ?, orientation = ?, size_bytes = ?, agency = ?, embedded_json = ?, raw_json = ?, "
                + "problems_json = ?, transmission_reference = ?, identity_json = ?, provenance_json = ?, "
                + "perceptual_hash = NULL WHERE id = ?", record.sha256(), record.pixelHash(),
                record.fileName(), record.image().mediaType(), record.image().width(), record.image().height(),
                record.image().orientation(), record.sizeBytes(), record.agency(), json.write(record.embedded()),
                json.writeRaw(record.raw()), json.write(record.problems()),
                record.embedded().transmissionReference(), json.write(record.identity()),
                json.write(record.provenance()), id);
        Sql.update(c, "INSERT INTO photo_sha (sha256, photo_id) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING",
                record.sha256(), id);
        Sql.update(c, "DELETE FROM photo_item_id WHERE photo_id = ?", id);
        itemIds(c, id, record);
    }

    private static void itemIds(Connection c, long id, PhotoRecord record) throws SQLException {
        for (String itemId : record.identity().ids()) {
            Sql.update(c, "INSERT INTO photo_item_id (item_id, photo_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    itemId, id);
        }
    }

    private static void expectShaFree(Connection c, String sha256, long allowedPhotoId) throws SQLException {
        Optional<Long> owner = Sql.queryOne(c, "SELECT photo_id FROM photo_sha WHERE sha256 = ?",
                rs -> rs.getLong(1), sha256);
        if (owner.isPresent() && owner.get() != allowedPhotoId) {
            throw new IllegalStateException("a file with sha256 " + sha256 + " is already stored as photo "
                    + owner.get() + ": treat it as a duplicate (findBySha256) instead of storing it again");
        }
    }

    /**
     * Kills photo {@code id} (or lifts its kill when {@code kill} is null) in one transaction: the kill row, the
     * photo one version up, and the change log. A repeated kill or lift changes nothing.
     */
    @Override
    public Photo setKill(long id, PhotoKill kill) {
        return write(c -> {
            Photo old = expectById(c, id, " FOR UPDATE OF p");
            if (old.killed() == (kill != null)) {
                return old;
            }
            Instant at = Sql.micros(kill != null ? kill.at() : clock.instant());
            if (kill != null) {
                Sql.update(c, "INSERT INTO photo_kill (photo_id, killed_at, reason, source, user_name) "
                        + "VALUES (?, ?, ?, ?, ?)", id, kill.at(), kill.reason(), kill.source(), kill.user());
            } else {
                Sql.update(c, "DELETE FROM photo_kill WHERE photo_id = ?", id);
            }
            Sql.update(c, "UPDATE photo SET updated_at = ?, version = version + 1 WHERE id = ?", at, id);
            logChange(c, id, kill != null ? "kill" : "unkill", at);
            return expectById(c, id, "");
        });
    }

    @Override
    public ResendNotice resolveNotice(long photoId, long noticeId, ResendNotice.Resolution choice, String user,
            Instant at) {
        if (choice == ResendNotice.Resolution.PENDING) {
            throw new IllegalArgumentException("a notice is resolved by keeping the desk's edits or taking the "
                    + "agency's text, not by 'pending'");
        }
        Instant when = Sql.micros(at);
        return write(c -> {
            ResendNotice notice = Sql.queryOne(c, NOTICE_COLUMNS + "WHERE id = ? AND photo_id = ? FOR UPDATE",
                    this::notice, noticeId, photoId).orElseThrow(() -> new IllegalArgumentException("photo "
                            + photoId + " has no notice " + noticeId + ": list its notices first"));
            if (!notice.pending()) {
                throw new IllegalStateException("notice " + noticeId + " of photo " + photoId + " was resolved "
                        + "already (" + notice.resolution().word() + " by " + notice.resolvedBy() + ")");
            }
            Sql.update(c, "UPDATE photo_notice SET resolution = ?, resolved_by = ?, resolved_at = ? WHERE id = ?",
                    choice.word(), user, when, noticeId);
            logChange(c, photoId, "notice", when);
            return notice.resolved(choice, user, when);
        });
    }

    @Override
    public Optional<Photo> putPerceptualHash(String sha256, long hash) {
        return write(c -> {
            Optional<Long> id = Sql.queryOne(c, "SELECT id FROM photo WHERE sha256 = ?", rs -> rs.getLong(1), sha256);
            if (id.isEmpty()) {
                return Optional.<Photo>empty();
            }
            Sql.update(c, "UPDATE photo SET perceptual_hash = ? WHERE id = ?", hash, id.get());
            logChange(c, id.get(), "hash", Sql.micros(clock.instant()));
            return Optional.of(expectById(c, id.get(), ""));
        });
    }

    /**
     * Appends to the change log. The library's write lock (taken again here for writers that did not take it first,
     * such as a restore) is held until commit, so the next writer's number is drawn only once this one is visible.
     */
    void logChange(Connection c, long photoId, String kind, Instant at) throws SQLException {
        lockWriters(c);
        Sql.update(c, "INSERT INTO change_log (photo_id, kind, at) VALUES (?, ?, ?)", photoId, kind, at);
    }

    /** Closes the database when this store owns it; a store on a shared database leaves that to its owner. */
    @Override
    public void close() {
        if (ownsDatabase) {
            db.close();
        }
    }
}
