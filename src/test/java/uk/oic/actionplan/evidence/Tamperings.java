package uk.oic.actionplan.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Changes an attacker with write access to the database, but neither the key nor the witness file,
 * makes in SQL behind the application's back. The same catalogue runs on H2 and on PostgreSQL.
 */
final class Tamperings {

  static final String PLAN = "hiow-oic-2025";

  private Tamperings() {}

  /** A database with a register of its own, and what the catalogue needs of it. */
  interface Fixture extends AutoCloseable {
    JdbcTemplate jdbc();

    EvidenceRegister register();

    @Override
    void close();
  }

  /** One kind of tampering, done to the five entries {@link #seed} recorded. */
  record Tampering(String name, Attack attack) {}

  @FunctionalInterface
  interface Attack {
    void apply(JdbcTemplate jdbc, List<EvidenceEntry> entries);
  }

  /** How a run went: kinds tried, detected by verification, appends refused, and what went wrong. */
  record Outcome(int kinds, int detected, int appendsRefused, List<String> failures) {}

  /** Five entries, the second and fourth with files. */
  static List<EvidenceEntry> seed(EvidenceRegister register) {
    return List.of(
        register.append(NewEvidence.builder(PLAN, EvidenceKind.DOCUMENT, "Force OIC plan v1").area(4).recordedBy("area4.owner").build()),
        register.append(NewEvidence.builder(PLAN, EvidenceKind.AUDIT_RESULT, "NCCU audit: 18 of 20").area(2).recommendation("rec-2")
            .description("Sample of 20 referrals").attachment("audit.csv", "text/csv", bytes("referral,intel\n1,yes\n")).build()),
        register.append(NewEvidence.builder(PLAN, EvidenceKind.TRAINING_FIGURES, "Hydra figures").area(7).recommendation("rec-8")
            .recordedBy("area7.owner").build()),
        register.append(NewEvidence.builder(PLAN, EvidenceKind.DECISION, "Plan approved").area(4)
            .attachment("minutes.pdf", "application/pdf", bytes("%PDF-1.7 minutes")).build()),
        register.append(NewEvidence.builder(PLAN, EvidenceKind.PROGRESS_UPDATE, "Progress update: area 7").area(7).build()));
  }

