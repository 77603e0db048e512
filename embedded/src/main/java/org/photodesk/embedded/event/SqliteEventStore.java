package org.photodesk.embedded.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.photodesk.embedded.gallery.SqliteGalleryRepository;
import org.photodesk.embedded.store.SqliteFile;
import org.sqlite.SQLiteConfig;
import org.photodesk.core.article.Article;
import org.photodesk.core.event.EventCache;
import org.photodesk.core.event.EventDecision;
import org.photodesk.core.event.EventMember;
import org.photodesk.core.event.EventState;
import org.photodesk.core.event.MembershipChange;
import org.photodesk.core.event.EventStore;
import org.photodesk.core.event.EventStoreException;
import org.photodesk.core.event.RosterName;
import org.photodesk.core.event.StoredArticle;

/**
 * Imported articles, event decisions and roster names in the library's SQLite file ({@code V4__articles_events.sql}),
 * on a connection of their own (WAL, {@code busy_timeout=5000}). Each write is one statement, hence atomic.
 */
public final class SqliteEventStore implements EventStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final String ARTICLE_COLUMNS =
            "id, file_name, sha256, part, parsed_json, gallery_id, imported_at";

    private final Connection db;
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private SqliteEventStore(Connection db) {
        this.db = db;
    }

    /** Migrates the library's database {@code dbFile} when needed, then opens it. */
    public static SqliteEventStore openMigrated(Path dbFile) {
        SqliteGalleryRepository.migrate(dbFile);
        return open(dbFile);
    }

    /** Opens the article and event tables of the library's database {@code dbFile}, which must be migrated. */
    public static SqliteEventStore open(Path dbFile) {
        return open(SqliteFile.writable(dbFile));
    }

    /** Opens the article and event tables of {@code file} (read-only when it says so), which must be migrated. */
    public static SqliteEventStore open(SqliteFile file) {
        try {
            var config = new SQLiteConfig();
            config.setBusyTimeout(5000);
            Connection c = file.connect(config);
            if (!file.readOnly()) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode=WAL");
                }
            }
            return new SqliteEventStore(c);
        } catch (SQLException e) {
            throw new EventStoreException("cannot open the event tables in " + file.path() + ": " + e.getMessage(), e);
        }
    }

    // ---- articles ----

    /** The articles imported from a file with these bytes, by part. */
    @Override
    public synchronized List<StoredArticle> findBySha256(String sha256) {
        return articles("SELECT " + ARTICLE_COLUMNS + " FROM article WHERE sha256=? ORDER BY part", sha256);
    }

    /** The article events cite as {@code sourceId}. */
    @Override
    public synchronized Optional<StoredArticle> findBySourceId(String sourceId) {
        return articles("SELECT " + ARTICLE_COLUMNS + " FROM article WHERE source_id=?", sourceId).stream().findFirst();
    }

    /** Every imported article, in import order. */
    @Override
    public synchronized List<StoredArticle> articles() {
        return articles("SELECT " + ARTICLE_COLUMNS + " FROM article ORDER BY id", null);
    }

    /** Stores a new article (its id is ignored) and returns it with the store's id. */
    @Override
    public synchronized StoredArticle add(StoredArticle a) {
        String sql = "INSERT INTO article (source_id, file_name, sha256, part, title, article_date, text, parsed_json, "
                + "gallery_id, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            Article article = a.article();
            ps.setString(1, article.id());
            ps.setString(2, a.fileName());
            ps.setString(3, a.sha256());
            ps.setInt(4, a.part());
            ps.setString(5, article.title());
            ps.setString(6, article.date() == null ? null : article.date().toString());
            ps.setString(7, article.text());
            ps.setString(8, write(article));
            if (a.galleryId() == null) {
                ps.setNull(9, Types.INTEGER);
            } else {
                ps.setLong(9, a.galleryId());
            }
            ps.setString(10, a.importedAt().toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new StoredArticle(keys.getLong(1), a.fileName(), a.sha256(), a.part(), article, a.galleryId(),
                        a.importedAt());
            }
        } catch (SQLException e) {
            throw new EventStoreException("cannot store article '" + a.sourceId() + "': " + e.getMessage(), e);
        }
    }

    /** Records that the gallery {@code galleryId} was made from article {@code articleId}. */
    @Override
    public synchronized void setGallery(long articleId, long galleryId) {
        try (PreparedStatement ps = db.prepareStatement("UPDATE article SET gallery_id=? WHERE id=?")) {
            ps.setLong(1, galleryId);
            ps.setLong(2, articleId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new EventStoreException("cannot link article " + articleId + " to its gallery: " + e.getMessage(), e);
        }
    }

    private List<StoredArticle> articles(String sql, String param) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param);
            }
            List<StoredArticle> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long gallery = rs.getLong("gallery_id");
                    Long galleryId = rs.wasNull() ? null : gallery;
                    out.add(new StoredArticle(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"),
                            rs.getInt("part"), read(rs.getString("parsed_json"), Article.class), galleryId,
                            Instant.parse(rs.getString("imported_at"))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new EventStoreException("cannot read articles: " + e.getMessage(), e);
        }
    }

    // ---- decisions ----

    /** Appends a decision; it is replayed after the ones before it. */
    @Override
    public synchronized void decide(EventDecision decision, Instant at) {
        record Row(String kind, List<String> members, String name) {}
        Row row = switch (decision) {
            case EventDecision.Rename r -> new Row("rename", List.of(r.member()), r.name());
            case EventDecision.Merge m -> new Row("merge", List.of(m.first(), m.second()), null);
            case EventDecision.Split s -> new Row("split", s.members(), s.name());
        };
        String sql = "INSERT INTO event_decision (kind, members_json, name, decided_at) VALUES (?,?,?,?)";
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, row.kind());
            ps.setString(2, write(row.members()));
            ps.setString(3, row.name());
            ps.setString(4, at.toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new EventStoreException("cannot store the " + row.kind() + " decision: " + e.getMessage(), e);
        }
    }

    /** Every decision, oldest first. */
    @Override
    public synchronized List<EventDecision> decisions() {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT kind, members_json, name FROM event_decision ORDER BY seq");
                ResultSet rs = ps.executeQuery()) {
            List<EventDecision> out = new ArrayList<>();
            while (rs.next()) {
                List<String> members = read(rs.getString("members_json"), STRINGS);
                String name = rs.getString("name");
                out.add(switch (rs.getString("kind")) {
                    case "rename" -> new EventDecision.Rename(members.getFirst(), name);
                    case "merge" -> new EventDecision.Merge(members.get(0), members.get(1));
                    default -> new EventDecision.Split(members, name);
                });
            }
            return out;
        } catch (SQLException e) {
            throw new EventStoreException("cannot read event decisions: " + e.getMessage(), e);
        }
    }

    // ---- roster ----

    /** Stores {@code name} for its event, replacing the aliases it had. */
    @Override
    public synchronized void put(RosterName name) {
        String sql = "INSERT INTO roster_name (event_name, name, aliases) VALUES (?,?,?) "
                + "ON CONFLICT (event_name, name) DO UPDATE SET aliases=excluded.aliases";
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, name.eventName());
            ps.setString(2, name.name());
            ps.setString(3, write(name.aliases()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new EventStoreException("cannot store roster name '" + name.name() + "': " + e.getMessage(), e);
        }
    }

    /** The roster names of every event, by event then name. */
    @Override
    public synchronized List<RosterName> roster() {
        return roster("SELECT event_name, name, aliases FROM roster_name ORDER BY event_name, name", null);
    }

    /** The roster names of the event called {@code eventName} (case ignored), by name. */
    @Override
    public synchronized List<RosterName> roster(String eventName) {
        return roster("SELECT event_name, name, aliases FROM roster_name WHERE event_name=? COLLATE NOCASE "
                + "ORDER BY name", eventName);
    }

    private List<RosterName> roster(String sql, String param) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param.strip());
            }
            List<RosterName> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RosterName(rs.getString("event_name"), rs.getString("name"),
                            read(rs.getString("aliases"), STRINGS)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new EventStoreException("cannot read the roster: " + e.getMessage(), e);
        }
    }

    // ---- JSON ----

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new EventStoreException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new EventStoreException("cannot read a stored " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new EventStoreException("cannot read stored JSON: " + e.getOriginalMessage(), e);
        }
    }

    // ---- kept events (V16__event_membership.sql) ----

    @Override
    public synchronized EventState eventState() {
        String sql = "SELECT version, photos_seen, articles_seen, (SELECT COUNT(*) FROM article) AS articles "
                + "FROM event_state WHERE id = 1";
        try (PreparedStatement ps = db.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new EventState(rs.getLong("version"), rs.getLong("photos_seen"), rs.getInt("articles"),
                    rs.getInt("articles_seen"));
        } catch (SQLException e) {
            throw new EventStoreException("cannot read the kept events' state: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<EventMember> members(long afterVersion) {
        String sql = "SELECT member_id, group_key, added_at, signature, digest, changed FROM event_member "
                + "WHERE changed > ? ORDER BY member_id";
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setLong(1, afterVersion);
            try (ResultSet rs = ps.executeQuery()) {
                List<EventMember> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new EventMember(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getLong(6)));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new EventStoreException("cannot read the kept events' members: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized boolean saveMembers(MembershipChange change) {
        String state = "UPDATE event_state SET version = version + 1, photos_seen = ?, articles_seen = ? "
                + "WHERE id = 1 AND version = ?";
        String upsert = "INSERT INTO event_member (member_id, group_key, added_at, signature, digest, changed) "
                + "VALUES (?,?,?,?,?,?) ON CONFLICT (member_id) DO UPDATE SET group_key = excluded.group_key, "
                + "added_at = excluded.added_at, signature = excluded.signature, digest = excluded.digest, "
                + "changed = excluded.changed";
        try {
            db.setAutoCommit(false);
            try (PreparedStatement ps = db.prepareStatement(state); PreparedStatement up = db.prepareStatement(upsert)) {
                ps.setLong(1, change.photosSeen());
                ps.setInt(2, change.articlesSeen());
                ps.setLong(3, change.expectedVersion());
                if (ps.executeUpdate() == 0) {
                    db.rollback();
                    return false;
                }
                for (EventMember m : change.rows()) {
                    up.setString(1, m.memberId());
                    up.setString(2, m.group());
                    up.setString(3, m.addedAt().toString());
                    up.setString(4, m.signature());
                    up.setString(5, m.digest());
                    up.setLong(6, change.expectedVersion() + 1);
                    up.addBatch();
                }
                up.executeBatch();
                db.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new EventStoreException("cannot write " + change.rows().size() + " kept event members: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<EventCache> cached(String key) {
        try (PreparedStatement ps = db.prepareStatement("SELECT version, text FROM event_cache WHERE cache_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new EventCache(rs.getLong(1), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new EventStoreException("cannot read the kept '" + key + "': " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void cache(String key, long version, String text) {
        String sql = "INSERT INTO event_cache (cache_key, version, text) VALUES (?,?,?) ON CONFLICT (cache_key) "
                + "DO UPDATE SET version = excluded.version, text = excluded.text";
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, key);
            ps.setLong(2, version);
            ps.setString(3, text);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new EventStoreException("cannot keep '" + key + "': " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new EventStoreException("cannot close the event tables: " + e.getMessage(), e);
        }
    }
}
