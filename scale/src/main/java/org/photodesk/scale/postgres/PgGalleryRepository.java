package org.photodesk.scale.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.gallery.GalleryChangedException;
import org.photodesk.core.gallery.GalleryItem;
import org.photodesk.core.gallery.GalleryRepository;
import org.photodesk.core.gallery.GalleryStatus;
import org.photodesk.core.gallery.ImportedCaption;

/**
 * Galleries in PostgreSQL: each write is one transaction; an update replaces the items as a whole, and only while the
 * stored edit revision is the one the gallery was read at (optimistic locking across desk nodes); a read is one
 * snapshot (gallery and items in one statement).
 */
public final class PgGalleryRepository implements GalleryRepository {

    private static final String COLUMNS = "g.id, g.slug, g.title, g.intro, g.event, g.gallery_date, g.status, "
            + "g.created_at, g.published_at, g.revision, g.edit_revision";
    private static final String SELECT = "SELECT " + COLUMNS + ", i.item_id, i.position, i.photo_id, "
            + "i.caption_override, i.credit_override, i.imported_caption, i.imported_agency, i.imported_photographer "
            + "FROM gallery g LEFT JOIN gallery_item i ON i.gallery_id = g.id ";

    private final PgDatabase db;

    public PgGalleryRepository(PgDatabase db) {
        this.db = db;
    }

    @Override
    public Gallery create(Gallery gallery) {
        if (gallery.id() != 0) {
            throw new IllegalArgumentException("gallery '" + gallery.slug() + "' already has id " + gallery.id());
        }
        try {
            return db.inTransaction(c -> {
                long id = Sql.queryLong(c, "INSERT INTO gallery (slug, title, intro, event, gallery_date, status, "
                        + "created_at, published_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                        details(gallery));
                Gallery saved = gallery.withId(id).withEditRevision(0);
                insertItems(c, saved);
                return saved;
            });
        } catch (ScaleStoreException e) {
            if (ScaleStoreException.isUniqueViolation(e)) {
                throw new IllegalArgumentException("a gallery with slug '" + gallery.slug()
                        + "' already exists: choose another slug", e);
            }
            throw e;
        }
    }

    /** Stores {@code gallery} with its own id and edit revision, replacing one of that id (for migrations). */
    void restore(Connection c, Gallery gallery) throws SQLException {
        Sql.update(c, "DELETE FROM gallery WHERE id = ?", gallery.id());
        Object[] d = details(gallery);
        Sql.update(c, "INSERT INTO gallery (id, slug, title, intro, event, gallery_date, status, created_at, "
                + "published_at, revision, edit_revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", gallery.id(),
                d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], gallery.editRevision());
        insertItems(c, gallery);
    }

    private static Object[] details(Gallery g) {
        return new Object[] {g.slug(), g.title(), g.intro(), g.event(), g.date(), g.status().code(), g.createdAt(),
            g.publishedAt(), g.revision()};
    }

