-- A gallery's edit revision: bumped by every saved change (items, texts, publication, a placeholder filled by an
-- ingest). A write names the revision it was based on and is refused when the gallery has moved on since, so that
-- two editors (or an editor and an ingest) never silently overwrite each other. The column 'revision' stays the
-- number of publications.
ALTER TABLE gallery ADD COLUMN edit_revision INTEGER NOT NULL DEFAULT 0;
