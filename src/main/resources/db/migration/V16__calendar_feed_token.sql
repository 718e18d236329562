-- Each user's private calendar feed (package calendar, README "Calendar of due dates"): the feed's URL
-- carries a random token; only its SHA-256 hash is kept, so the URL cannot be read back from the
-- database. A reset replaces the row, and the old URL is refused from then on.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.
CREATE TABLE oic_calendar_feed_token (
    user_id     VARCHAR(255) NOT NULL PRIMARY KEY,
    -- lower-case hex of the SHA-256 of the token
    token_hash  CHAR(64)     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_oic_calendar_feed_token_hash UNIQUE (token_hash)
);