    @Override
    public Gallery update(Gallery gallery) {
        return db.inTransaction(c -> {
            Object[] d = details(gallery);
            int n = Sql.update(c, "UPDATE gallery SET slug = ?, title = ?, intro = ?, event = ?, gallery_date = ?, "
                    + "status = ?, created_at = ?, published_at = ?, revision = ?, edit_revision = edit_revision + 1 "
                    + "WHERE id = ? AND edit_revision = ?", d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8],
                    gallery.id(), gallery.editRevision());
            if (n != 1) {
                throw refusal(c, gallery);
            }
            Sql.update(c, "DELETE FROM gallery_item WHERE gallery_id = ?", gallery.id());
            insertItems(c, gallery);
            return gallery.withEditRevision(gallery.editRevision() + 1);
        });
    }

    private static RuntimeException refusal(Connection c, Gallery gallery) throws SQLException {
        Optional<Long> stored = Sql.queryOne(c, "SELECT edit_revision FROM gallery WHERE id = ?",
                rs -> rs.getLong(1), gallery.id());
        return stored.<RuntimeException>map(r -> new GalleryChangedException(gallery.slug(), gallery.editRevision(), r))
                .orElseGet(() -> new NoSuchElementException("no gallery with id " + gallery.id()
                        + " to update: create it first"));
    }

    @Override
    public boolean fillPlaceholder(long galleryId, long itemId, long photoId) {
        return db.inTransaction(c -> {
            Sql.queryOne(c, "SELECT id FROM gallery WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), galleryId);
            int n = Sql.update(c, "UPDATE gallery_item SET photo_id = ? WHERE gallery_id = ? AND item_id = ? "
                    + "AND photo_id IS NULL AND NOT EXISTS (SELECT 1 FROM gallery_item WHERE gallery_id = ? "
                    + "AND photo_id = ?)", photoId, galleryId, itemId, galleryId, photoId);
            if (n != 1) {
                return false;
            }
            Sql.update(c, "UPDATE gallery SET edit_revision = edit_revision + 1 WHERE id = ?", galleryId);
            return true;
        });
    }

    private static void insertItems(Connection c, Gallery g) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gallery_item (gallery_id, item_id, position, "
                + "photo_id, caption_override, credit_override, imported_caption, imported_agency, "
                + "imported_photographer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (GalleryItem item : g.items()) {
                ImportedCaption imp = item.imported();
                Sql.bind(ps, g.id(), item.id(), item.position(), item.photoId(), item.captionOverride(),
                        item.creditOverride(), imp == null ? null : imp.text(), imp == null ? null : imp.agency(),
                        imp == null ? null : imp.photographer());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public Optional<Gallery> findBySlug(String slug) {
        return db.read(c -> galleries(c, SELECT + "WHERE g.slug = ? ORDER BY i.position", slug)).stream().findFirst();
    }

    @Override
    public Optional<Gallery> findById(long id) {
        return db.read(c -> galleries(c, SELECT + "WHERE g.id = ? ORDER BY i.position", id)).stream().findFirst();
    }

    @Override
    public List<Gallery> list() {
        return db.read(c -> galleries(c, SELECT + "ORDER BY g.created_at DESC, g.id DESC, i.position"));
    }

    @Override
    public boolean delete(String slug) {
        return db.inTransaction(c -> Sql.update(c, "DELETE FROM gallery WHERE slug = ?", slug) > 0);
    }

    /** The galleries of a query over {@link #SELECT}, whose rows come grouped by gallery and ordered by position. */
    private static List<Gallery> galleries(Connection c, String sql, Object... parameters) throws SQLException {
        var out = new ArrayList<Gallery>();
        try (PreparedStatement ps = Sql.prepare(c, sql, parameters); ResultSet rs = ps.executeQuery()) {
            Gallery current = null;
            var items = new ArrayList<GalleryItem>();
            while (rs.next()) {
                if (current == null || current.id() != rs.getLong("id")) {
                    addWith(out, current, items);
                    current = gallery(rs);
                    items = new ArrayList<>();
                }
                item(rs).ifPresent(items::add);
            }
            addWith(out, current, items);
        }
        return out;
    }

    private static void addWith(List<Gallery> out, Gallery gallery, List<GalleryItem> items) {
        if (gallery != null) {
            out.add(gallery.withItems(items));
        }
    }

    private static Gallery gallery(ResultSet rs) throws SQLException {
        return new Gallery(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("intro"),
                rs.getString("event"), rs.getObject("gallery_date", java.time.LocalDate.class),
                GalleryStatus.ofCode(rs.getString("status")), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "published_at"), rs.getInt("revision"), rs.getLong("edit_revision"), List.of());
    }

    private static Optional<GalleryItem> item(ResultSet rs) throws SQLException {
        long itemId = rs.getLong("item_id");
        if (rs.wasNull()) {
            return Optional.empty();
        }
        String text = rs.getString("imported_caption");
        ImportedCaption imported = text == null ? null
                : new ImportedCaption(text, rs.getString("imported_agency"), rs.getString("imported_photographer"));
        return Optional.of(new GalleryItem(itemId, rs.getInt("position"), Sql.nullableLong(rs, "photo_id"),
                rs.getString("caption_override"), rs.getString("credit_override"), imported));
    }

    /** Nothing to close: the database belongs to the library. */
    @Override
    public void close() {
    }
}
