-- Events kept incrementally (see the embedded store's V16__event_membership.sql): the membership of each article and
-- photo in a group of linked sources, one state row whose version moves with every membership write, article and
-- decision (the triggers below), and derived text kept with the version it was made at. added_at is ISO-8601 text:
-- a source whose arrival is unknown sorts last with Instant.MAX, which timestamptz cannot hold.
CREATE TABLE event_state (
    id            integer PRIMARY KEY CHECK (id = 1),
    version       bigint  NOT NULL,
    photos_seen   bigint  NOT NULL,
    articles_seen integer NOT NULL
);
INSERT INTO event_state (id, version, photos_seen, articles_seen) VALUES (1, 0, 0, 0);

CREATE TABLE event_member (
    member_id text   PRIMARY KEY,
    group_key text   NOT NULL,
    added_at  text   NOT NULL,
    signature text   NOT NULL,
    digest    text   NOT NULL,
    changed   bigint NOT NULL
);
CREATE INDEX event_member_changed ON event_member (changed);

CREATE TABLE event_cache (
    cache_key text   PRIMARY KEY,
    version   bigint NOT NULL,
    text      text   NOT NULL
);

CREATE FUNCTION event_version_moves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE event_state SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER event_version_on_article AFTER INSERT ON article
    FOR EACH ROW EXECUTE FUNCTION event_version_moves();

CREATE TRIGGER event_version_on_decision AFTER INSERT ON event_decision
    FOR EACH ROW EXECUTE FUNCTION event_version_moves();
