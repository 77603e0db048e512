-- Caption templates (photodesk template add|list|remove, the desk's templates page): each by its unique name, its
-- rules as JSON [{"field","mode","text"}] in the order they apply (see core's TemplateJson).
CREATE TABLE caption_template (
    name       TEXT PRIMARY KEY,
    rules      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
