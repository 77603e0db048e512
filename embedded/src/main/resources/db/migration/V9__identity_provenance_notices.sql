-- Agency identity, provenance and near-duplicate hash of photos; the notices agency re-sends leave the desk; edits
-- that give a field back to the agency. JSON columns hold records of org.photodesk.core.photo as StoreJson writes
-- them ('{}' is ItemIdentity.NONE and PhotoProvenance.NONE). Photos stored before this migration have no item ids:
-- their re-sends are matched by pixels, and a re-ingest of the same bytes is a duplicate as before.

ALTER TABLE photo ADD COLUMN identity_json   TEXT    NOT NULL DEFAULT '{}';
ALTER TABLE photo ADD COLUMN provenance_json TEXT    NOT NULL DEFAULT '{}';
ALTER TABLE photo ADD COLUMN perceptual_hash INTEGER;

-- Every agency item id of each photo's current original (ItemIdentity.ids), to match re-sends by.
CREATE TABLE photo_item_id (
    item_id  TEXT    NOT NULL,
    photo_id INTEGER NOT NULL REFERENCES photo (id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, photo_id)
);

CREATE INDEX photo_item_id_photo ON photo_item_id (photo_id);

-- 1 when the edit gave the field back to the agency (PhotoEdit.followsAgency).
ALTER TABLE photo_edit ADD COLUMN follows_agency INTEGER NOT NULL DEFAULT 0;

-- What each agency re-send told the desk, pending until an editor resolves it.
CREATE TABLE photo_notice (
    id           INTEGER PRIMARY KEY,
    photo_id     INTEGER NOT NULL REFERENCES photo (id) ON DELETE CASCADE,
    version      INTEGER NOT NULL,
    kind         TEXT    NOT NULL,
    note         TEXT,
    changes_json TEXT    NOT NULL,
    at           TEXT    NOT NULL,
    resolution   TEXT    NOT NULL DEFAULT 'pending',
    resolved_by  TEXT,
    resolved_at  TEXT
);

CREATE INDEX photo_notice_photo ON photo_notice (photo_id);