  static final List<Tampering> ALL = List.of(
      new Tampering("title edited", (jdbc, e) -> update(jdbc, "title = 'NCCU audit: 20 of 20'", e.get(1))),
      new Tampering("description edited", (jdbc, e) -> update(jdbc, "description = 'All referrals'", e.get(1))),
      new Tampering("kind edited", (jdbc, e) -> update(jdbc, "kind = 'SIGN_OFF'", e.get(3))),
      new Tampering("author edited", (jdbc, e) -> update(jdbc, "recorded_by = 'pcc'", e.get(2))),
      new Tampering("recording time edited", (jdbc, e) -> jdbc.update("UPDATE oic_evidence_entry SET recorded_at = ? WHERE id = ?",
          OffsetDateTime.of(2025, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC), e.get(2).id())),
      new Tampering("effective date edited", (jdbc, e) -> jdbc.update("UPDATE oic_evidence_entry SET effective_date = ? WHERE id = ?",
          LocalDate.of(2025, 12, 1), e.get(0).id())),
      new Tampering("plan edited", (jdbc, e) -> update(jdbc, "plan_id = 'another-force-oic'", e.get(4))),
      new Tampering("area edited", (jdbc, e) -> update(jdbc, "area_number = 9", e.get(2))),
      new Tampering("content hash changed", (jdbc, e) -> update(jdbc, "content_sha256 = '" + "a".repeat(64) + "'", e.get(2))),
      new Tampering("previous hash changed", (jdbc, e) -> update(jdbc, "previous_sha256 = '" + "b".repeat(64) + "'", e.get(2))),
      new Tampering("MAC changed", (jdbc, e) -> update(jdbc, "mac = '" + "c".repeat(64) + "'", e.get(2))),
      new Tampering("MAC removed", (jdbc, e) -> update(jdbc, "mac = NULL", e.get(2))),
      new Tampering("MAC of the last entry copied onto another", (jdbc, e) -> update(jdbc, "mac = '" + e.get(4).mac() + "'", e.get(3))),
      new Tampering("title edited, plain hash recomputed", (jdbc, e) -> rehash(jdbc, e.get(2), "Hydra figures (revised)")),
      new Tampering("chain rewritten with correct plain hashes and the head", Tamperings::rewriteChain),
      new Tampering("first entry deleted", (jdbc, e) -> delete(jdbc, e.get(0))),
      new Tampering("middle entry deleted", (jdbc, e) -> delete(jdbc, e.get(2))),
      new Tampering("last entry deleted", (jdbc, e) -> delete(jdbc, e.get(4))),
      new Tampering("last entry deleted, head rewritten to the one before", (jdbc, e) -> {
        delete(jdbc, e.get(4));
        head(jdbc, e.get(3));
      }),
      new Tampering("last two entries deleted, head rewritten", (jdbc, e) -> {
        delete(jdbc, e.get(4));
        jdbc.update("DELETE FROM oic_evidence_attachment WHERE entry_id = ?", e.get(3).id());
        delete(jdbc, e.get(3));
        head(jdbc, e.get(2));
      }),
      new Tampering("every entry deleted, head reset", (jdbc, e) -> {
        jdbc.update("DELETE FROM oic_evidence_attachment");
        jdbc.update("DELETE FROM oic_evidence_entry");
        jdbc.update("UPDATE oic_evidence_head SET last_sequence = 0, last_hash = ?, last_mac = ?", Hashes.GENESIS, EvidenceKey.GENESIS);
      }),
      new Tampering("two entries swapped (sequence numbers)", (jdbc, e) -> {
        jdbc.update("UPDATE oic_evidence_entry SET sequence_no = -1 WHERE sequence_no = 2");
        jdbc.update("UPDATE oic_evidence_entry SET sequence_no = 2 WHERE sequence_no = 3");
        jdbc.update("UPDATE oic_evidence_entry SET sequence_no = 3 WHERE sequence_no = -1");
      }),
      new Tampering("every entry renumbered", (jdbc, e) -> {
        jdbc.update("UPDATE oic_evidence_entry SET sequence_no = sequence_no + 100");
        jdbc.update("UPDATE oic_evidence_head SET last_sequence = last_sequence + 100");
      }),
      new Tampering("entry inserted in the middle", (jdbc, e) -> {
        jdbc.update("UPDATE oic_evidence_entry SET sequence_no = sequence_no + 10 WHERE sequence_no >= 3");
        jdbc.update("UPDATE oic_evidence_entry SET sequence_no = sequence_no - 9 WHERE sequence_no >= 13");
        forge(jdbc, "inserted", 3, "Backdated audit", e.get(1).contentHash(), false);
      }),
      new Tampering("row forged after the head, garbage hash", (jdbc, e) ->
          forge(jdbc, "forged", 6, "Discharged: Rec 8 (forged)", e.get(4).contentHash(), false)),
      new Tampering("row forged after the head, correct plain hash, head updated", (jdbc, e) -> {
        var forged = forge(jdbc, "forged", 6, "Discharged: Rec 8 (forged)", e.get(4).contentHash(), true);
        jdbc.update("UPDATE oic_evidence_head SET last_sequence = 6, last_hash = ?, last_mac = ?", forged.contentHash(),
            "d".repeat(64));
      }),
      new Tampering("row forged after the head, correct plain hash, MAC and head copied", (jdbc, e) -> {
        var forged = forge(jdbc, "forged", 6, "Discharged: Rec 8 (forged)", e.get(4).contentHash(), true);
        jdbc.update("UPDATE oic_evidence_entry SET mac = ? WHERE id = 'forged'", e.get(4).mac());
        jdbc.update("UPDATE oic_evidence_head SET last_sequence = 6, last_hash = ?, last_mac = ?", forged.contentHash(),
            e.get(4).mac());
      }),
      new Tampering("head moved back without deleting", (jdbc, e) -> head(jdbc, e.get(3))),
      new Tampering("head MAC changed", (jdbc, e) -> jdbc.update("UPDATE oic_evidence_head SET last_mac = ?", "e".repeat(64))),
      new Tampering("head hash changed", (jdbc, e) -> jdbc.update("UPDATE oic_evidence_head SET last_hash = ?", "e".repeat(64))),
      new Tampering("key fingerprint changed", (jdbc, e) -> jdbc.update("UPDATE oic_evidence_head SET key_fingerprint = ?", "0123456789abcdef")),
      new Tampering("attachment bytes changed", (jdbc, e) -> jdbc.update("UPDATE oic_evidence_attachment SET content = ? WHERE entry_id = ?",
          bytes("referral,intel\n1,yes\n2,yes\n"), e.get(1).id())),
      new Tampering("attachment name changed", (jdbc, e) -> update(jdbc, "attachment_name = 'audit-final.csv'", e.get(1))),
      new Tampering("attachment hash changed to the new bytes' hash", (jdbc, e) -> {
        var changed = bytes("referral,intel\n1,yes\n2,yes\n");
        jdbc.update("UPDATE oic_evidence_attachment SET content = ? WHERE entry_id = ?", changed, e.get(1).id());
        update(jdbc, "attachment_sha256 = '" + Hashes.sha256(changed) + "'", e.get(1));
      }),
      new Tampering("attachment deleted", (jdbc, e) -> jdbc.update("DELETE FROM oic_evidence_attachment WHERE entry_id = ?", e.get(3).id())),
      new Tampering("attachment and its description removed", (jdbc, e) -> {
        jdbc.update("DELETE FROM oic_evidence_attachment WHERE entry_id = ?", e.get(3).id());
        update(jdbc, "attachment_name = NULL, attachment_type = NULL, attachment_size = NULL, attachment_sha256 = NULL", e.get(3));
      }),
      new Tampering("orphan attachment added to an entry without one", (jdbc, e) ->
          jdbc.update("INSERT INTO oic_evidence_attachment (entry_id, content) VALUES (?, ?)", e.get(0).id(), bytes("extra"))));

