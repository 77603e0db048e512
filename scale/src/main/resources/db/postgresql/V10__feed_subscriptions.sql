-- Agency feed subscriptions (photodesk feed add|list|remove; polled by photodesk serve), as the embedded V14 keeps
-- them: credentials as the names of the environment variables that hold them, never as secrets; kind 'none', 'basic'
-- (user_env and password_env) or 'bearer' (token_env); the latest poll's time and result, and the validators of the
-- last document fetched, for the next conditional request. (V8 and V9 are other branches' numbers.)
CREATE TABLE feed_subscription (
    name          text        PRIMARY KEY,
    url           text        NOT NULL,
    every_seconds bigint      NOT NULL,
    auth_kind     text        NOT NULL DEFAULT 'none',
    user_env      text,
    password_env  text,
    token_env     text,
    added_at      timestamptz NOT NULL,
    last_polled   timestamptz,
    last_result   text,
    etag          text,
    last_modified text
);
