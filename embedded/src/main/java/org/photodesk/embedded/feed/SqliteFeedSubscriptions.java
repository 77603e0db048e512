package org.photodesk.embedded.feed;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.photodesk.core.feed.FeedCredentials;
import org.photodesk.core.feed.FeedPoller;
import org.photodesk.core.feed.FeedSubscription;
import org.photodesk.core.feed.FeedSubscriptions;
import org.photodesk.embedded.account.SqliteDeskDatabase;

/** The {@link FeedSubscriptions} in the library's SQLite file (table {@code feed_subscription}). */
public final class SqliteFeedSubscriptions implements FeedSubscriptions {

    private static final String COLUMNS = "name, url, every_seconds, auth_kind, user_env, password_env, token_env, "
            + "last_polled, last_result, etag, last_modified";

    private final SqliteDeskDatabase db;
    private final Clock clock;

    public SqliteFeedSubscriptions(SqliteDeskDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Subscribed> list() {
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM feed_subscription ORDER BY name");
                ResultSet rs = ps.executeQuery()) {
            List<Subscribed> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row(rs));
            }
            return out;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Optional<Subscribed> find(String name) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM feed_subscription WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void add(FeedSubscription s) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO feed_subscription (name, url, every_seconds, auth_kind, user_env, password_env, token_env,"
                        + " added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
            ps.setString(1, s.name());
            ps.setString(2, s.url().toString());
            ps.setLong(3, s.every().toSeconds());
            switch (s.credentials()) {
                case FeedCredentials.None n -> ps.setString(4, "none");
                case FeedCredentials.Basic b -> {
                    ps.setString(4, "basic");
                    ps.setString(5, b.userVariable());
                    ps.setString(6, b.passwordVariable());
                }
                case FeedCredentials.Bearer b -> {
                    ps.setString(4, "bearer");
                    ps.setString(7, b.tokenVariable());
                }
            }
            ps.setString(8, clock.instant().toString());
            if (ps.executeUpdate() == 0) {
                throw new IllegalArgumentException(FeedSubscriptions.alreadyExists(s.name()));
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean remove(String name) {
        return update("DELETE FROM feed_subscription WHERE name = ?", name) > 0;
    }

    @Override
    public void recordPoll(String name, Instant at, String result, FeedPoller.Validators validators) {
        update("UPDATE feed_subscription SET last_polled = ?, last_result = ?, etag = ?, last_modified = ?"
                + " WHERE name = ?", at.toString(), result, validators.etag(), validators.lastModified(), name);
    }

    private int update(String sql, String... values) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setString(i + 1, values[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static Subscribed row(ResultSet rs) throws SQLException {
        FeedCredentials credentials = switch (rs.getString("auth_kind")) {
            case "basic" -> new FeedCredentials.Basic(rs.getString("user_env"), rs.getString("password_env"));
            case "bearer" -> new FeedCredentials.Bearer(rs.getString("token_env"));
            default -> new FeedCredentials.None();
        };
        var subscription = new FeedSubscription(rs.getString("name"), URI.create(rs.getString("url")),
                Duration.ofSeconds(rs.getLong("every_seconds")), credentials);
        String polled = rs.getString("last_polled");
        return new Subscribed(subscription, polled == null ? null : Instant.parse(polled), rs.getString("last_result"),
                new FeedPoller.Validators(rs.getString("etag"), rs.getString("last_modified")));
    }

    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("feed subscriptions: " + e.getMessage(), e);
    }
}
