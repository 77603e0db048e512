-- Caption templates (photodesk template add|list|remove, the desk's templates page): each by its unique name, its
-- rules as JSON [{"field","mode","text"}] in the order they apply (see core's TemplateJson). (The embedded store's
-- V15.)
CREATE TABLE caption_template (
    name       text        PRIMARY KEY,
    rules      text        NOT NULL,
    updated_at timestamptz NOT NULL
);
