-- Events kept incrementally (EventMembership): which group of linked sources each article and photo is in, with the
-- grouping rules' reading of it (signature) so a new source is compared without reading every photo again.
-- event_state holds one row: a version that moves with every membership write, article and decision (the triggers
-- below), so a request checks one number; photos_seen and articles_seen say how far the membership has caught up.
-- event_cache keeps derived text (the events list's summaries) with the version it was made at.
CREATE TABLE event_state (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    version       INTEGER NOT NULL,
    photos_seen   INTEGER NOT NULL,
    articles_seen INTEGER NOT NULL
);
INSERT INTO event_state (id, version, photos_seen, articles_seen) VALUES (1, 0, 0, 0);

CREATE TABLE event_member (
    member_id TEXT    PRIMARY KEY,
    group_key TEXT    NOT NULL,
    added_at  TEXT    NOT NULL,
    signature TEXT    NOT NULL,
    digest    TEXT    NOT NULL,
    changed   INTEGER NOT NULL
);
CREATE INDEX event_member_changed ON event_member (changed);

CREATE TABLE event_cache (
    cache_key TEXT    PRIMARY KEY,
    version   INTEGER NOT NULL,
    text      TEXT    NOT NULL
);

CREATE TRIGGER event_version_on_article AFTER INSERT ON article
BEGIN
    UPDATE event_state SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER event_version_on_decision AFTER INSERT ON event_decision
BEGIN
    UPDATE event_state SET version = version + 1 WHERE id = 1;
END;
