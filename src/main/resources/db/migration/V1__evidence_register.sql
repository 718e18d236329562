-- The evidence register: append-only and hash-chained (docs/evidence-register.md).
-- Plain SQL that runs on H2 and PostgreSQL 15.

-- The head of the chain, one row. Every append locks it (SELECT ... FOR UPDATE), so entries form one
-- line; verification compares it with the last entry, so a removed last entry is noticed.
CREATE TABLE oic_evidence_head (
  id INTEGER NOT NULL PRIMARY KEY,
  last_sequence BIGINT NOT NULL,
  last_hash VARCHAR(64) NOT NULL
);

INSERT INTO oic_evidence_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE oic_evidence_entry (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  sequence_no BIGINT NOT NULL,
  plan_id VARCHAR(100) NOT NULL,
  recommendation_id VARCHAR(100),
  area_number INTEGER,
  kind VARCHAR(32) NOT NULL,
  title VARCHAR(500) NOT NULL,
  description VARCHAR(20000),
  reference VARCHAR(2000),
  effective_date DATE NOT NULL,
  recorded_by VARCHAR(255) NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  process_instance_id VARCHAR(64),
  activity_id VARCHAR(255),
  task_id VARCHAR(64),
  -- what produced the entry (e.g. a process instance and activity instance): a retried job finds it
  source_key VARCHAR(255),
  supersedes VARCHAR(36),
  attachment_name VARCHAR(255),
  attachment_type VARCHAR(255),
  attachment_size BIGINT,
  attachment_sha256 VARCHAR(64),
  content_sha256 VARCHAR(64) NOT NULL,
  previous_sha256 VARCHAR(64) NOT NULL,
  CONSTRAINT uq_oic_evidence_sequence UNIQUE (sequence_no),
  CONSTRAINT uq_oic_evidence_source UNIQUE (source_key),
  CONSTRAINT fk_oic_evidence_supersedes FOREIGN KEY (supersedes) REFERENCES oic_evidence_entry (id)
);

CREATE INDEX ix_oic_evidence_plan ON oic_evidence_entry (plan_id, effective_date);

-- The attached file's bytes, apart from the entry so that lists never read them.
CREATE TABLE oic_evidence_attachment (
  entry_id VARCHAR(36) NOT NULL PRIMARY KEY,
  content BYTEA NOT NULL,
  CONSTRAINT fk_oic_evidence_attachment FOREIGN KEY (entry_id) REFERENCES oic_evidence_entry (id)
);
