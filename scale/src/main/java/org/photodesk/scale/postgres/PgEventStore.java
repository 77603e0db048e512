package org.photodesk.scale.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.photodesk.core.article.Article;
import org.photodesk.core.event.EventCache;
import org.photodesk.core.event.EventDecision;
import org.photodesk.core.event.EventMember;
import org.photodesk.core.event.EventState;
import org.photodesk.core.event.MembershipChange;
import org.photodesk.core.event.EventStore;
import org.photodesk.core.event.RosterName;
import org.photodesk.core.event.StoredArticle;

/** Imported articles, event decisions and roster names in PostgreSQL; each write is one statement, hence atomic. */
public final class PgEventStore implements EventStore {

    private static final String ARTICLES = "SELECT id, file_name, sha256, part, parsed_json, gallery_id, imported_at "
            + "FROM article ";
    private static final String ROSTER = "SELECT event_name, name, aliases FROM roster_name ";

    private final PgDatabase db;
    private final org.photodesk.core.photo.RecordJson json = new org.photodesk.core.photo.RecordJson(ScaleStoreException::new);

    public PgEventStore(PgDatabase db) {
        this.db = db;
    }

    @Override
    public List<StoredArticle> findBySha256(String sha256) {
        return db.read(c -> Sql.query(c, ARTICLES + "WHERE sha256 = ? ORDER BY part", this::article, sha256));
    }

    @Override
    public Optional<StoredArticle> findBySourceId(String sourceId) {
        return db.read(c -> Sql.queryOne(c, ARTICLES + "WHERE source_id = ?", this::article, sourceId));
    }

    @Override
    public List<StoredArticle> articles() {
        return db.read(c -> Sql.query(c, ARTICLES + "ORDER BY id", this::article));
    }

    @Override
    public StoredArticle add(StoredArticle a) {
        Article article = a.article();
        LocalDate date = article.date();
        long id = db.read(c -> Sql.queryLong(c, "INSERT INTO article (source_id, file_name, sha256, part, title, "
                + "article_date, text, parsed_json, gallery_id, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "RETURNING id", article.id(), a.fileName(), a.sha256(), a.part(), article.title(), date,
                article.text(), json.write(article), a.galleryId(), a.importedAt()));
        return new StoredArticle(id, a.fileName(), a.sha256(), a.part(), article, a.galleryId(), a.importedAt());
    }

    @Override
    public void setGallery(long articleId, long galleryId) {
        db.read(c -> Sql.update(c, "UPDATE article SET gallery_id = ? WHERE id = ?", galleryId, articleId));
    }

    private StoredArticle article(ResultSet rs) throws SQLException {
        return new StoredArticle(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"),
                rs.getInt("part"), json.article(rs.getString("parsed_json")), Sql.nullableLong(rs, "gallery_id"),
                Sql.instant(rs, "imported_at"));
    }

    @Override
    public void decide(EventDecision decision, Instant at) {
        record Row(String kind, List<String> members, String name) {}
        Row row = switch (decision) {
            case EventDecision.Rename r -> new Row("rename", List.of(r.member()), r.name());
            case EventDecision.Merge m -> new Row("merge", List.of(m.first(), m.second()), null);
            case EventDecision.Split s -> new Row("split", s.members(), s.name());
        };
        db.read(c -> Sql.update(c, "INSERT INTO event_decision (kind, members_json, name, decided_at) "
                + "VALUES (?, ?, ?, ?)", row.kind(), json.write(row.members()), row.name(), at));
    }

    @Override
    public List<EventDecision> decisions() {
        return db.read(c -> Sql.query(c, "SELECT kind, members_json, name FROM event_decision ORDER BY seq", rs -> {
            List<String> members = json.strings(rs.getString("members_json"));
            String name = rs.getString("name");
            return switch (rs.getString("kind")) {
                case "rename" -> new EventDecision.Rename(members.getFirst(), name);
                case "merge" -> new EventDecision.Merge(members.get(0), members.get(1));
                default -> new EventDecision.Split(members, name);
            };
        }));
    }

    @Override
    public void put(RosterName name) {
        db.read(c -> Sql.update(c, "INSERT INTO roster_name (event_name, name, aliases) VALUES (?, ?, ?) "
                + "ON CONFLICT (event_name, name) DO UPDATE SET aliases = excluded.aliases", name.eventName(),
                name.name(), json.write(name.aliases())));
    }

    @Override
    public List<RosterName> roster() {
        return db.read(c -> Sql.query(c, ROSTER + "ORDER BY event_name COLLATE \"C\", name COLLATE \"C\"",
                this::rosterName));
    }

    @Override
    public List<RosterName> roster(String eventName) {
        return db.read(c -> Sql.query(c, ROSTER + "WHERE lower(event_name) = lower(?) ORDER BY name COLLATE \"C\"",
                this::rosterName, eventName.strip()));
    }

    private RosterName rosterName(ResultSet rs) throws SQLException {
        return new RosterName(rs.getString(1), rs.getString(2), json.strings(rs.getString(3)));
    }

    /** Nothing to close: the database belongs to the library. */
    // ---- kept events (V9__event_membership.sql) ----

    @Override
    public EventState eventState() {
        return db.read(c -> Sql.queryOne(c, "SELECT version, photos_seen, articles_seen, "
                + "(SELECT COUNT(*) FROM article) AS articles FROM event_state WHERE id = 1",
                rs -> new EventState(rs.getLong("version"), rs.getLong("photos_seen"), rs.getInt("articles"),
                        rs.getInt("articles_seen"))).orElseThrow());
    }

    @Override
    public List<EventMember> members(long afterVersion) {
        return db.read(c -> Sql.query(c, "SELECT member_id, group_key, added_at, signature, digest, changed "
                + "FROM event_member WHERE changed > ? ORDER BY member_id COLLATE \"C\"",
                rs -> new EventMember(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getLong(6)), afterVersion));
    }

    @Override
    public boolean saveMembers(MembershipChange change) {
        return db.inTransaction(c -> {
            int moved = Sql.update(c, "UPDATE event_state SET version = version + 1, photos_seen = ?, "
                    + "articles_seen = ? WHERE id = 1 AND version = ?", change.photosSeen(), change.articlesSeen(),
                    change.expectedVersion());
            if (moved == 0) {
                return false;
            }
            try (var ps = c.prepareStatement("INSERT INTO event_member (member_id, group_key, added_at, signature, "
                    + "digest, changed) VALUES (?,?,?,?,?,?) ON CONFLICT (member_id) DO UPDATE SET "
                    + "group_key = excluded.group_key, added_at = excluded.added_at, signature = excluded.signature, "
                    + "digest = excluded.digest, changed = excluded.changed")) {
                for (EventMember m : change.rows()) {
                    Sql.bind(ps, m.memberId(), m.group(), m.addedAt().toString(), m.signature(), m.digest(),
                            change.expectedVersion() + 1);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return true;
        });
    }

    @Override
    public Optional<EventCache> cached(String key) {
        return db.read(c -> Sql.queryOne(c, "SELECT version, text FROM event_cache WHERE cache_key = ?",
                rs -> new EventCache(rs.getLong(1), rs.getString(2)), key));
    }

    @Override
    public void cache(String key, long version, String text) {
        db.read(c -> Sql.update(c, "INSERT INTO event_cache (cache_key, version, text) VALUES (?, ?, ?) "
                + "ON CONFLICT (cache_key) DO UPDATE SET version = excluded.version, text = excluded.text",
                key, version, text));
    }

    @Override
    public void close() {
    }
}
