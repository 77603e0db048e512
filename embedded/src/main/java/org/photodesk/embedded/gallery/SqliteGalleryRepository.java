package org.photodesk.embedded.gallery;

import org.photodesk.core.gallery.GalleryStoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.photodesk.embedded.store.Migrations;
import org.photodesk.embedded.store.SqliteFile;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.gallery.GalleryChangedException;
import org.photodesk.core.gallery.GalleryItem;
import org.photodesk.core.gallery.GalleryRepository;
import org.photodesk.core.gallery.GalleryStatus;
import org.photodesk.core.gallery.ImportedCaption;
import org.sqlite.SQLiteConfig;

/**
 * Galleries in the library's SQLite file, on a connection of their own (WAL, {@code busy_timeout=5000}) beside the
 * photo store's. Each write is one short transaction, begun IMMEDIATE so that it holds the write lock from its first
 * statement; an update replaces the gallery's items as a whole, and only when the stored edit revision is the one
 * the gallery was read at (optimistic locking across connections and processes). A read is one snapshot: the items
 * are read while the gallery's statement is still open.
 */
public final class SqliteGalleryRepository implements GalleryRepository {

    /** The Flyway location holding {@code V2__galleries.sql}. */
    public static final String MIGRATIONS = Migrations.LOCATION;

    private static final String COLUMNS =
            "id, slug, title, intro, event, gallery_date, status, created_at, published_at, revision, edit_revision";

    private final Connection db;

    private SqliteGalleryRepository(Connection db) {
        this.db = db;
    }

    /** Opens the galleries in SQLite file {@code dbFile}, which must already be migrated. */
    public static SqliteGalleryRepository open(Path dbFile) {
        return open(SqliteFile.writable(dbFile));
    }

