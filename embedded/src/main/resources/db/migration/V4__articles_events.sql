-- Imported articles, the editors' decisions about events, and roster names per event.
-- Events themselves are not stored: they are rebuilt from the articles and the photos, then the decisions are
-- replayed on them in order (seq), each decision naming events by their members (article source ids and
-- photo:<id>), so that decisions survive rebuilds.

-- One row per article read from an imported file (an RSS file gives one row per item, numbered by part).
-- Importing the same bytes again finds the same rows (sha256, part), and so the same gallery.
CREATE TABLE article (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    source_id    TEXT    NOT NULL UNIQUE,
    file_name    TEXT    NOT NULL,
    sha256       TEXT    NOT NULL,
    part         INTEGER NOT NULL DEFAULT 0,
    title        TEXT,
    article_date TEXT,
    text         TEXT    NOT NULL,
    parsed_json  TEXT    NOT NULL,
    gallery_id   INTEGER,
    imported_at  TEXT    NOT NULL,
    UNIQUE (sha256, part)
);

-- Rename: members_json holds one member of the event. Merge: one member of each event. Split: the members moved
-- out to a new event called name.
CREATE TABLE event_decision (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT    NOT NULL CHECK (kind IN ('rename', 'merge', 'split')),
    members_json TEXT    NOT NULL,
    name         TEXT,
    decided_at   TEXT    NOT NULL
);

-- Known spellings for an event's people, given by the desk; aliases is a JSON array of other spellings.
CREATE TABLE roster_name (
    event_name TEXT NOT NULL,
    name       TEXT NOT NULL,
    aliases    TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (event_name, name)
);
