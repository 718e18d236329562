package uk.oic.actionplan.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EvidenceRegisterTest {

  private static final String PLAN = "hiow-oic-2025";

  private RegisterDatabase db;
  private EvidenceRegister register;

  @BeforeEach
  void emptyRegister() {
    db = new RegisterDatabase();
    register = db.register;
  }

  @AfterEach
  void dropDatabase() {
    db.close();
  }

  @Test
  void anEntryStoresItsContentHashAndThePreviousEntrysHash() {
    var first = register.append(trainingFigures("Hydra completion, January").build());
    var second = register.append(trainingFigures("Hydra completion, February").build());

    assertThat(first.sequence()).isEqualTo(1);
    assertThat(first.previousHash()).isEqualTo(Hashes.GENESIS);
    assertThat(first.contentHash()).hasSize(64).isEqualTo(Hashes.contentHash(first));
    assertThat(second.sequence()).isEqualTo(2);
    assertThat(second.previousHash()).isEqualTo(first.contentHash());
    assertThat(register.find(second.id())).contains(second);
    assertThat(first.recordedAt()).isEqualTo(RegisterDatabase.NOW);
    assertThat(first.recordedBy()).isEqualTo("area7.owner");
  }

  @Test
  void theEffectiveDateIsKeptApartFromTheRecordingDateAndDefaultsToToday() {
    var backdated = register.append(trainingFigures("December figures").effectiveDate(LocalDate.of(2025, 12, 31)).build());
    var today = register.append(trainingFigures("Today's figures").build());

    assertThat(backdated.effectiveDate()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(today.effectiveDate()).isEqualTo(LocalDate.of(2026, 1, 15));
  }

  @Test
  void aSecondAppendWithTheSameSourceKeyReturnsTheFirstEntryAndWritesNothing() {
    var first = register.append(trainingFigures("Figures").sourceKey("pi-1/act-1").build());
    var again = register.append(trainingFigures("Figures").sourceKey("pi-1/act-1").build());

    assertThat(again).isEqualTo(first);
    assertThat(db.jdbc.queryForObject("SELECT COUNT(*) FROM oic_evidence_entry", Long.class)).isEqualTo(1);
    assertThat(register.verify().valid()).isTrue();
  }

  @Test
  void aCorrectionIsANewEntryThatSupersedesTheEarlierOne() {
    var wrong = register.append(trainingFigures("Hydra completion 45%").build());
    var correction = register.append(trainingFigures("Hydra completion 54%").supersedes(wrong.id()).build());

    assertThat(correction.supersedes()).isEqualTo(wrong.id());
    assertThat(register.find(wrong.id())).contains(wrong);
    assertThatThrownBy(() -> register.append(trainingFigures("x").supersedes("no-such-entry").build()))
        .hasMessage("supersedes: there is no entry no-such-entry");
  }

  @Test
  void incompleteEvidenceIsRefusedWithTheFieldsThatAreWrong() {
    assertThatThrownBy(() -> register.append(NewEvidence.builder(" ", null, "").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("planId: must be given")
        .hasMessageContaining("kind: must be one of DOCUMENT")
        .hasMessageContaining("title: must be given");
    assertThat(db.jdbc.queryForObject("SELECT COUNT(*) FROM oic_evidence_entry", Long.class)).isZero();
  }

  @Test
  void anAttachmentIsStoredWithItsHash() {
    var bytes = "Hydra figures".getBytes(StandardCharsets.UTF_8);
    var entry = register.append(trainingFigures("Figures").attachment("figures.csv", "text/csv", bytes).build());

    assertThat(entry.attachment().sha256()).isEqualTo(Hashes.sha256(bytes));
    assertThat(entry.attachment().size()).isEqualTo(bytes.length);
    assertThat(register.attachmentContent(entry.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
  }

  @Test
  void searchFiltersByPlanAreaKindAndDatesAndPages() {
    register.append(trainingFigures("a").effectiveDate(LocalDate.of(2026, 1, 1)).build());
    register.append(trainingFigures("b").effectiveDate(LocalDate.of(2026, 2, 1)).build());
    register.append(NewEvidence.builder(PLAN, EvidenceKind.AUDIT_RESULT, "c").area(2).recommendation("rec-2").build());
    register.append(NewEvidence.builder("other-plan", EvidenceKind.DOCUMENT, "d").build());

    var readable = List.of(PLAN);
    var all = register.search(new EvidenceFilter(null, null, null, null, null, null, null), readable, 0, 10);
    assertThat(all.entries()).extracting(EvidenceEntry::title).containsExactly("a", "b", "c");
    assertThat(register.search(new EvidenceFilter(PLAN, null, 7, null, null, null, null), readable, 0, 10).entries())
        .extracting(EvidenceEntry::title).containsExactly("a", "b");
    assertThat(register.search(new EvidenceFilter(null, "rec-2", null, EvidenceKind.AUDIT_RESULT, null, null, null), readable, 0, 10)
        .entries()).extracting(EvidenceEntry::title).containsExactly("c");
    assertThat(register.search(new EvidenceFilter(null, null, 7, null, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 1), null),
        readable, 0, 10).entries()).extracting(EvidenceEntry::title).containsExactly("b");
    var secondPage = register.search(EvidenceFilter.plan(PLAN), readable, 1, 2);
    assertThat(secondPage.entries()).extracting(EvidenceEntry::title).containsExactly("c");
    assertThat(secondPage.totalEntries()).isEqualTo(3);
    assertThat(secondPage.totalPages()).isEqualTo(2);
    assertThat(register.search(EvidenceFilter.plan(PLAN), List.of(), 0, 10).entries()).isEmpty();
  }

  @Test
  void concurrentAppendsFormOneUnbrokenChain() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var appends = new java.util.ArrayList<java.util.concurrent.Future<EvidenceEntry>>();
      for (int i = 0; i < 40; i++) {
        var title = "Figures " + i;
        appends.add(pool.submit(() -> register.append(trainingFigures(title).build())));
      }
      for (var append : appends) {
        append.get();
      }
    } finally {
      pool.shutdown();
    }

    var report = register.verify();
    assertThat(report.valid()).as("%s", report).isTrue();
    assertThat(report.entriesChecked()).isEqualTo(40);
  }

  @Test
  void fullChecksWhileAppendsGoOnFindNoProblemAndStopNoAppend() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
    var reports = new java.util.ArrayList<VerificationReport>();
    try {
      var appends = new java.util.ArrayList<java.util.concurrent.Future<EvidenceEntry>>();
      for (int i = 0; i < 150; i++) {
        var title = "Figures " + i;
        appends.add(pool.submit(() -> register.append(trainingFigures(title).build())));
      }
      while (appends.stream().anyMatch(a -> !a.isDone())) {
        reports.add(register.verify());
      }
      for (var append : appends) {
        append.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(reports).isNotEmpty().allSatisfy(r -> assertThat(r.valid()).as("%s", r).isTrue());
    // each check covers the entries up to the head it began with, never more than were appended
    assertThat(reports).allSatisfy(r -> assertThat(r.entriesChecked()).isBetween(0L, 150L));
    var last = register.verify();
    assertThat(last.valid()).isTrue();
    assertThat(last.entriesChecked()).isEqualTo(150);
  }

  private static NewEvidence.Builder trainingFigures(String title) {
    return NewEvidence.builder(PLAN, EvidenceKind.TRAINING_FIGURES, title)
        .recommendation("rec-8")
        .area(7)
        .description("Completion of the Hydra package by relevant personnel")
        .recordedBy("area7.owner");
  }
}