  /**
   * Runs every tampering on a fresh register, checks that verification reports it and that an append
   * afterwards either works or is refused as tampering (never another error), and prints the figures.
   */
  static Outcome run(String database, Supplier<Fixture> fixtures) {
    int detected = 0;
    int refused = 0;
    var failures = new ArrayList<String>();
    for (var tampering : ALL) {
      try (var fixture = fixtures.get()) {
        var entries = seed(fixture.register());
        if (!fixture.register().verify().valid()) {
          failures.add(tampering.name() + ": the register was not valid before the tampering");
          continue;
        }
        tampering.attack().apply(fixture.jdbc(), entries);
        var report = fixture.register().verify();
        if (report.valid()) {
          failures.add(tampering.name() + ": NOT detected");
        } else {
          detected++;
          System.out.printf("  %-62s detected: %s%n", tampering.name(), report.firstFailure().reason());
        }
        long before = count(fixture.jdbc());
        try {
          fixture.register().append(NewEvidence.builder(PLAN, EvidenceKind.DECISION, "After the tampering").build());
        } catch (EvidenceRegisterTamperedException e) {
          refused++;
          if (count(fixture.jdbc()) != before) {
            failures.add(tampering.name() + ": a refused append wrote an entry");
          }
        } catch (RuntimeException e) {
          failures.add(tampering.name() + ": the append after it failed with " + e);
        }
      }
    }
    System.out.printf("%s: %d kinds of tampering, %d detected; appends after them refused as tampering: %d, "
        + "failed otherwise: %d%n", database, ALL.size(), detected,
        refused, failures.stream().filter(f -> f.contains("append after it failed")).count());
    failures.forEach(f -> System.out.println("  FAILED " + f));
    return new Outcome(ALL.size(), detected, refused, failures);
  }

