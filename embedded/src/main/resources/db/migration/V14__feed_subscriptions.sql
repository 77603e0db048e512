-- Agency feed subscriptions (photodesk feed add|list|remove; polled by photodesk serve). Credentials are kept as the
-- names of the environment variables that hold them, never as secrets: kind 'none', 'basic' (user_env and
-- password_env) or 'bearer' (token_env). last_polled and last_result say what the latest poll took in; etag
-- and last_modified are the validators of the last document fetched, for the next conditional request.
CREATE TABLE feed_subscription (
    name          TEXT    PRIMARY KEY,
    url           TEXT    NOT NULL,
    every_seconds INTEGER NOT NULL,
    auth_kind     TEXT    NOT NULL DEFAULT 'none',
    user_env      TEXT,
    password_env  TEXT,
    token_env     TEXT,
    added_at      TEXT    NOT NULL,
    last_polled   TEXT,
    last_result   TEXT,
    etag          TEXT,
    last_modified TEXT
);
