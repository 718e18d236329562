package uk.oic.actionplan.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Changes made behind the application's back, straight in the database, and how verification reports each. */
class EvidenceVerificationTest {

  private RegisterDatabase db;
  private final List<EvidenceEntry> entries = new ArrayList<>();

  @BeforeEach
  void fourEntriesTheThirdWithAnAttachment() {
    db = new RegisterDatabase();
    entries.add(db.register.append(NewEvidence.builder("hiow-oic-2025", EvidenceKind.DOCUMENT, "Force OIC plan v1").area(4).build()));
    entries.add(db.register.append(NewEvidence.builder("hiow-oic-2025", EvidenceKind.AUDIT_RESULT, "NCCU audit: 18 of 20").area(2).build()));
    entries.add(db.register.append(NewEvidence.builder("hiow-oic-2025", EvidenceKind.TRAINING_FIGURES, "Hydra figures").area(7)
        .attachment("hydra.csv", "text/csv", "station,trained\nA,12\n".getBytes(StandardCharsets.UTF_8)).build()));
    entries.add(db.register.append(NewEvidence.builder("hiow-oic-2025", EvidenceKind.DECISION, "Plan approved").area(4).build()));
  }

  @AfterEach
  void dropDatabase() {
    db.close();
  }

  @Test
  void anUntouchedRegisterIsValid() {
    var report = db.register.verify();

    assertThat(report.valid()).isTrue();
    assertThat(report.entriesChecked()).isEqualTo(4);
    assertThat(report.headHash()).isEqualTo(entries.get(3).contentHash());
    assertThat(report.firstFailure()).isNull();
  }

  @Test
  void anEmptyRegisterIsValid() {
    var empty = new RegisterDatabase();
    try {
      var report = empty.register.verify();
      assertThat(report.valid()).isTrue();
      assertThat(report.entriesChecked()).isZero();
      assertThat(report.headHash()).isEqualTo(Hashes.GENESIS);
      assertThat(report.problems()).isEmpty();
    } finally {
      empty.close();
    }
  }

  @Test
  void changedTextIsDetected() {
    db.jdbc.update("UPDATE oic_evidence_entry SET title = 'NCCU audit: 20 of 20' WHERE id = ?", entries.get(1).id());

    var report = db.register.verify();

    assertThat(report.valid()).isFalse();
    assertThat(report.entriesChecked()).isEqualTo(4);
    assertThat(report.problemCount()).isEqualTo(1);
    assertThat(report.firstFailure().entryId()).isEqualTo(entries.get(1).id());
    assertThat(report.firstFailure().sequence()).isEqualTo(2);
    assertThat(report.firstFailure().reason()).contains("content does not match its hash");
  }

  @Test
  void aChangedEffectiveDateIsDetected() {
    db.jdbc.update("UPDATE oic_evidence_entry SET effective_date = DATE '2025-12-01' WHERE id = ?", entries.get(0).id());

    assertThat(db.register.verify().firstFailure().entryId()).isEqualTo(entries.get(0).id());
  }

  @Test
  void changedTextWithARecomputedHashBreaksTheNextLink() {
    var altered = entries.get(1);
    var forged = new EvidenceEntry(altered.id(), altered.sequence(), altered.planId(), altered.recommendationId(),
        altered.areaNumber(), altered.kind(), "NCCU audit: 20 of 20", altered.description(), altered.reference(),
        altered.effectiveDate(), altered.recordedBy(), altered.recordedAt(), altered.processInstanceId(),
        altered.activityId(), altered.taskId(), altered.sourceKey(), altered.supersedes(), altered.attachment(), null,
        altered.previousHash(), null);
    db.jdbc.update("UPDATE oic_evidence_entry SET title = ?, content_sha256 = ? WHERE id = ?",
        forged.title(), Hashes.contentHash(forged), altered.id());

    var report = db.register.verify();

    assertThat(report.valid()).isFalse();
    // the plain hash is right, but without the key the MAC cannot be
    assertThat(report.firstFailure().entryId()).isEqualTo(entries.get(1).id());
    assertThat(report.firstFailure().reason()).contains("its MAC does not match");
    assertThat(report.problems().get(1).entryId()).isEqualTo(entries.get(2).id());
    assertThat(report.problems().get(1).reason()).contains("previous-entry hash does not match entry 2");
  }

