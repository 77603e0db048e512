-- A photo's kill (an agency's withdrawal, or a desk's own): one row per killed photo, kept apart from the photo row
-- so that re-sends and edits, which rewrite that row, never lift it. Lifting a kill deletes the row. (The embedded
-- store's V11.)
CREATE TABLE photo_kill (
    photo_id  bigint      PRIMARY KEY REFERENCES photo (id) ON DELETE CASCADE,
    killed_at timestamptz NOT NULL,
    reason    text        NOT NULL,
    source    text        NOT NULL,
    user_name text        NOT NULL
);
