package org.photodesk.scale.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoChange;
import org.photodesk.core.photo.PhotoChangedException;
import org.photodesk.core.photo.PhotoEdit;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.PhotoVersion;
import org.photodesk.core.photo.RawMetadata;

/**
 * The {@link PhotoStore} in PostgreSQL, shared by every desk node and ingest worker: each write is one transaction
 * that also appends to the change log; a change is written only while the photo is at the version it was decided
 * on ({@code SELECT ... FOR UPDATE}), and the same original is refused by a unique key however many writers race.
 * Change-log entries are appended under a transaction-level advisory lock, so their numbers follow commit order.
 */
public final class PgPhotoStore implements PhotoStore {

    private static final String COLUMNS = "p.id, p.sha256, p.pixel_hash, p.file_name, p.media_type, p.width, "
            + "p.height, p.agency, p.embedded_json, p.metadata_json, p.raw_json, p.problems_json, p.ingested_at, "
            + "p.updated_at, p.version, p.rating, p.labels_json";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM photo p ";
    private static final String SELECT_LISTED = SELECT.replace("p.raw_json", "NULL AS raw_json");

    private final PgDatabase db;
    private final Clock clock;
    private final RecordJson json = new RecordJson();
    private final long changeLogLock;
    private final boolean ownsDatabase;

    /** The store on {@code db}, which the caller closes. */
    public PgPhotoStore(PgDatabase db, Clock clock) {
        this(db, clock, false);
    }

