package org.photodesk.embedded.template;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.photodesk.core.template.Template;
import org.photodesk.core.template.TemplateJson;
import org.photodesk.core.template.TemplateStore;
import org.photodesk.embedded.account.SqliteDeskDatabase;

/** The {@link TemplateStore} in the library's SQLite file (table {@code caption_template}). */
public final class SqliteTemplateStore implements TemplateStore {

    private final SqliteDeskDatabase db;
    private final Clock clock;

    public SqliteTemplateStore(SqliteDeskDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Template> list() {
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement("SELECT name, rules FROM caption_template ORDER BY name");
                ResultSet rs = ps.executeQuery()) {
            List<Template> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row(rs));
            }
            return out;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Optional<Template> find(String name) {
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement("SELECT name, rules FROM caption_template WHERE name = ?")) {
            ps.setString(1, name == null ? "" : name.strip());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean save(Template template) {
        try (Connection c = db.connect()) {
            // The write lock from the start: a read that turns into a write fails at once (SQLITE_BUSY_SNAPSHOT) when
            // another connection wrote meanwhile (the events' keeper does, on its own thread), where this one waits.
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
            }
            boolean existed;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM caption_template WHERE name = ?")) {
                ps.setString(1, template.name());
                try (ResultSet rs = ps.executeQuery()) {
                    existed = rs.next();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO caption_template (name, rules, updated_at)"
                    + " VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET rules = excluded.rules,"
                    + " updated_at = excluded.updated_at")) {
                ps.setString(1, template.name());
                ps.setString(2, TemplateJson.write(template.rules()));
                ps.setString(3, clock.instant().toString());
                ps.executeUpdate();
            }
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("COMMIT");
            }
            return !existed;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public boolean remove(String name) {
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement("DELETE FROM caption_template WHERE name = ?")) {
            ps.setString(1, name == null ? "" : name.strip());
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static Template row(ResultSet rs) throws SQLException {
        return new Template(rs.getString("name"), TemplateJson.read(rs.getString("rules")));
    }

    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("caption templates: " + e.getMessage(), e);
    }
}
