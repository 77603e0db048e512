-- Photos, their earlier versions, every original they have had, editors' edits, and the change log that the
-- search index follows. Times are ISO-8601 instants in UTC (Instant.toString()); JSON columns hold the
-- records of org.photodesk.core.photo as written by org.photodesk.app.store.StoreJson.

CREATE TABLE photo (
    id                     INTEGER PRIMARY KEY,
    sha256                 TEXT    NOT NULL UNIQUE,
    pixel_hash             TEXT,
    file_name              TEXT,
    media_type             TEXT    NOT NULL,
    width                  INTEGER NOT NULL,
    height                 INTEGER NOT NULL,
    orientation            INTEGER NOT NULL DEFAULT 1,
    size_bytes             INTEGER NOT NULL,
    agency                 TEXT,
    embedded_json          TEXT    NOT NULL,
    metadata_json          TEXT    NOT NULL,
    raw_json               TEXT    NOT NULL,
    problems_json          TEXT    NOT NULL,
    transmission_reference TEXT,
    ingested_at            TEXT    NOT NULL,
    updated_at             TEXT    NOT NULL,
    version                INTEGER NOT NULL,
    rating                 INTEGER NOT NULL DEFAULT 0,
    labels_json            TEXT    NOT NULL DEFAULT '[]'
);

CREATE INDEX photo_pixel_hash ON photo (pixel_hash);
CREATE INDEX photo_transmission_reference ON photo (transmission_reference);

-- One row per replaced state: the version that was current before a re-send or an edit.
CREATE TABLE photo_version (
    photo_id      INTEGER NOT NULL REFERENCES photo (id) ON DELETE CASCADE,
    version       INTEGER NOT NULL,
    sha256        TEXT    NOT NULL,
    embedded_json TEXT    NOT NULL,
    metadata_json TEXT    NOT NULL,
    replaced_at   TEXT    NOT NULL,
    reason        TEXT    NOT NULL,
    PRIMARY KEY (photo_id, version)
);

-- Every original a photo has ever had, so that re-ingesting an old version's bytes is a duplicate.
CREATE TABLE photo_sha (
    sha256   TEXT    PRIMARY KEY,
    photo_id INTEGER NOT NULL REFERENCES photo (id) ON DELETE CASCADE
);

CREATE INDEX photo_sha_photo ON photo_sha (photo_id);

-- Editors' edits of metadata fields (PhotoMetadata component names), re-applied on each agency re-send.
CREATE TABLE photo_edit (
    id        INTEGER PRIMARY KEY,
    photo_id  INTEGER NOT NULL REFERENCES photo (id) ON DELETE CASCADE,
    field     TEXT    NOT NULL,
    before    TEXT,
    after     TEXT,
    user_name TEXT    NOT NULL,
    at        TEXT    NOT NULL
);

CREATE INDEX photo_edit_photo ON photo_edit (photo_id, field);

-- The ordered log of changes; seq never goes back, even after deletes.
CREATE TABLE change_log (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    photo_id INTEGER NOT NULL,
    kind     TEXT    NOT NULL,
    at       TEXT    NOT NULL
);
