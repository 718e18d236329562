-- Single sign-on (README, "Single sign-on"): each engine user made by a sign-in at the OpenID Connect
-- provider is bound to the person the provider named, its issuer and subject ("sub", which never changes
-- for that person). A later sign-in whose user name gives the same user id but comes from another
-- person (a re-issued or look-alike name, another provider) is refused rather than taking the account.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.
CREATE TABLE oic_sso_account (
    user_id       VARCHAR(255)  NOT NULL PRIMARY KEY,
    issuer        VARCHAR(1000) NOT NULL,
    subject       VARCHAR(255)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the latest sign-in or bearer call (kept to the hour)
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
