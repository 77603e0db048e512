package org.photodesk.scale.postgres;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.photodesk.core.feed.FeedCredentials;
import org.photodesk.core.feed.FeedPoller;
import org.photodesk.core.feed.FeedSubscription;
import org.photodesk.core.feed.FeedSubscriptions;

/**
 * The {@link FeedSubscriptions} in the PostgreSQL library (table {@code feed_subscription}), shared by every desk node:
 * a name is taken once however many nodes add it at the same moment (its primary key).
 */
public final class PgFeedSubscriptions implements FeedSubscriptions {

    private static final String COLUMNS = "name, url, every_seconds, auth_kind, user_env, password_env, token_env, "
            + "last_polled, last_result, etag, last_modified";

    private final Connections db;
    private final Clock clock;

    /** The subscriptions of the library {@code db} holds, through its pool. */
    public PgFeedSubscriptions(PgDatabase db, Clock clock) {
        this(new Connections() {
            @Override
            public <T> T read(PgDatabase.SqlWork<T> work) {
                return db.read(work);
            }

            @Override
            public <T> T inTransaction(PgDatabase.SqlWork<T> work) {
                return db.inTransaction(work);
            }
        }, clock);
    }

    private PgFeedSubscriptions(Connections db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * The subscriptions of the library at {@code address} with a connection of their own per call (no pool to close:
     * the commands that read them hold them for their whole run); the schema is migrated first.
     */
    public static PgFeedSubscriptions unpooled(PostgresAddress address, Clock clock) {
        PgDatabase.migrate(address);
        return new PgFeedSubscriptions(new Connections() {
            @Override
            public <T> T read(PgDatabase.SqlWork<T> work) {
                try (java.sql.Connection c = PgDatabase.connect(address)) {
                    c.setSchema(address.schema());
                    return work.run(c);
                } catch (SQLException e) {
                    throw new ScaleStoreException("feed subscriptions in " + address.describe() + ": "
                            + e.getMessage(), e);
                }
            }

            @Override
            public <T> T inTransaction(PgDatabase.SqlWork<T> work) {
                return read(work);   // one statement each, in autocommit
            }
        }, clock);
    }

    /** Where the statements run: the library's pool, or a connection per call. */
    private interface Connections {
        <T> T read(PgDatabase.SqlWork<T> work);

        <T> T inTransaction(PgDatabase.SqlWork<T> work);
    }

    @Override
    public List<Subscribed> list() {
        return db.read(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM feed_subscription ORDER BY name",
                PgFeedSubscriptions::row));
    }

    @Override
    public Optional<Subscribed> find(String name) {
        return db.read(c -> Sql.queryOne(c, "SELECT " + COLUMNS + " FROM feed_subscription WHERE name = ?",
                PgFeedSubscriptions::row, name));
    }

    @Override
    public void add(FeedSubscription s) {
        String kind = "none";
        String user = null;
        String password = null;
        String token = null;
        switch (s.credentials()) {
            case FeedCredentials.None n -> { }
            case FeedCredentials.Basic b -> {
                kind = "basic";
                user = b.userVariable();
                password = b.passwordVariable();
            }
            case FeedCredentials.Bearer b -> {
                kind = "bearer";
                token = b.tokenVariable();
            }
        }
        Object[] values = {s.name(), s.url().toString(), s.every().toSeconds(), kind, user, password, token,
            clock.instant()};
        int added = db.inTransaction(c -> Sql.update(c, "INSERT INTO feed_subscription (name, url, every_seconds, "
                + "auth_kind, user_env, password_env, token_env, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (name) DO NOTHING", values));
        if (added == 0) {
            throw new IllegalArgumentException(FeedSubscriptions.alreadyExists(s.name()));
        }
    }

    @Override
    public boolean remove(String name) {
        return db.inTransaction(c -> Sql.update(c, "DELETE FROM feed_subscription WHERE name = ?", name)) > 0;
    }

    @Override
    public void recordPoll(String name, Instant at, String result, FeedPoller.Validators validators) {
        db.inTransaction(c -> Sql.update(c, "UPDATE feed_subscription SET last_polled = ?, last_result = ?, etag = ?, "
                + "last_modified = ? WHERE name = ?", at, result, validators.etag(), validators.lastModified(), name));
    }

    private static Subscribed row(ResultSet rs) throws SQLException {
        FeedCredentials credentials = switch (rs.getString("auth_kind")) {
            case "basic" -> new FeedCredentials.Basic(rs.getString("user_env"), rs.getString("password_env"));
            case "bearer" -> new FeedCredentials.Bearer(rs.getString("token_env"));
            default -> new FeedCredentials.None();
        };
        var subscription = new FeedSubscription(rs.getString("name"), URI.create(rs.getString("url")),
                Duration.ofSeconds(rs.getLong("every_seconds")), credentials);
        return new Subscribed(subscription, Sql.instant(rs, "last_polled"), rs.getString("last_result"),
                new FeedPoller.Validators(rs.getString("etag"), rs.getString("last_modified")));
    }
}