    private PgPhotoStore(PgDatabase db, Clock clock, boolean ownsDatabase) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.changeLogLock = db.lockKey("change_log");
        this.ownsDatabase = ownsDatabase;
    }

    /** The store on a database of its own, closed with the store (for tests and tools). */
    public static PgPhotoStore owning(PgDatabase db, Clock clock) {
        return new PgPhotoStore(db, clock, true);
    }

    // ---- reads ----

    @Override
    public Optional<Photo> findById(long id) {
        return db.read(c -> Sql.queryOne(c, SELECT + "WHERE p.id = ?", this::photo, id));
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
        List<Photo> found = db.read(c -> Sql.query(c, select + "WHERE p.id = ANY(?)", this::photo, (Object) Sql.ids(ids)));
        var byId = new HashMap<Long, Photo>(found.size() * 2);
        found.forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    private static List<Photo> inOrder(List<Long> ids, Map<Long, Photo> found) {
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    @Override
    public Optional<Photo> findBySha256(String sha256) {
        return db.read(c -> Sql.queryOne(c, SELECT + "JOIN photo_sha s ON s.photo_id = p.id WHERE s.sha256 = ?",
                this::photo, sha256));
    }

    @Override
    public Optional<Photo> findByTransmissionReference(String transmissionReference) {
        return db.read(c -> Sql.queryOne(c, SELECT + "WHERE p.transmission_reference = ? ORDER BY p.id DESC LIMIT 1",
                this::photo, transmissionReference));
    }

    @Override
    public Optional<Photo> findByPixelHash(String pixelHash) {
        return db.read(c -> Sql.queryOne(c, SELECT + "WHERE p.pixel_hash = ? ORDER BY p.id DESC LIMIT 1",
                this::photo, pixelHash));
    }

    @Override
    public List<PhotoVersion> history(long id) {
        return db.read(c -> Sql.query(c, "SELECT photo_id, version, sha256, embedded_json, replaced_at, reason "
                + "FROM photo_version WHERE photo_id = ? ORDER BY version", rs -> new PhotoVersion(rs.getLong(1),
                        rs.getInt(2), rs.getString(3), json.metadata(rs.getString(4)), Sql.instant(rs, 5),
                        rs.getString(6)), id));
    }

    @Override
    public List<PhotoEdit> edits(long id) {
        return db.read(c -> Sql.query(c, "SELECT id, photo_id, field, before, after, user_name, at FROM photo_edit "
                + "WHERE photo_id = ? ORDER BY id", PgPhotoStore::edit, id));
    }

    private static PhotoEdit edit(ResultSet rs) throws SQLException {
        return new PhotoEdit(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), Sql.instant(rs, 7));
    }

    @Override
    public Map<Long, Set<String>> editedFields(List<Long> ids) {
        var fields = new HashMap<Long, Set<String>>();
        if (ids.isEmpty()) {
            return fields;
        }
        db.read(c -> Sql.query(c, "SELECT DISTINCT photo_id, field FROM photo_edit WHERE photo_id = ANY(?)",
                rs -> fields.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2)),
                (Object) Sql.ids(ids)));
        return fields;
    }

    @Override
    public List<Photo> page(long afterId, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("page limit " + limit + " is negative: ask for 0 or more photos");
        }
        return db.read(c -> Sql.query(c, SELECT + "WHERE p.id > ? ORDER BY p.id LIMIT ?", this::photo, afterId, limit));
    }

    @Override
    public long count() {
        return db.read(c -> Sql.queryLong(c, "SELECT count(*) FROM photo"));
    }

    @Override
    public long lastChange() {
        return db.read(c -> Sql.queryLong(c, "SELECT coalesce(max(seq), 0) FROM change_log"));
    }

    @Override
    public List<Long> changedSince(long sinceChange) {
        return db.read(c -> Sql.query(c, "SELECT photo_id FROM change_log WHERE seq > ? GROUP BY photo_id "
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
                json.strings(rs.getString("labels_json")));
    }

    // ---- writes ----

    @Override
    public Photo add(PhotoRecord record) {
        Instant now = Sql.micros(clock.instant());
        try {
            return db.inTransaction(c -> {
                expectShaFree(c, record.sha256(), 0);
                String embedded = json.write(record.embedded());
                String metadata = record.embedded().equals(record.metadata()) ? embedded
                        : json.write(record.metadata());
                long id = Sql.queryLong(c, "INSERT INTO photo (sha256, pixel_hash, file_name, media_type, width, "
                        + "height, orientation, size_bytes, agency, embedded_json, metadata_json, raw_json, "
                        + "problems_json, transmission_reference, ingested_at, updated_at, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
                        record.sha256(), record.pixelHash(), record.fileName(), record.image().mediaType(),
                        record.image().width(), record.image().height(), record.image().orientation(),
                        record.sizeBytes(), record.agency(), embedded, metadata, json.writeRaw(record.raw()),
                        json.write(record.problems()), record.embedded().transmissionReference(), now, now);
                Sql.update(c, "INSERT INTO photo_sha (sha256, photo_id) VALUES (?, ?)", record.sha256(), id);
                logChange(c, id, "add", now);
                return new Photo(id, record.sha256(), record.pixelHash(), record.fileName(),
                        record.image().mediaType(), record.image().width(), record.image().height(),
                        record.embedded(), record.metadata(), record.agency(), record.raw(), record.problems(), now,
                        now, 1, 0, List.of());
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
            return db.inTransaction(c -> write(c, change));
        } catch (ScaleStoreException e) {
            throw ScaleStoreException.isUniqueViolation(e)
                    ? shaTaken(change.original().map(PhotoRecord::sha256).orElse("?"), e) : e;
        }
    }

    private Photo write(Connection c, PhotoChange change) throws SQLException {
        long id = change.photoId();
        Photo old = Sql.queryOne(c, SELECT + "WHERE p.id = ? FOR UPDATE", this::photo, id)
                .orElseThrow(() -> new IllegalArgumentException("no photo with id " + id
                        + ": look it up with findBySha256 or page first"));
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
            Sql.update(c, "INSERT INTO photo_edit (photo_id, field, before, after, user_name, at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", id, e.field(), e.before(), e.after(), e.user(), at);
        }
        logChange(c, id, change.kind().word(), at);
        return Sql.queryOne(c, SELECT + "WHERE p.id = ?", this::photo, id).orElseThrow();
    }

    private void replaceOriginal(Connection c, long id, PhotoRecord record) throws SQLException {
        expectShaFree(c, record.sha256(), id);
        Sql.update(c, "UPDATE photo SET sha256 = ?, pixel_hash = ?, file_name = ?, media_type = ?, width = ?, "
                + "height = ?, orientation = ?, size_bytes = ?, agency = ?, embedded_json = ?, raw_json = ?, "
                + "problems_json = ?, transmission_reference = ? WHERE id = ?", record.sha256(), record.pixelHash(),
                record.fileName(), record.image().mediaType(), record.image().width(), record.image().height(),
                record.image().orientation(), record.sizeBytes(), record.agency(), json.write(record.embedded()),
                json.writeRaw(record.raw()), json.write(record.problems()),
                record.embedded().transmissionReference(), id);
        Sql.update(c, "INSERT INTO photo_sha (sha256, photo_id) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING",
                record.sha256(), id);
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
     * Appends to the change log, as the transaction's last write: the advisory lock taken first is held until commit,
     * so the next writer's number is drawn only once this one is visible.
     */
    void logChange(Connection c, long photoId, String kind, Instant at) throws SQLException {
        Sql.queryOne(c, "SELECT pg_advisory_xact_lock(?)", rs -> Boolean.TRUE, changeLogLock);
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
