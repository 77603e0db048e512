-- A photo's kill (an agency's withdrawal, or a desk's own): one row per killed photo, kept apart from the photo
-- row so that re-sends and edits, which rewrite that row, never lift it. Lifting a kill deletes the row.
CREATE TABLE photo_kill (
    photo_id  INTEGER PRIMARY KEY REFERENCES photo (id) ON DELETE CASCADE,
    killed_at TEXT    NOT NULL,
    reason    TEXT    NOT NULL,
    source    TEXT    NOT NULL,
    user_name TEXT    NOT NULL
);
