-- A calendar feed's token is now derived from a secret the application holds outside the database (the
-- evidence register's key) and a random nonce kept here, so that GET /api/me/calendar can show a user
-- their URL again while someone who can read the database still cannot compute it. A reset draws a new
-- nonce. The tokens made before were random and not kept, so they cannot be shown again: they are
-- removed, and their users get a new URL on their next visit.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.
DELETE FROM oic_calendar_feed_token;
ALTER TABLE oic_calendar_feed_token ADD COLUMN nonce VARCHAR(64) NOT NULL;