  private static long count(JdbcTemplate jdbc) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM oic_evidence_entry", Long.class);
  }

  private static void update(JdbcTemplate jdbc, String set, EvidenceEntry entry) {
    jdbc.update("UPDATE oic_evidence_entry SET " + set + " WHERE id = ?", entry.id());
  }

  private static void delete(JdbcTemplate jdbc, EvidenceEntry entry) {
    jdbc.update("DELETE FROM oic_evidence_attachment WHERE entry_id = ?", entry.id());
    jdbc.update("DELETE FROM oic_evidence_entry WHERE id = ?", entry.id());
  }

  private static void head(JdbcTemplate jdbc, EvidenceEntry entry) {
    jdbc.update("UPDATE oic_evidence_head SET last_sequence = ?, last_hash = ?, last_mac = ?", entry.sequence(),
        entry.contentHash(), entry.mac());
  }

  /** The entry with a new title and the plain hash an attacker can compute; the MAC they cannot. */
  private static void rehash(JdbcTemplate jdbc, EvidenceEntry entry, String title) {
    var changed = with(entry, title, entry.previousHash());
    jdbc.update("UPDATE oic_evidence_entry SET title = ?, content_sha256 = ? WHERE id = ?", title, changed.contentHash(), entry.id());
  }

  /** Entry 3 edited and every hash after it recomputed, the head too: what a plain hash chain cannot catch. */
  private static void rewriteChain(JdbcTemplate jdbc, List<EvidenceEntry> entries) {
    var previous = entries.get(1).contentHash();
    EvidenceEntry last = null;
    for (var e : entries.subList(2, entries.size())) {
      var title = e.sequence() == 3 ? "Hydra figures (revised)" : e.title();
      last = with(e, title, previous);
      jdbc.update("UPDATE oic_evidence_entry SET title = ?, previous_sha256 = ?, content_sha256 = ? WHERE id = ?",
          title, previous, last.contentHash(), e.id());
      previous = last.contentHash();
    }
    jdbc.update("UPDATE oic_evidence_head SET last_hash = ?", last.contentHash());
  }

  /** Inserts a row; with {@code correctHash} its plain hash is computed as the application would. */
  private static EvidenceEntry forge(JdbcTemplate jdbc, String id, long sequence, String title, String previousHash,
      boolean correctHash) {
    var at = Instant.parse("2026-01-15T10:30:00.123Z");
    var entry = new EvidenceEntry(id, sequence, PLAN, null, null, EvidenceKind.SIGN_OFF, title, null, null,
        LocalDate.of(2026, 1, 15), "pcc", at, null, null, null, null, null, null, null, previousHash, null);
    var hash = correctHash ? Hashes.contentHash(entry) : "f".repeat(64);
    jdbc.update("""
        INSERT INTO oic_evidence_entry (id, sequence_no, plan_id, kind, title, effective_date, recorded_by, recorded_at,
          content_sha256, previous_sha256)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, sequence, PLAN, "SIGN_OFF", title, entry.effectiveDate(), "pcc",
        at.atOffset(ZoneOffset.UTC), hash, previousHash);
    return with(entry, title, previousHash, hash);
  }

  private static EvidenceEntry with(EvidenceEntry e, String title, String previousHash) {
    var unhashed = with(e, title, previousHash, null);
    return with(unhashed, title, previousHash, Hashes.contentHash(unhashed));
  }

  private static EvidenceEntry with(EvidenceEntry e, String title, String previousHash, String hash) {
    return new EvidenceEntry(e.id(), e.sequence(), e.planId(), e.recommendationId(), e.areaNumber(), e.kind(), title,
        e.description(), e.reference(), e.effectiveDate(), e.recordedBy(), e.recordedAt(), e.processInstanceId(),
        e.activityId(), e.taskId(), e.sourceKey(), e.supersedes(), e.attachment(), hash, previousHash, null);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
