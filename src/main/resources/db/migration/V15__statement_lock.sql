-- One row per plan whose PCC statements have been requested or published (processes/README.md, "PCC
-- response"): the row is locked (SELECT ... FOR UPDATE) by the request for a progress statement and by
-- the publishing step, so that two requests for the same plan, or two publications, take turns: the
-- second sees what the first committed (a statement in progress; the next version number). The row
-- holds nothing else and is never deleted.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.
CREATE TABLE oic_statement_lock (
    plan_id  VARCHAR(100) NOT NULL PRIMARY KEY
);