    /** Opens the galleries in {@code file} (read-only when it says so), which must already be migrated. */
    public static SqliteGalleryRepository open(SqliteFile file) {
        try {
            var config = new SQLiteConfig();
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            config.setBusyTimeout(5000);
            config.enforceForeignKeys(true);
            Connection c = file.connect(config);
            if (!file.readOnly()) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode=WAL");
                }
            }
            return new SqliteGalleryRepository(c);
        } catch (SQLException e) {
            throw new GalleryStoreException("cannot open gallery database " + file.path() + ": " + e.getMessage(), e);
        }
    }

    /** Runs the library's Flyway migrations on {@code dbFile}, then opens it. */
    public static SqliteGalleryRepository openMigrated(Path dbFile) {
        migrate(dbFile);
        return open(dbFile);
    }

    /** Applies the pending migrations of {@link #MIGRATIONS} to {@code dbFile}. */
    public static void migrate(Path dbFile) {
        Migrations.migrate(dbFile);
    }

    @Override
    public synchronized Gallery create(Gallery gallery) {
        if (gallery.id() != 0) {
            throw new IllegalArgumentException("gallery '" + gallery.slug() + "' already has id " + gallery.id());
        }
        if (findBySlug(gallery.slug()).isPresent()) {
            throw new IllegalArgumentException("a gallery with slug '" + gallery.slug()
                    + "' already exists: choose another slug");
        }
        return inTransaction(() -> {
            long id;
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO gallery (slug, title, intro, event, "
                    + "gallery_date, status, created_at, published_at, revision) VALUES (?,?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bindGallery(ps, gallery);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            Gallery saved = gallery.withId(id).withEditRevision(0);
            insertItems(saved);
            return saved;
        });
    }

    @Override
    public synchronized Gallery update(Gallery gallery) {
        return inTransaction(() -> {
            try (PreparedStatement ps = db.prepareStatement("UPDATE gallery SET slug=?, title=?, intro=?, event=?, "
                    + "gallery_date=?, status=?, created_at=?, published_at=?, revision=?, "
                    + "edit_revision=edit_revision+1 WHERE id=? AND edit_revision=?")) {
                bindGallery(ps, gallery);
                ps.setLong(10, gallery.id());
                ps.setLong(11, gallery.editRevision());
                if (ps.executeUpdate() != 1) {
                    throw refusal(gallery);
                }
            }
            try (PreparedStatement ps = db.prepareStatement("DELETE FROM gallery_item WHERE gallery_id=?")) {
                ps.setLong(1, gallery.id());
                ps.executeUpdate();
            }
            insertItems(gallery);
            return gallery.withEditRevision(gallery.editRevision() + 1);
        });
    }

    /** Why an update matched no row: the gallery is gone, or it has moved on to another edit revision. */
    private RuntimeException refusal(Gallery gallery) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT edit_revision FROM gallery WHERE id=?")) {
            ps.setLong(1, gallery.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new java.util.NoSuchElementException("no gallery with id " + gallery.id()
                            + " to update: create it first");
                }
                return new GalleryChangedException(gallery.slug(), gallery.editRevision(), rs.getLong(1));
            }
        }
    }

    @Override
    public synchronized boolean fillPlaceholder(long galleryId, long itemId, long photoId) {
        return inTransaction(() -> {
            try (PreparedStatement ps = db.prepareStatement("UPDATE gallery_item SET photo_id=? WHERE gallery_id=? "
                    + "AND item_id=? AND photo_id IS NULL AND NOT EXISTS (SELECT 1 FROM gallery_item "
                    + "WHERE gallery_id=? AND photo_id=?)")) {
                ps.setLong(1, photoId);
                ps.setLong(2, galleryId);
                ps.setLong(3, itemId);
                ps.setLong(4, galleryId);
                ps.setLong(5, photoId);
                if (ps.executeUpdate() != 1) {
                    return false;
                }
            }
            try (PreparedStatement ps = db.prepareStatement(
                    "UPDATE gallery SET edit_revision=edit_revision+1 WHERE id=?")) {
                ps.setLong(1, galleryId);
                ps.executeUpdate();
            }
            return true;
        });
    }

    private static void bindGallery(PreparedStatement ps, Gallery g) throws SQLException {
        ps.setString(1, g.slug());
        ps.setString(2, g.title());
        ps.setString(3, g.intro());
        ps.setString(4, g.event());
        ps.setString(5, g.date() == null ? null : g.date().toString());
        ps.setString(6, g.status().code());
        ps.setString(7, g.createdAt().toString());
        ps.setString(8, g.publishedAt() == null ? null : g.publishedAt().toString());
        ps.setInt(9, g.revision());
    }

    private void insertItems(Gallery g) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO gallery_item (gallery_id, item_id, position, "
                + "photo_id, caption_override, credit_override, imported_caption, imported_agency, "
                + "imported_photographer) VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (GalleryItem item : g.items()) {
                ps.setLong(1, g.id());
                ps.setLong(2, item.id());
                ps.setInt(3, item.position());
                if (item.photoId() == null) {
                    ps.setNull(4, Types.INTEGER);
                } else {
                    ps.setLong(4, item.photoId());
                }
                ps.setString(5, item.captionOverride());
                ps.setString(6, item.creditOverride());
                ImportedCaption imp = item.imported();
                ps.setString(7, imp == null ? null : imp.text());
                ps.setString(8, imp == null ? null : imp.agency());
                ps.setString(9, imp == null ? null : imp.photographer());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public synchronized Optional<Gallery> findBySlug(String slug) {
        return findOne("SELECT " + COLUMNS + " FROM gallery WHERE slug=?", ps -> ps.setString(1, slug));
    }

    @Override
    public synchronized Optional<Gallery> findById(long id) {
        return findOne("SELECT " + COLUMNS + " FROM gallery WHERE id=?", ps -> ps.setLong(1, id));
    }

    @Override
    public synchronized List<Gallery> list() {
        return query("SELECT " + COLUMNS + " FROM gallery ORDER BY created_at DESC, id DESC", ps -> { });
    }

    @Override
    public synchronized boolean delete(String slug) {
        return inTransaction(() -> {
            try (PreparedStatement ps = db.prepareStatement("DELETE FROM gallery WHERE slug=?")) {
                ps.setString(1, slug);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private Optional<Gallery> findOne(String sql, Binder binder) {
        return query(sql, binder).stream().findFirst();
    }

    private List<Gallery> query(String sql, Binder binder) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            binder.bind(ps);
            var out = new ArrayList<Gallery>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(gallery(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new GalleryStoreException("cannot read galleries: " + e.getMessage(), e);
        }
    }

    private Gallery gallery(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String date = rs.getString("gallery_date");
        String published = rs.getString("published_at");
        return new Gallery(id, rs.getString("slug"), rs.getString("title"), rs.getString("intro"),
                rs.getString("event"), date == null ? null : LocalDate.parse(date),
                GalleryStatus.ofCode(rs.getString("status")), Instant.parse(rs.getString("created_at")),
                published == null ? null : Instant.parse(published), rs.getInt("revision"), rs.getLong("edit_revision"),
                items(id));
    }

    private List<GalleryItem> items(long galleryId) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT item_id, position, photo_id, caption_override, "
                + "credit_override, imported_caption, imported_agency, imported_photographer FROM gallery_item "
                + "WHERE gallery_id=? ORDER BY position")) {
            ps.setLong(1, galleryId);
            var out = new ArrayList<GalleryItem>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long photo = rs.getLong("photo_id");
                    Long photoId = rs.wasNull() ? null : photo;
                    String text = rs.getString("imported_caption");
                    ImportedCaption imported = text == null ? null
                            : new ImportedCaption(text, rs.getString("imported_agency"),
                                    rs.getString("imported_photographer"));
                    out.add(new GalleryItem(rs.getLong("item_id"), rs.getInt("position"), photoId,
                            rs.getString("caption_override"), rs.getString("credit_override"), imported));
                }
            }
            return out;
        }
    }

    /**
     * Runs {@code work} holding the database's write lock from the start ({@code BEGIN IMMEDIATE}): a transaction that
     * reads first and writes later fails at once (SQLITE_BUSY_SNAPSHOT) when another connection wrote in between
     * (the events' keeper does after every ingest), where this one waits its turn.
     */
    private <T> T inTransaction(Work<T> work) {
        try {
            try (java.sql.Statement s = db.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
            }
            try {
                T result = work.run();
                try (java.sql.Statement s = db.createStatement()) {
                    s.execute("COMMIT");
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                try (java.sql.Statement s = db.createStatement()) {
                    s.execute("ROLLBACK");
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new GalleryStoreException("cannot write gallery: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new GalleryStoreException("cannot close gallery database: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }
}
