package org.photodesk.scale.postgres;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.photodesk.core.template.Template;
import org.photodesk.core.template.TemplateJson;
import org.photodesk.core.template.TemplateStore;

/** The {@link TemplateStore} in PostgreSQL (table {@code caption_template}), listed by name in code-point order. */
public final class PgTemplateStore implements TemplateStore {

    private final PgDatabase db;
    private final Clock clock;

    public PgTemplateStore(PgDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Template> list() {
        return db.read(c -> Sql.query(c, "SELECT name, rules FROM caption_template ORDER BY name COLLATE \"C\"",
                PgTemplateStore::row));
    }

    @Override
    public Optional<Template> find(String name) {
        return db.read(c -> Sql.queryOne(c, "SELECT name, rules FROM caption_template WHERE name = ?",
                PgTemplateStore::row, name == null ? "" : name.strip()));
    }

    @Override
    public boolean save(Template template) {
        return db.inTransaction(c -> {
            boolean existed = Sql.queryOne(c, "SELECT 1 FROM caption_template WHERE name = ? FOR UPDATE",
                    rs -> true, template.name()).isPresent();
            Sql.update(c, "INSERT INTO caption_template (name, rules, updated_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT (name) DO UPDATE SET rules = excluded.rules, updated_at = excluded.updated_at",
                    template.name(), TemplateJson.write(template.rules()), clock.instant());
            return !existed;
        });
    }

    @Override
    public boolean remove(String name) {
        return db.read(c -> Sql.update(c, "DELETE FROM caption_template WHERE name = ?",
                name == null ? "" : name.strip())) > 0;
    }

    private static Template row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Template(rs.getString("name"), TemplateJson.read(rs.getString("rules")));
    }
}
