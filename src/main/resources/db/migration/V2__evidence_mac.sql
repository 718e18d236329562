-- Entries authenticated with a key kept outside the database (docs/evidence-register.md): each entry's
-- MAC is HMAC-SHA256 over its canonical content and the previous entry's MAC. Existing entries are
-- sealed once, at the first start after this migration (the head's last_mac is NULL until then).
ALTER TABLE oic_evidence_entry ADD COLUMN mac VARCHAR(64);
ALTER TABLE oic_evidence_head ADD COLUMN last_mac VARCHAR(64);
-- which key sealed the register (a fingerprint, not the key): a start with another key says so
ALTER TABLE oic_evidence_head ADD COLUMN key_fingerprint VARCHAR(16);