  @Test
  void aWholeChainRewrittenWithCorrectPlainHashesFailsItsMacs() {
    // the attacker recomputes every hash from entry 2 on and the head, as the plain chain allowed
    var previous = entries.get(0).contentHash();
    for (var e : entries.subList(1, entries.size())) {
      var title = e.sequence() == 2 ? "NCCU audit: 20 of 20" : e.title();
      var rewritten = new EvidenceEntry(e.id(), e.sequence(), e.planId(), e.recommendationId(), e.areaNumber(), e.kind(),
          title, e.description(), e.reference(), e.effectiveDate(), e.recordedBy(), e.recordedAt(), e.processInstanceId(),
          e.activityId(), e.taskId(), e.sourceKey(), e.supersedes(), e.attachment(), null, previous, null);
      previous = Hashes.contentHash(rewritten);
      db.jdbc.update("UPDATE oic_evidence_entry SET title = ?, previous_sha256 = ?, content_sha256 = ? WHERE id = ?",
          title, rewritten.previousHash(), previous, e.id());
    }
    db.jdbc.update("UPDATE oic_evidence_head SET last_hash = ?", previous);

    var report = db.register.verify();

    assertThat(report.valid()).isFalse();
    assertThat(report.problems()).extracting(VerificationReport.Failure::reason)
        .allSatisfy(reason -> assertThat(reason).contains("MAC does not match"));
    assertThat(report.problemCount()).isEqualTo(3);
  }

  @Test
  void anUnsealedRegisterIsSealedOnceAndThenVerifies() throws Exception {
    db.jdbc.update("UPDATE oic_evidence_entry SET mac = NULL");
    db.jdbc.update("UPDATE oic_evidence_head SET last_mac = NULL, key_fingerprint = NULL");
    assertThat(db.register.verify().problems()).extracting(VerificationReport.Failure::reason)
        .contains("the register's head has no MAC: the register was never sealed, or its head was changed");

    // the witness shows the register was sealed before: sealing again would vouch for whatever was changed
    assertThat(db.register.seal()).isZero();
    assertThat(db.register.verify().valid()).isFalse();

    // a register never witnessed (as one upgraded from before MACs) is sealed, once
    java.nio.file.Files.delete(db.witness.file());
    assertThat(db.register.seal()).isEqualTo(4);
    assertThat(db.register.seal()).isZero();

    assertThat(db.register.verify().valid()).isTrue();
    assertThat(db.register.find(entries.get(3).id()).orElseThrow().mac()).isEqualTo(entries.get(3).mac());
  }

  @Test
  void anotherKeyFailsEveryEntryAndSaysSo() {
    var otherKey = new EvidenceRegister(db.dataSource, new org.springframework.jdbc.datasource.DataSourceTransactionManager(
        db.dataSource), java.time.Clock.systemUTC(), java.time.ZoneOffset.UTC,
        EvidenceKey.of("another-key-for-the-evidence-register-0123456789"), db.witness);

    var report = otherKey.verify();

    assertThat(report.valid()).isFalse();
    assertThat(report.firstFailure().reason()).contains("sealed with another key");
  }

  @Test
  void aChangedAttachmentIsDetected() {
    db.jdbc.update("UPDATE oic_evidence_attachment SET content = ? WHERE entry_id = ?",
        "station,trained\nA,99\n".getBytes(StandardCharsets.UTF_8), entries.get(2).id());

    var report = db.register.verify();

    assertThat(report.valid()).isFalse();
    assertThat(report.entriesChecked()).isEqualTo(4);
    assertThat(report.firstFailure().entryId()).isEqualTo(entries.get(2).id());
    assertThat(report.firstFailure().reason()).contains("attachment does not match");
  }

  @Test
  void aRemovedAttachmentIsDetected() {
    db.jdbc.update("DELETE FROM oic_evidence_attachment WHERE entry_id = ?", entries.get(2).id());

    assertThat(db.register.verify().firstFailure().reason()).isEqualTo("its attachment is missing");
  }

