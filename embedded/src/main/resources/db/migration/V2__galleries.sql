-- Galleries: ordered sets of photos published together. Photo ids are plain numbers (no foreign key to photo), so
-- that a gallery survives a photo's removal and shows it as missing, and so that this migration stands alone.
CREATE TABLE gallery (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    slug         TEXT    NOT NULL UNIQUE,
    title        TEXT    NOT NULL,
    intro        TEXT,
    event        TEXT,
    gallery_date TEXT,
    status       TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
    created_at   TEXT    NOT NULL,
    published_at TEXT,
    revision     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE gallery_item (
    gallery_id            INTEGER NOT NULL REFERENCES gallery (id) ON DELETE CASCADE,
    item_id               INTEGER NOT NULL,
    position              INTEGER NOT NULL,
    photo_id              INTEGER,
    caption_override      TEXT,
    credit_override       TEXT,
    imported_caption      TEXT,
    imported_agency       TEXT,
    imported_photographer TEXT,
    PRIMARY KEY (gallery_id, item_id),
    UNIQUE (gallery_id, position),
    CHECK (photo_id IS NOT NULL OR imported_caption IS NOT NULL)
);

CREATE INDEX gallery_item_photo ON gallery_item (photo_id);
