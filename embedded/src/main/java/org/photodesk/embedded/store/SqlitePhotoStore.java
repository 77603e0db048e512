package org.photodesk.embedded.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
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
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The {@link PhotoStore} kept in one SQLite file (WAL, {@code synchronous=NORMAL}), its schema migrated by Flyway
 * from {@code db/migration}; one connection serves all threads, one at a time.
 *
 * <p>Each write is one transaction that also appends to the change log. Besides the port, it offers
 * {@link #inTransaction} to make several calls atomic (and much faster than one transaction each).
 */
public final class SqlitePhotoStore implements PhotoStore {

    /**
     * How many parsed photos are kept at least, twice as many at most (a contact sheet shows 100; a desk looks at a
     * few thousand an hour).
     */
    private static final int PARSED_CACHE = 2500;
    /** How many photos parsed for list views (without raw tags, 2 to 3 KB each) are kept at least, twice at most. */
    private static final int LISTED_CACHE = 20_000;

    private static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private static final String COLUMNS = "p.id, p.sha256, p.pixel_hash, p.file_name, p.media_type, p.width, "
            + "p.height, p.agency, p.embedded_json, p.metadata_json, p.raw_json, p.problems_json, p.ingested_at, "
            + "p.updated_at, p.version, p.rating, p.labels_json, p.identity_json, p.provenance_json, p.perceptual_hash, "
            + "k.killed_at, k.reason, k.source, k.user_name";
    /** Every photo with its kill, if any: the queries append their own joins and conditions. */
    private static final String SELECT = "SELECT " + COLUMNS
            + " FROM photo p LEFT JOIN photo_kill k ON k.photo_id = p.id ";
    /** The photos whose ids are in the JSON array bound to the one parameter (one statement for any count). */
    private static final String SELECT_IDS = SELECT + "WHERE p.id IN (SELECT value FROM json_each(?))";
    /** The same as {@link #SELECT_IDS} without the raw tags, which no list view shows. */
    private static final String SELECT_LISTED = SELECT_IDS.replace("p.raw_json", "NULL");
    // Column numbers in COLUMNS, read by index: a look-up by name costs more than the value for 24 columns.
    private static final int ID = 1, SHA256 = 2, PIXEL_HASH = 3, FILE_NAME = 4, MEDIA_TYPE = 5, WIDTH = 6, HEIGHT = 7,
            AGENCY = 8, EMBEDDED = 9, METADATA = 10, RAW = 11, PROBLEMS = 12, INGESTED_AT = 13, UPDATED_AT = 14,
            VERSION = 15, RATING = 16, LABELS = 17, IDENTITY = 18, PROVENANCE = 19, PERCEPTUAL_HASH = 20,
            KILLED_AT = 21, KILL_REASON = 22, KILL_SOURCE = 23, KILL_USER = 24;

    private final ReentrantLock lock = new ReentrantLock();
    private final Connection connection;
    private final Clock clock;
    private final org.photodesk.core.photo.RecordJson json = new org.photodesk.core.photo.RecordJson(StoreException::new);
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private int transactionDepth;

    /** Opens (creating and migrating when needed) the database in {@code databaseFile}. */
    public SqlitePhotoStore(Path databaseFile) {
        this(databaseFile, Clock.systemUTC());
    }

    /** Opens the database in {@code databaseFile}, taking the time of changes from {@code clock}. */
    public SqlitePhotoStore(Path databaseFile, Clock clock) {
        this(connect(databaseFile), clock);
    }

    private SqlitePhotoStore(Connection connection, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.connection = connection;
    }

    /**
     * Opens the database in {@code databaseFile} to read it only: nothing is created, migrated or written, so that
     * it can be read in a read-only folder or on a full disk; writes fail.
     *
     * @throws StoreException when there is no database there or its schema is not the newest
     */
    public static SqlitePhotoStore openReadOnly(Path databaseFile, Clock clock) {
        SqliteFile file = SqliteFile.readOnlyAt(databaseFile);
        Migrations.expectCurrent(file);
        var config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        try {
            return new SqlitePhotoStore(file.connect(config), clock);
        } catch (SQLException e) {
            throw new StoreException("cannot read the photo database " + databaseFile + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path databaseFile) {
        SQLiteDataSource dataSource = dataSource(databaseFile);
        Migrations.migrate(databaseFile);
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot open the photo database " + databaseFile
                    + ": check that the file is readable and writable", e);
        }
    }

    private static SQLiteDataSource dataSource(Path databaseFile) {
        try {
            Path parent = databaseFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of the photo database " + databaseFile, e);
        }
        var config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        var dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + databaseFile.toAbsolutePath());
        return dataSource;
    }

    // ---- transactions ----

    /**
     * Runs {@code work} in one transaction, holding the store for this thread: all its writes are committed
     * together, or none when it throws. Calls nested inside join the outer transaction.
     */
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (transactionDepth > 0) {
                return nested(work);
            }
            return outermost(work);
        } finally {
            lock.unlock();
        }
    }

    private <T> T nested(Supplier<T> work) {
        transactionDepth++;
        try {
            return work.get();
        } finally {
            transactionDepth--;
        }
    }

    private <T> T outermost(Supplier<T> work) {
        sql(() -> { connection.setAutoCommit(false); return null; });
        transactionDepth = 1;
        try {
            T result = work.get();
            sql(() -> { connection.commit(); return null; });
            return result;
        } catch (RuntimeException | Error e) {
            rollback(e);
            throw e;
        } finally {
            transactionDepth = 0;
            sql(() -> { connection.setAutoCommit(true); return null; });
        }
    }

    private void rollback(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Runs {@code work} in one transaction begun IMMEDIATE, which holds SQLite's write lock from its start: no
     * other connection, in this process or another, writes until it ends.
     */
    @Override
    public <T> T atomically(Supplier<T> work) {
        return inTransaction(work);
    }

    /** Stores all {@code records} as new photos in one transaction. */
    public List<Photo> addAll(List<PhotoRecord> records) {
        return inTransaction(() -> records.stream().map(this::add).toList());
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("photo database: " + e.getMessage(), e);
        }
    }

    private <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return sql(work);
        } finally {
            lock.unlock();
        }
    }

    private <T> T write(SqlWork<T> work) {
        return inTransaction(() -> sql(work));
    }

    private PreparedStatement statement(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        statement.clearParameters();
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private void update(String sql, Object... parameters) throws SQLException {
        statement(sql, parameters).executeUpdate();
    }

    private Optional<Long> queryLong(String sql, Object... parameters) throws SQLException {
        try (ResultSet rs = statement(sql, parameters).executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    private List<Photo> queryPhotos(String sql, Object... parameters) throws SQLException {
        try (ResultSet rs = statement(sql, parameters).executeQuery()) {
            var photos = new ArrayList<Photo>();
            while (rs.next()) {
                photos.add(photo(rs));
            }
            return photos;
        }
    }

    private Optional<Photo> queryPhoto(String sql, Object... parameters) throws SQLException {
        return queryPhotos(sql, parameters).stream().findFirst();
    }

    // ---- reads ----

    @Override
    public Optional<Photo> findById(long id) {
        return read(() -> queryPhoto(SELECT + "WHERE p.id = ?", id));
    }

    /**
     * The photos of {@code ids} that exist, in the order asked, read with one query; rows whose version and update
     * time match a parsed photo are not parsed again, and the others are parsed outside the store's lock.
     */
    @Override
    public List<Photo> findByIds(List<Long> ids) {
        return inOrder(ids, fetch(SELECT_IDS, ids, false));
    }

    /**
     * As {@link #findByIds} without reading the raw tags: {@link Photo#raw()} is {@link RawMetadata#EMPTY} unless
     * the full photo was parsed recently. For the contact sheet, the cards and the JSON list.
     */
    @Override
    public List<Photo> findListed(List<Long> ids) {
        return inOrder(ids, fetch(SELECT_LISTED, ids, true));
    }

    /** The columns of one photo row as read, so that parsing can happen after the store's lock is released. */
    private record Row(long id, String sha256, String pixelHash, String fileName, String mediaType, int width,
            int height, String agency, String embedded, String metadata, String raw, String problems,
            String ingestedAt, String updatedAt, int version, int rating, String labels, String identity,
            String provenance, Long perceptualHash, PhotoKill kill) {}

    private Map<Long, Photo> fetch(String sql, List<Long> ids, boolean listed) {
        var found = new HashMap<Long, Photo>(ids.size() * 2);
        if (ids.isEmpty()) {
            return found;
        }
        var toParse = new ArrayList<Row>();
        read(() -> {
            try (ResultSet rs = statement(sql, idArray(ids)).executeQuery()) {
                while (rs.next()) {
                    Photo known = cached(rs, listed);
                    if (known != null) {
                        found.put(known.id(), known);
                    } else {
                        toParse.add(row(rs, !listed));
                    }
                }
            }
            return null;
        });
        for (Row row : toParse) {
            Photo photo = parse(row);
            (listed ? this.listed : parsed).put(photo.id(), photo);
            found.put(photo.id(), photo);
        }
        return found;
    }

    private static List<Photo> inOrder(List<Long> ids, Map<Long, Photo> found) {
        var out = new ArrayList<Photo>(ids.size());
        for (Long id : ids) {
            Photo photo = found.get(id);
            if (photo != null) {
                out.add(photo);
            }
        }
        return out;
    }

    private static String idArray(List<Long> ids) {
        var sb = new StringBuilder(ids.size() * 8).append('[');
        for (Long id : ids) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(id.longValue());
        }
        return sb.append(']').toString();
    }

    /** The parsed photo of the current row if it is still what the row holds (a listed one only if allowed). */
    private Photo cached(ResultSet rs, boolean listedWillDo) throws SQLException {
        long id = rs.getLong(ID);
        Photo known = parsed.get(id);
        if (known == null && listedWillDo) {
            known = listed.get(id);
        }
        return known != null && known.version() == rs.getInt(VERSION)
                && known.updatedAt().equals(StoreTimes.instant(rs.getString(UPDATED_AT))) ? known : null;
    }

    private static Row row(ResultSet rs, boolean withRaw) throws SQLException {
        return new Row(rs.getLong(ID), rs.getString(SHA256), rs.getString(PIXEL_HASH), rs.getString(FILE_NAME),
                rs.getString(MEDIA_TYPE), rs.getInt(WIDTH), rs.getInt(HEIGHT), rs.getString(AGENCY),
                rs.getString(EMBEDDED), rs.getString(METADATA), withRaw ? rs.getString(RAW) : null,
                rs.getString(PROBLEMS), rs.getString(INGESTED_AT), rs.getString(UPDATED_AT), rs.getInt(VERSION),
                rs.getInt(RATING), rs.getString(LABELS), rs.getString(IDENTITY), rs.getString(PROVENANCE),
                rs.getObject(PERCEPTUAL_HASH) == null ? null : rs.getLong(PERCEPTUAL_HASH), kill(rs));
    }

    private static PhotoKill kill(ResultSet rs) throws SQLException {
        String at = rs.getString(KILLED_AT);
        return at == null ? null : new PhotoKill(Instant.parse(at), rs.getString(KILL_REASON),
                rs.getString(KILL_SOURCE), rs.getString(KILL_USER));
    }

    /** The photo whose current or any earlier original has this SHA-256. */
    @Override
    public Optional<Photo> findBySha256(String sha256) {
        return read(() -> queryPhoto(SELECT + "JOIN photo_sha s ON s.photo_id = p.id WHERE s.sha256 = ?", sha256));
    }

    /** The most recent photo whose embedded metadata carries this transmission reference. */
    @Override
    public Optional<Photo> findByTransmissionReference(String transmissionReference) {
        return read(() -> queryPhoto(
                SELECT + "WHERE p.transmission_reference = ? ORDER BY p.id DESC LIMIT 1", transmissionReference));
    }

    /** The most recent photo whose current original has these pixels. */
    @Override
    public Optional<Photo> findByPixelHash(String pixelHash) {
        return read(() -> queryPhoto(SELECT + "WHERE p.pixel_hash = ? ORDER BY p.id DESC LIMIT 1", pixelHash));
    }

    /** The most recent photo whose current original carries this agency item id. */
    @Override
    public Optional<Photo> findByItemId(String itemId) {
        return read(() -> queryPhoto(SELECT + "JOIN photo_item_id i ON i.photo_id = p.id WHERE i.item_id = ? "
                + "ORDER BY p.id DESC LIMIT 1", itemId));
    }

    @Override
    public List<Photo> findAllByItemId(String itemId, int limit) {
        return read(() -> queryPhotos(SELECT + "JOIN photo_item_id i ON i.photo_id = p.id WHERE i.item_id = ? "
                + "ORDER BY p.id LIMIT ?", itemId, limit));
    }

    @Override
    public List<Photo> findAllByPixelHash(String pixelHash, int limit) {
        return read(() -> queryPhotos(SELECT + "WHERE p.pixel_hash = ? ORDER BY p.id LIMIT ?", pixelHash, limit));
    }

    @Override
    public List<ResendNotice> notices(long id) {
        return read(() -> {
            try (ResultSet rs = statement("SELECT id, photo_id, version, kind, note, changes_json, at, resolution, "
                    + "resolved_by, resolved_at FROM photo_notice WHERE photo_id = ? ORDER BY id", id).executeQuery()) {
                var notices = new ArrayList<ResendNotice>();
                while (rs.next()) {
                    notices.add(notice(rs));
                }
                return notices;
            }
        });
    }

    private ResendNotice notice(ResultSet rs) throws SQLException {
        return new ResendNotice(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                ResendNotice.Kind.valueOf(rs.getString(4).toUpperCase(java.util.Locale.ROOT)), rs.getString(5),
                json.changes(rs.getString(6)), Instant.parse(rs.getString(7)), resolution(rs.getString(8)),
                rs.getString(9), rs.getString(10) == null ? null : Instant.parse(rs.getString(10)));
    }

    private static ResendNotice.Resolution resolution(String word) {
        return ResendNotice.Resolution.valueOf(word.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    @Override
    public java.util.Set<Long> withPendingNotices(List<Long> ids) {
        var pending = new java.util.HashSet<Long>();
        if (ids.isEmpty()) {
            return pending;
        }
        return read(() -> {
            try (ResultSet rs = statement("SELECT DISTINCT photo_id FROM photo_notice WHERE resolution = 'pending' "
                    + "AND photo_id IN (SELECT value FROM json_each(?))", idArray(ids)).executeQuery()) {
                while (rs.next()) {
                    pending.add(rs.getLong(1));
                }
                return pending;
            }
        });
    }

    @Override
    public ResendNotice resolveNotice(long photoId, long noticeId, ResendNotice.Resolution choice, String user,
            Instant at) {
        if (choice == ResendNotice.Resolution.PENDING) {
            throw new IllegalArgumentException("a notice is resolved by keeping the desk's edits or taking the "
                    + "agency's text, not by 'pending'");
        }
        return write(() -> {
            ResendNotice notice;
            try (ResultSet rs = statement("SELECT id, photo_id, version, kind, note, changes_json, at, resolution, "
                    + "resolved_by, resolved_at FROM photo_notice WHERE id = ? AND photo_id = ?", noticeId, photoId)
                    .executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("photo " + photoId + " has no notice " + noticeId
                            + ": list its notices first");
                }
                notice = notice(rs);
            }
            if (!notice.pending()) {
                throw new IllegalStateException("notice " + noticeId + " of photo " + photoId + " was resolved already ("
                        + notice.resolution().word() + " by " + notice.resolvedBy() + ")");
            }
            update("UPDATE photo_notice SET resolution = ?, resolved_by = ?, resolved_at = ? WHERE id = ?",
                    choice.word(), user, at.toString(), noticeId);
            logChange(photoId, "notice", at);
            return notice.resolved(choice, user, at);
        });
    }

    @Override
    public Optional<Photo> putPerceptualHash(String sha256, long hash) {
        return write(() -> {
            Optional<Long> id = queryLong("SELECT id FROM photo WHERE sha256 = ?", sha256);
            if (id.isEmpty()) {
                return Optional.<Photo>empty();
            }
            update("UPDATE photo SET perceptual_hash = ? WHERE id = ?", hash, id.get());
            parsed.remove(id.get());
            listed.remove(id.get());
            logChange(id.get(), "hash", clock.instant());
            return Optional.of(expectById(id.get()));
        });
    }

    @Override
    public List<PhotoVersion> history(long id) {
        return read(() -> {
            try (ResultSet rs = statement("SELECT photo_id, version, sha256, embedded_json, replaced_at, reason "
                    + "FROM photo_version WHERE photo_id = ? ORDER BY version", id).executeQuery()) {
                var versions = new ArrayList<PhotoVersion>();
                while (rs.next()) {
                    versions.add(new PhotoVersion(rs.getLong(1), rs.getInt(2), rs.getString(3),
                            json.metadata(rs.getString(4)), Instant.parse(rs.getString(5)), rs.getString(6)));
                }
                return versions;
            }
        });
    }

    @Override
    public List<PhotoEdit> edits(long id) {
        return read(() -> {
            try (ResultSet rs = statement("SELECT id, photo_id, field, before, after, user_name, at, follows_agency "
                    + "FROM photo_edit WHERE photo_id = ? ORDER BY id", id).executeQuery()) {
                var edits = new ArrayList<PhotoEdit>();
                while (rs.next()) {
                    edits.add(new PhotoEdit(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), Instant.parse(rs.getString(7)), rs.getInt(8) != 0));
                }
                return edits;
            }
        });
    }

    @Override
    public Map<Long, java.util.Set<String>> editedFields(List<Long> ids) {
        var fields = new HashMap<Long, java.util.Set<String>>();
        if (ids.isEmpty()) {
            return fields;
        }
        return read(() -> {
            try (ResultSet rs = statement("SELECT DISTINCT photo_id, field FROM photo_edit "
                    + "WHERE photo_id IN (SELECT value FROM json_each(?))", idArray(ids)).executeQuery()) {
                while (rs.next()) {
                    fields.computeIfAbsent(rs.getLong(1), id -> new java.util.HashSet<>()).add(rs.getString(2));
                }
                return fields;
            }
        });
    }

    @Override
    public List<Photo> page(long afterId, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("page limit " + limit + " is negative: ask for 0 or more photos");
        }
        return read(() -> queryPhotos(SELECT + "WHERE p.id > ? ORDER BY p.id LIMIT ?", afterId, limit));
    }

    @Override
    public long count() {
        return read(() -> queryLong("SELECT count(*) FROM photo").orElse(0L));
    }

    @Override
    public long lastChange() {
        return read(() -> queryLong("SELECT coalesce(max(seq), 0) FROM change_log").orElse(0L));
    }

    /** Ids of photos changed after {@code sinceChange}, each once, in the order of their latest change. */
    @Override
    public List<Long> changedSince(long sinceChange) {
        return read(() -> {
            try (ResultSet rs = statement("SELECT photo_id FROM change_log WHERE seq > ? "
                    + "GROUP BY photo_id ORDER BY max(seq)", sinceChange).executeQuery()) {
                var ids = new ArrayList<Long>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                return ids;
            }
        });
    }

    /** Photos as last parsed, by id: a row whose version and update time are unchanged is not parsed again. */
    private final PhotoCache parsed = new PhotoCache(PARSED_CACHE);
    /** Photos parsed for list views, without raw tags, by id; checked like {@link #parsed}. */
    private final PhotoCache listed = new PhotoCache(LISTED_CACHE);

    private Photo photo(ResultSet rs) throws SQLException {
        Photo known = cached(rs, false);
        if (known != null) {
            return known;
        }
        Photo photo = parse(row(rs, true));
        parsed.put(photo.id(), photo);
        return photo;
    }

    /** The photo of {@code row}; raw tags only when the row has them (not for list views). */
    private Photo parse(Row row) {
        PhotoMetadata embedded = json.metadata(row.embedded());
        return new Photo(row.id(), row.sha256(), row.pixelHash(), row.fileName(), row.mediaType(), row.width(),
                row.height(), embedded,
                row.metadata().equals(row.embedded()) ? embedded : json.metadata(row.metadata()), row.agency(),
                row.raw() == null ? RawMetadata.EMPTY : json.raw(row.raw()), json.problems(row.problems()),
                StoreTimes.instant(row.ingestedAt()), StoreTimes.instant(row.updatedAt()), row.version(), row.rating(),
                json.strings(row.labels()), json.identity(row.identity()), json.provenance(row.provenance()),
                row.perceptualHash(), row.kill());
    }

    private Photo expectById(long id) throws SQLException {
        return queryPhoto(SELECT + "WHERE p.id = ?", id).orElseThrow(() -> new IllegalArgumentException(
                "no photo with id " + id + ": look it up with findBySha256 or page first"));
    }

    // ---- writes ----

    /**
     * Stores a new photo as version 1 and logs the change.
     *
     * @throws IllegalStateException when a photo already has (or had) this SHA-256
     */
    @Override
    public Photo add(PhotoRecord record) {
        return write(() -> {
            expectShaFree(record.sha256(), 0);
            Instant now = clock.instant();
            String embedded = json.write(record.embedded());
            String metadata = record.embedded().equals(record.metadata()) ? embedded : json.write(record.metadata());
            long id;
            try (ResultSet rs = statement("INSERT INTO photo (sha256, pixel_hash, file_name, media_type, width, "
                    + "height, orientation, size_bytes, agency, embedded_json, metadata_json, raw_json, problems_json, "
                    + "transmission_reference, ingested_at, updated_at, version, identity_json, provenance_json) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id",
                    record.sha256(), record.pixelHash(), record.fileName(), record.image().mediaType(),
                    record.image().width(), record.image().height(), record.image().orientation(),
                    record.sizeBytes(), record.agency(), embedded, metadata, json.writeRaw(record.raw()),
                    json.write(record.problems()), record.embedded().transmissionReference(), now.toString(),
                    now.toString(), json.write(record.identity()), json.write(record.provenance())).executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            update("INSERT INTO photo_sha (sha256, photo_id) VALUES (?, ?)", record.sha256(), id);
            itemIds(id, record);
            logChange(id, "add", now);
            return new Photo(id, record.sha256(), record.pixelHash(), record.fileName(), record.image().mediaType(),
                    record.image().width(), record.image().height(), record.embedded(), record.metadata(),
                    record.agency(), record.raw(), record.problems(), now, now, 1, 0, List.of(), record.identity(),
                    record.provenance(), null, null);
        });
    }

    /**
     * Writes {@code change} in one transaction, if the photo is still at the version it was decided on: the previous
     * version goes to the history when the change keeps one, the edit is recorded, the row moves one version up and
     * the change is logged.
     */
    @Override
    public Photo update(PhotoChange change) {
        return write(() -> {
            long id = change.photoId();
            Photo old = expectById(id);
            if (old.version() != change.expectedVersion()) {
                throw new PhotoChangedException(id, change.expectedVersion(), old.version());
            }
            String at = change.at().toString();
            if (change.keepsVersion()) {
                keepVersion(old, change.at(), change.kind().word());
            }
            if (change.original().isPresent()) {
                replaceOriginal(id, change.original().get());
            }
            update("UPDATE photo SET metadata_json = ?, rating = ?, labels_json = ?, updated_at = ?, "
                    + "version = version + 1 WHERE id = ?", json.write(change.metadata()), change.rating(),
                    json.write(change.labels()), at, id);
            if (change.edit().isPresent()) {
                PhotoChange.Edit e = change.edit().get();
                update("INSERT INTO photo_edit (photo_id, field, before, after, user_name, at, follows_agency) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", id, e.field(), e.before(), e.after(), e.user(), at,
                        e.followsAgency() ? 1 : 0);
            }
            if (change.notice().isPresent()) {
                ResendNotice n = change.notice().get();
                update("INSERT INTO photo_notice (photo_id, version, kind, note, changes_json, at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", id, old.version() + 1, n.kind().word(), n.note(),
                        json.write(n.changes()), n.at().toString());
            }
            logChange(id, change.kind().word(), change.at());
            return expectById(id);
        });
    }

    /**
     * Kills photo {@code id} (or lifts its kill when {@code kill} is null) in one transaction: the kill row, the
     * photo one version up, and the change log. A repeated kill or lift changes nothing.
     */
    @Override
    public Photo setKill(long id, PhotoKill kill) {
        return write(() -> {
            Photo old = expectById(id);
            if (old.killed() == (kill != null)) {
                return old;
            }
            Instant at = kill != null ? kill.at() : clock.instant();
            if (kill != null) {
                update("INSERT INTO photo_kill (photo_id, killed_at, reason, source, user_name) VALUES (?, ?, ?, ?, ?)",
                        id, kill.at().toString(), kill.reason(), kill.source(), kill.user());
            } else {
                update("DELETE FROM photo_kill WHERE photo_id = ?", id);
            }
            update("UPDATE photo SET updated_at = ?, version = version + 1 WHERE id = ?", at.toString(), id);
            logChange(id, kill != null ? "kill" : "unkill", at);
            return expectById(id);
        });
    }

    private void replaceOriginal(long id, PhotoRecord record) throws SQLException {
        expectShaFree(record.sha256(), id);
        update("UPDATE photo SET sha256 = ?, pixel_hash = ?, file_name = ?, media_type = ?, width = ?, height = ?, "
                + "orientation = ?, size_bytes = ?, agency = ?, embedded_json = ?, raw_json = ?, problems_json = ?, "
                + "transmission_reference = ?, identity_json = ?, provenance_json = ?, perceptual_hash = NULL "
                + "WHERE id = ?",
                record.sha256(), record.pixelHash(), record.fileName(), record.image().mediaType(),
                record.image().width(), record.image().height(), record.image().orientation(),
                record.sizeBytes(), record.agency(), json.write(record.embedded()), json.writeRaw(record.raw()),
                json.write(record.problems()), record.embedded().transmissionReference(),
                json.write(record.identity()), json.write(record.provenance()), id);
        update("INSERT OR IGNORE INTO photo_sha (sha256, photo_id) VALUES (?, ?)", record.sha256(), id);
        update("DELETE FROM photo_item_id WHERE photo_id = ?", id);
        itemIds(id, record);
    }

    private void itemIds(long id, PhotoRecord record) throws SQLException {
        for (String itemId : record.identity().ids()) {
            update("INSERT OR IGNORE INTO photo_item_id (item_id, photo_id) VALUES (?, ?)", itemId, id);
        }
    }

    private void expectShaFree(String sha256, long allowedPhotoId) throws SQLException {
        Optional<Long> owner = queryLong("SELECT photo_id FROM photo_sha WHERE sha256 = ?", sha256);
        if (owner.isPresent() && owner.get() != allowedPhotoId) {
            throw new IllegalStateException("a file with sha256 " + sha256 + " is already stored as photo "
                    + owner.get() + ": treat it as a duplicate (findBySha256) instead of storing it again");
        }
    }

    private void keepVersion(Photo old, Instant now, String reason) throws SQLException {
        update("INSERT INTO photo_version (photo_id, version, sha256, embedded_json, metadata_json, replaced_at, "
                + "reason) VALUES (?, ?, ?, ?, ?, ?, ?)", old.id(), old.version(), old.sha256(),
                json.write(old.embedded()), json.write(old.metadata()), now.toString(), reason);
    }

    private void logChange(long photoId, String kind, Instant at) throws SQLException {
        update("INSERT INTO change_log (photo_id, kind, at) VALUES (?, ?, ?)", photoId, kind, at.toString());
    }

    /** Closes the database; the store cannot be used afterwards. */
    @Override
    public void close() {
        lock.lock();
        try {
            for (PreparedStatement statement : statements.values()) {
                sql(() -> { statement.close(); return null; });
            }
            statements.clear();
            sql(() -> { connection.close(); return null; });
        } finally {
            lock.unlock();
        }
    }
}