  @Test
  void aDeletedEntryIsDetected() {
    db.jdbc.update("DELETE FROM oic_evidence_entry WHERE id = ?", entries.get(1).id());

    var report = db.register.verify();

    assertThat(report.valid()).isFalse();
    assertThat(report.firstFailure().entryId()).isEqualTo(entries.get(2).id());
    assertThat(report.firstFailure().sequence()).isEqualTo(3);
    assertThat(report.firstFailure().reason()).startsWith("entry 2 is missing");
  }

  @Test
  void aDeletedFirstEntryIsDetected() {
    db.jdbc.update("DELETE FROM oic_evidence_entry WHERE id = ?", entries.get(0).id());

    assertThat(db.register.verify().firstFailure().reason()).startsWith("entry 1 is missing");
  }

  @Test
  void aDeletedLastEntryIsDetected() {
    db.jdbc.update("DELETE FROM oic_evidence_entry WHERE id = ?", entries.get(3).id());

    var report = db.register.verify();

    assertThat(report.valid()).isFalse();
    assertThat(report.entriesChecked()).isEqualTo(3);
    assertThat(report.firstFailure().entryId()).isNull();
    assertThat(report.firstFailure().sequence()).isEqualTo(4);
    assertThat(report.problems()).extracting(VerificationReport.Failure::reason)
        .contains("the register's head names entry 4, which is missing: entries after entry 3 were removed");
  }

  @Test
  void truncationWithTheHeadRewrittenToThePreviousEntryIsCaughtByTheWitness() {
    var third = entries.get(2);
    db.jdbc.update("DELETE FROM oic_evidence_entry WHERE id = ?", entries.get(3).id());
    db.jdbc.update("UPDATE oic_evidence_head SET last_sequence = 3, last_hash = ?, last_mac = ?", third.contentHash(), third.mac());

    var report = db.register.verify();

    assertThat(report.valid()).isFalse();
    assertThat(report.witnessed().sequence()).isEqualTo(4);
    assertThat(report.problems()).extracting(VerificationReport.Failure::reason)
        .anySatisfy(reason -> assertThat(reason).contains("the witness saw entry 4").contains("no longer in the register"));
    assertThatThrownBy(() -> db.register.append(NewEvidence.builder("hiow-oic-2025", EvidenceKind.DECISION, "Next").build()))
        .isInstanceOf(EvidenceRegisterTamperedException.class)
        .hasMessageContaining("the witness saw entry 4");
    assertThat(db.jdbc.queryForObject("SELECT COUNT(*) FROM oic_evidence_entry", Long.class)).isEqualTo(3);
  }

  @Test
  void theWitnessFileHoldsOneLinePerWitnessedHeadOutsideTheDatabase() throws Exception {
    var lines = java.nio.file.Files.readAllLines(db.witness.file());

    // the sealing of the empty register, then each append
    assertThat(lines).hasSize(5);
    assertThat(lines.get(4)).endsWith(" sequence=4 mac=" + entries.get(3).mac());
    var report = db.register.verify();
    assertThat(report.witnessed().mac()).isEqualTo(entries.get(3).mac());
    assertThat(report.headMac()).isEqualTo(entries.get(3).mac());
    // nothing changed: witnessing again writes nothing
    db.register.witnessHead();
    assertThat(java.nio.file.Files.readAllLines(db.witness.file())).hasSize(5);
  }

  @Test
  void reorderedEntriesAreDetected() {
    // swap the places of entries 1 and 2 (through -1, as places are unique)
    db.jdbc.update("UPDATE oic_evidence_entry SET sequence_no = -1 WHERE sequence_no = 1");
    db.jdbc.update("UPDATE oic_evidence_entry SET sequence_no = 1 WHERE sequence_no = 2");
    db.jdbc.update("UPDATE oic_evidence_entry SET sequence_no = 2 WHERE sequence_no = -1");

    var report = db.register.verify();

    assertThat(report.valid()).isFalse();
    assertThat(report.entriesChecked()).isEqualTo(4);
    assertThat(report.firstFailure().entryId()).isEqualTo(entries.get(1).id());
    assertThat(report.firstFailure().reason()).contains("removed or inserted before it");
  }

  @Test
  void entriesReorderedByRecordingTimeAreDetected() {
    // swap the places of entries 2 and 3 with all their columns: the rows now sit in the other order
    db.jdbc.update("UPDATE oic_evidence_entry SET sequence_no = -2 WHERE sequence_no = 2");
    db.jdbc.update("UPDATE oic_evidence_entry SET sequence_no = 2 WHERE sequence_no = 3");
    db.jdbc.update("UPDATE oic_evidence_entry SET sequence_no = 3 WHERE sequence_no = -2");

    var report = db.register.verify();

    assertThat(report.firstFailure().entryId()).isEqualTo(entries.get(2).id());
    assertThat(report.firstFailure().sequence()).isEqualTo(2);
    assertThat(report.firstFailure().reason()).contains("removed, inserted or reordered");
  }

  @Test
  void anInsertedEntryIsDetected() {
    db.jdbc.update("UPDATE oic_evidence_entry SET sequence_no = sequence_no + 10 WHERE sequence_no >= 3");
    db.jdbc.update("UPDATE oic_evidence_entry SET sequence_no = sequence_no - 9 WHERE sequence_no >= 13");
    var copy = entries.get(1);
    db.jdbc.update("""
        INSERT INTO oic_evidence_entry (id, sequence_no, plan_id, kind, title, effective_date, recorded_by, recorded_at,
          content_sha256, previous_sha256)
        SELECT 'inserted', 3, plan_id, kind, 'Backdated audit', effective_date, recorded_by, recorded_at, content_sha256,
          previous_sha256 FROM oic_evidence_entry WHERE id = ?""", copy.id());

    var report = db.register.verify();

    assertThat(report.firstFailure().entryId()).isEqualTo("inserted");
    assertThat(report.firstFailure().reason()).contains("removed, inserted or reordered");
  }

  @Test
  void everyProblemIsListedNotOnlyTheFirst() {
    db.jdbc.update("UPDATE oic_evidence_entry SET title = 'edited' WHERE id = ?", entries.get(0).id());
    db.jdbc.update("UPDATE oic_evidence_entry SET title = 'edited too' WHERE id = ?", entries.get(3).id());

    var report = db.register.verify();

    assertThat(report.problemCount()).isEqualTo(2);
    assertThat(report.problems()).extracting(VerificationReport.Failure::entryId)
        .containsExactly(entries.get(0).id(), entries.get(3).id());
    assertThat(report.summary()).startsWith("The register has been tampered with: 2 problems found in 4 entries");
  }

  @Test
  void aRowForgedAfterTheHeadIsDetectedAndRefusesTheNextAppend() {
    db.jdbc.update("""
        INSERT INTO oic_evidence_entry (id, sequence_no, plan_id, kind, title, effective_date, recorded_by, recorded_at,
          content_sha256, previous_sha256)
        VALUES ('forged', 5, 'hiow-oic-2025', 'SIGN_OFF', 'Discharged: Rec 8 (forged)', DATE '2026-01-15', 'pcc',
          TIMESTAMP WITH TIME ZONE '2026-01-15 10:30:00+00', ?, ?)""", "f".repeat(64), entries.get(3).contentHash());

    var report = db.register.verify();
    assertThat(report.valid()).isFalse();
    assertThat(report.problems()).anySatisfy(p -> {
      assertThat(p.entryId()).isEqualTo("forged");
      assertThat(p.reason()).contains("comes after the register's head (entry 4)");
    });
    assertThat(db.register.tailProblem()).hasValueSatisfying(p -> assertThat(p).contains("entry 5 comes after the register's head"));

    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            db.register.append(NewEvidence.builder("hiow-oic-2025", EvidenceKind.DECISION, "Next decision").build()))
        .isInstanceOf(EvidenceRegisterTamperedException.class)
        .hasMessageContaining("nothing was recorded");
    assertThat(db.jdbc.queryForObject("SELECT COUNT(*) FROM oic_evidence_entry", Long.class)).isEqualTo(5);
    assertThat(db.jdbc.queryForObject("SELECT last_sequence FROM oic_evidence_head", Long.class)).isEqualTo(4);
  }

  @Test
  void anAttachmentStoredForAnEntryWithoutOneIsDetected() {
    db.jdbc.update("INSERT INTO oic_evidence_attachment (entry_id, content) VALUES (?, ?)", entries.get(0).id(), new byte[] {1, 2});

    assertThat(db.register.verify().firstFailure().reason()).contains("a file is stored with it although none was recorded");
  }
}
