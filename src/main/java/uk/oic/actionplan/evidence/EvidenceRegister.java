package uk.oic.actionplan.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.oic.actionplan.kernel.CalendarProperties;

/**
 * The evidence register: entries are appended, never changed or removed, each carrying the SHA-256
 * of its content and of the entry before it.
 *
 * <p>It works on the engine's DataSource and transaction manager, so an entry written while the
 * engine completes a task commits or rolls back with that task. Appends lock the register's head
 * row, so however many nodes and threads append, the entries form one unbroken line.
 */
@Service
public class EvidenceRegister {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EvidenceRegister.class);

  static final int MAX_TITLE = 500;
  static final int MAX_DESCRIPTION = 20_000;
  static final int MAX_REFERENCE = 2_000;
  static final int MAX_NAME = 255;

  private static final String COLUMNS = """
      id, sequence_no, plan_id, recommendation_id, area_number, kind, title, description, reference,
      effective_date, recorded_by, recorded_at, process_instance_id, activity_id, task_id, source_key,
      supersedes, attachment_name, attachment_type, attachment_size, attachment_sha256, content_sha256,
      previous_sha256, mac""";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate writing;
  private final TransactionTemplate reading;
  private final Clock clock;
  private final ZoneId zone;
  private final EvidenceKey key;
  private final EvidenceWitness witness;
  private final LatestVerification verifications;

  @Autowired
  EvidenceRegister(DataSource dataSource, PlatformTransactionManager transactions, Clock clock, CalendarProperties calendar,
      EvidenceKey key, EvidenceWitness witness, EvidenceProperties properties) {
    this(dataSource, transactions, clock, calendar.zone(), key, witness, properties.verifyOnAppendEvery(),
        verifyingThreads());
  }

  /** A thread per background verification (one at a time); it does not hold up the application's shutdown. */
  private static Executor verifyingThreads() {
    var threads = new SimpleAsyncTaskExecutor("evidence-verify-");
    threads.setDaemon(true);
    return threads;
  }

  /** A register whose kept verification is checked again, in the caller's thread, as soon as entries were added. */
  EvidenceRegister(DataSource dataSource, PlatformTransactionManager transactions, Clock clock, ZoneId zone,
      EvidenceKey key, EvidenceWitness witness) {
    this(dataSource, transactions, clock, zone, key, witness, Duration.ZERO, Runnable::run);
  }

  EvidenceRegister(DataSource dataSource, PlatformTransactionManager transactions, Clock clock, ZoneId zone,
      EvidenceKey key, EvidenceWitness witness, Duration recheckAfter, Executor background) {
    this.jdbc = JdbcClient.create(dataSource);
    this.template = new JdbcTemplate(dataSource);
    this.writing = new TransactionTemplate(transactions);
    this.reading = new TransactionTemplate(transactions);
    // one snapshot for the head and the entries, so a concurrent append cannot look like a gap
    this.reading.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    this.reading.setReadOnly(true);
    this.clock = clock;
    this.zone = zone;
    this.key = key;
    this.witness = witness;
    this.verifications = new LatestVerification(this::fullCheck, () -> reading.execute(status -> readHead(false)).mark(),
        clock, recheckAfter, background);
  }

  /**
   * Appends an entry, or returns the entry already recorded under the same {@code sourceKey}.
   *
   * @throws IllegalArgumentException "field: problem" when the evidence is incomplete or too long
   */
  public EvidenceEntry append(NewEvidence evidence) {
    check(evidence);
    return writing.execute(status -> appendLocked(evidence));
  }

  private EvidenceEntry appendLocked(NewEvidence evidence) {
    var head = readHead(true);
    checkTail(head);
    checkWitness(head);
    if (evidence.sourceKey() != null) {
      var earlier = findBySourceKey(evidence.sourceKey());
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    if (evidence.supersedes() != null) {
      var corrected = find(evidence.supersedes())
          .orElseThrow(() -> new IllegalArgumentException("supersedes: there is no entry " + evidence.supersedes()));
      if (!corrected.planId().equals(evidence.planId())) {
        throw new IllegalArgumentException("supersedes: entry " + evidence.supersedes() + " belongs to another plan");
      }
    }
    var file = evidence.attachment();
    var attachment = file == null ? null
        : new EvidenceAttachment(file.fileName(), file.contentType(), file.content().length, Hashes.sha256(file.content()));
    var entry = new EvidenceEntry(
        UUID.randomUUID().toString(),
        head.sequence() + 1,
        evidence.planId(),
        evidence.recommendationId(),
        evidence.areaNumber(),
        evidence.kind(),
        evidence.title(),
        evidence.description(),
        evidence.reference(),
        evidence.effectiveDate() != null ? evidence.effectiveDate() : LocalDate.now(clock.withZone(zone)),
        evidence.recordedBy() == null || evidence.recordedBy().isBlank() ? "system" : evidence.recordedBy(),
        // the database keeps microseconds at most; milliseconds survive every round trip
        clock.instant().truncatedTo(ChronoUnit.MILLIS),
        evidence.processInstanceId(),
        evidence.activityId(),
        evidence.taskId(),
        evidence.sourceKey(),
        evidence.supersedes(),
        attachment,
        null,
        head.hash(),
        null);
    entry = withHash(entry, Hashes.contentHash(entry));
    entry = withMac(entry, key.mac(entry, head.mac()));
    insert(entry);
    if (file != null) {
      jdbc.sql("INSERT INTO oic_evidence_attachment (entry_id, content) VALUES (?, ?)")
          .params(entry.id(), file.content())
          .update();
    }
    jdbc.sql("UPDATE oic_evidence_head SET last_sequence = ?, last_hash = ?, last_mac = ? WHERE id = 1")
        .params(entry.sequence(), entry.contentHash(), entry.mac())
        .update();
    witnessAfterCommit(entry.sequence(), entry.mac());
    return entry;
  }

  /**
   * The check an append makes of the head and the last entry, without the lock: cheap enough for every
   * list of entries. Empty when they are as recorded; {@link #verify()} checks the rest.
   */
  public Optional<String> tailProblem() {
    var problem = reading.execute(status -> tailProblem(false));
    // an append committing meanwhile can look like a problem outside the lock; under it nothing moves
    return problem.isEmpty() ? problem : writing.execute(status -> tailProblem(true));
  }

  private Optional<String> tailProblem(boolean lock) {
    try {
      var head = readHead(lock);
      checkTail(head);
      checkWitness(head);
      return Optional.empty();
    } catch (EvidenceRegisterTamperedException e) {
      return Optional.of(e.getMessage());
    }
  }

  /**
   * Under the head lock, before anything is written: the last entry is the one the head names, and it
   * is as it was recorded. A forged row after the head, a removed last entry or a rewritten head refuse
   * the append rather than let it bury the change (or fail on the forged row's place). The rest of the
   * chain is left to {@link #verify()}, which reads every row.
   */
  private void checkTail(Head head) {
    if (head.mac() == null) {
      throw new EvidenceRegisterTamperedException("the register's head has no MAC: the register was never sealed, "
          + "or its head was changed");
    }
    long last = jdbc.sql("SELECT COALESCE(MAX(sequence_no), 0) FROM oic_evidence_entry").query(Long.class).single();
    if (last > head.sequence()) {
      throw new EvidenceRegisterTamperedException("entry " + last + " comes after the register's head (entry "
          + head.sequence() + "), so the application did not append it");
    }
    if (last < head.sequence()) {
      throw new EvidenceRegisterTamperedException("the register's head names entry " + head.sequence()
          + " but the last entry is entry " + last + ", so entries were removed");
    }
    if (head.sequence() == 0) {
      if (!Hashes.GENESIS.equals(head.hash()) || !EvidenceKey.GENESIS.equals(head.mac())) {
        throw new EvidenceRegisterTamperedException("the register's head records a hash although it names no entry");
      }
      return;
    }
    var tail = jdbc.sql("SELECT " + COLUMNS + " FROM oic_evidence_entry WHERE sequence_no = ?").param(head.sequence())
        .query(EvidenceRegister::entry).single();
    if (!tail.contentHash().equals(head.hash()) || !Hashes.contentHash(tail).equals(tail.contentHash())
        || !head.mac().equals(tail.mac())) {
      throw new EvidenceRegisterTamperedException("the last entry (entry " + head.sequence()
          + ") is not the one the register recorded, so it or the head was rewritten");
    }
    var previousMac = head.sequence() == 1 ? EvidenceKey.GENESIS
        : jdbc.sql("SELECT mac FROM oic_evidence_entry WHERE sequence_no = ?").param(head.sequence() - 1)
            .query(String.class).optional().orElse("");
    if (!key.mac(tail, previousMac).equals(tail.mac())) {
      throw new EvidenceRegisterTamperedException("the last entry (entry " + head.sequence()
          + ") does not carry the MAC of the register's key, so the application did not write it");
    }
  }

  /** The latest witnessed head is still in the register as it was seen; else entries were removed or rewritten. */
  private void checkWitness(Head head) {
    var seen = witness.latest();
    if (seen.isEmpty()) {
      return;
    }
    var latest = seen.get();
    if (latest.sequence() > head.sequence()) {
      throw new EvidenceRegisterTamperedException("the witness saw entry " + latest.sequence() + " at " + latest.at()
          + " but the register's head is entry " + head.sequence() + ", so entries were removed");
    }
    var mac = latest.sequence() == head.sequence() ? head.mac()
        : latest.sequence() == 0 ? EvidenceKey.GENESIS
        : jdbc.sql("SELECT mac FROM oic_evidence_entry WHERE sequence_no = ?").param(latest.sequence())
            .query(String.class).optional().orElse(null);
    if (!latest.mac().equals(mac)) {
      throw new EvidenceRegisterTamperedException("entry " + latest.sequence() + " is not the one the witness saw at "
          + latest.at() + ", so the register was rewritten");
    }
  }

  /** Once the entry is committed, never before: a rolled-back append must not be witnessed. */
  private void witnessAfterCommit(long sequence, String mac) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      witnessNow(sequence, mac);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        witnessNow(sequence, mac);
      }
    });
  }

  private void witnessNow(long sequence, String mac) {
    try {
      witness.record(sequence, mac, clock.instant());
    } catch (RuntimeException e) {
      // the entry stands; the scheduled witness writes the head when the file can be written again
      LOG.error("Could not witness the evidence register's head (entry {}): {}", sequence, e.getMessage());
    }
  }

  /**
   * Writes the head to the witness file when it is not the latest witnessed head, and only when the head
   * and the last entry are as the application wrote them: a forged head is never witnessed.
   *
   * @return the latest witnessed head after this call
   */
  public Optional<EvidenceWitness.Seen> witnessHead() {
    var head = reading.execute(status -> readHead(false));
    var latest = witness.latest();
    boolean current = latest.isPresent() && latest.get().sequence() == head.sequence() && latest.get().mac().equals(head.mac());
    if (!current && head.mac() != null) {
      var problem = tailProblem();
      if (problem.isPresent()) {
        LOG.error("Not witnessing the evidence register's head: {}", problem.get());
      } else {
        witnessNow(head.sequence(), head.mac());
      }
    }
    return witness.latest();
  }

  private void insert(EvidenceEntry e) {
    var a = e.attachment();
    jdbc.sql("INSERT INTO oic_evidence_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(e.id(), e.sequence(), e.planId(), e.recommendationId(), e.areaNumber(), e.kind().name(), e.title(),
            e.description(), e.reference(), e.effectiveDate(), e.recordedBy(), e.recordedAt().atOffset(ZoneOffset.UTC),
            e.processInstanceId(), e.activityId(), e.taskId(), e.sourceKey(), e.supersedes(),
            a == null ? null : a.fileName(), a == null ? null : a.contentType(), a == null ? null : a.size(),
            a == null ? null : a.sha256(), e.contentHash(), e.previousHash(), e.mac())
        .update();
  }

  private static void check(NewEvidence e) {
    var problems = new ArrayList<String>();
    if (e.planId() == null || e.planId().isBlank()) {
      problems.add("planId: must be given");
    }
    if (e.kind() == null) {
      problems.add("kind: must be one of " + EvidenceKind.names());
    }
    if (e.title() == null || e.title().isBlank()) {
      problems.add("title: must be given");
    }
    tooLong(problems, "title", e.title(), MAX_TITLE);
    tooLong(problems, "description", e.description(), MAX_DESCRIPTION);
    tooLong(problems, "reference", e.reference(), MAX_REFERENCE);
    tooLong(problems, "recordedBy", e.recordedBy(), MAX_NAME);
    tooLong(problems, "sourceKey", e.sourceKey(), MAX_NAME);
    if (e.attachment() != null) {
      if (e.attachment().content() == null) {
        problems.add("attachment: has no content");
      }
      if (e.attachment().fileName() == null || e.attachment().fileName().isBlank()) {
        problems.add("attachment: has no file name");
      }
      tooLong(problems, "attachment file name", e.attachment().fileName(), MAX_NAME);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  private static void tooLong(List<String> problems, String field, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(field + ": must be at most " + max + " characters");
    }
  }

  public Optional<EvidenceEntry> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM oic_evidence_entry WHERE id = ?").param(id)
        .query(EvidenceRegister::entry).optional();
  }

  public Optional<EvidenceEntry> findBySourceKey(String sourceKey) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM oic_evidence_entry WHERE source_key = ?").param(sourceKey)
        .query(EvidenceRegister::entry).optional();
  }

  /** The attached file's bytes; empty when the entry has none. */
  public Optional<byte[]> attachmentContent(String entryId) {
    return jdbc.sql("SELECT content FROM oic_evidence_attachment WHERE entry_id = ?").param(entryId)
        .query((rs, n) -> rs.getBytes(1)).optional();
  }

  /**
   * Entries that match the filter, in the order they were recorded.
   *
   * @param readablePlans the plans the reader may see, entries of other plans are left out; null for every plan
   */
  public EvidencePage search(EvidenceFilter filter, Collection<String> readablePlans, int page, int size) {
    if (readablePlans != null && readablePlans.isEmpty()) {
      return new EvidencePage(List.of(), page, size, 0);
    }
    var where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    if (readablePlans != null) {
      where.append(" AND plan_id IN (:plans)");
      params.put("plans", readablePlans);
    }
    condition(where, params, "plan_id = :planId", "planId", filter.planId());
    condition(where, params, "recommendation_id = :recommendationId", "recommendationId", filter.recommendationId());
    condition(where, params, "area_number = :areaNumber", "areaNumber", filter.areaNumber());
    condition(where, params, "kind = :kind", "kind", filter.kind() == null ? null : filter.kind().name());
    condition(where, params, "effective_date >= :effectiveFrom", "effectiveFrom", filter.effectiveFrom());
    condition(where, params, "effective_date <= :effectiveTo", "effectiveTo", filter.effectiveTo());
    condition(where, params, "process_instance_id = :processInstanceId", "processInstanceId", filter.processInstanceId());
    long total = jdbc.sql("SELECT COUNT(*) FROM oic_evidence_entry" + where).params(params).query(Long.class).single();
    var entries = jdbc.sql("SELECT " + COLUMNS + " FROM oic_evidence_entry" + where
            + " ORDER BY sequence_no LIMIT :limit OFFSET :offset")
        .params(params)
        .param("limit", size)
        .param("offset", (long) page * size)
        .query(EvidenceRegister::entry)
        .list();
    return new EvidencePage(entries, page, size, total);
  }

  private static void condition(StringBuilder where, Map<String, Object> params, String sql, String name, Object value) {
    if (value != null) {
      where.append(" AND ").append(sql);
      params.put(name, value);
    }
  }

  /**
   * Checks every row of the register, whatever its place: the sequence has no gap, each entry links to
   * the one before, its content matches its hash and its MAC the register's key, its file matches the
   * file's hash, no file is stored that no entry recorded, no entry sits after the head, the head names
   * the last entry, and every head in the witness file is still in the register as it was witnessed.
   * Every problem is listed, not only the first. The result becomes {@link #lastVerification()}.
   */
  public VerificationReport verify() {
    return verifications.verify();
  }

  /**
   * The latest full verification, without reading the register's rows: cheap enough for every page. It is
   * checked again in the background once entries were added and it is {@code oic.evidence.verify-on-append-every}
   * old, every {@code oic.evidence.verify-interval} (so a change made in SQL is found without new entries), and by
   * every {@link #verify()}; {@link VerificationReport#checkedAt()} says when. Only the very first call waits for a
   * full check.
   */
  public VerificationReport lastVerification() {
    return verifications.latest();
  }

  /** Starts a full verification in the background unless one is running; its result becomes the latest. */
  void refreshVerification() {
    verifications.refresh();
  }

  private LatestVerification.Check fullCheck() {
    var at = clock.instant();
    // Without the lock, appends go on while the rows are read. The witness first: it sees a head only
    // once its append has committed, so every head it saw is in what the walk reads next. Then only the
    // rows up to the head the walk began with: an append that commits meanwhile is checked next time.
    var seen = witness.all();
    var check = reading.execute(status -> {
      var head = readHead(false);
      return new LatestVerification.Check(walk(head, at, seen, true), head.mark());
    });
    if (check.report().valid() && noEntryAfterTheHead()) {
      return check;
    }
    // a problem, or a snapshot that is not one (H2) showing an append half-way: under the head lock nothing moves
    return writing.execute(status -> {
      var head = readHead(true);
      return new LatestVerification.Check(walk(head, at, witness.all(), false), head.mark());
    });
  }

  /**
   * Whether every row lies at or before the head, read in that order: an append writes its row and the
   * head in one transaction, so a row read first is covered by the head read after it, unless someone
   * added it behind the application's back.
   */
  private boolean noEntryAfterTheHead() {
    return reading.execute(status -> {
      Long last = jdbc.sql("SELECT MAX(sequence_no) FROM oic_evidence_entry").query(Long.class).optional().orElse(null);
      return last == null || last <= readHead(false).sequence();
    });
  }

  /** How many entries the plan has, without reading them. */
  public long count(String planId) {
    return jdbc.sql("SELECT COUNT(*) FROM oic_evidence_entry WHERE plan_id = ?").param(planId).query(Long.class).single();
  }

  /** How many entries each plan has, in one query; a plan without entries is not in the map. */
  public java.util.Map<String, Long> countsByPlan() {
    var counts = new java.util.HashMap<String, Long>();
    template.query("SELECT plan_id, COUNT(*) FROM oic_evidence_entry GROUP BY plan_id",
        rs -> {
          counts.put(rs.getString(1), rs.getLong(2));
        });
    return counts;
  }

  private Head readHead(boolean lock) {
    return jdbc.sql("SELECT last_sequence, last_hash, last_mac, key_fingerprint FROM oic_evidence_head WHERE id = 1"
            + (lock ? " FOR UPDATE" : ""))
        .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .single();
  }

  /**
   * @param seen what the witness saw, read before the head
   * @param upToHead whether to read only the rows up to the head ({@link #noEntryAfterTheHead()} checks the rest)
   */
  private VerificationReport walk(Head head, Instant checkedAt, List<EvidenceWitness.Seen> seen, boolean upToHead) {
    var files = new HashSet<>(jdbc.sql("SELECT entry_id FROM oic_evidence_attachment").query(String.class).list());
    var check = new ChainCheck();
    // first, as it explains every other problem
    if (head.mac() == null) {
      check.problem(null, head.sequence(), "the register's head has no MAC: the register was never sealed, or its head was changed");
    } else if (head.keyFingerprint() != null && !head.keyFingerprint().equals(key.fingerprint())) {
      check.problem(null, head.sequence(), "the register was sealed with another key (fingerprint " + head.keyFingerprint()
          + ") than the one this application holds (" + key.fingerprint() + "): no MAC can match");
    }
    ResultSetExtractor<Void> rows = rs -> {
      for (int row = 0; rs.next(); row++) {
        check(check, entry(rs, row), head, files);
      }
      return null;
    };
    if (upToHead) {
      template.query("SELECT " + COLUMNS + " FROM oic_evidence_entry WHERE sequence_no <= ? ORDER BY sequence_no", rows,
          head.sequence());
    } else {
      template.query("SELECT " + COLUMNS + " FROM oic_evidence_entry ORDER BY sequence_no", rows);
    }
    for (var line : seen) {
      if (line.sequence() == 0) {
        continue;
      }
      var mac = check.macs.get(line.sequence());
      if (mac == null) {
        check.problem(null, line.sequence(), "the witness saw entry " + line.sequence() + " at " + line.at()
            + ", which is no longer in the register: entries were removed");
      } else if (!mac.equals(line.mac())) {
        check.problem(null, line.sequence(), "entry " + line.sequence() + " is not the one the witness saw at " + line.at()
            + ": it was rewritten");
      }
    }
    for (var orphan : new TreeSet<>(files)) {
      check.problem(orphan, 0, "a file is stored for entry " + orphan + ", which is not in the register: it was added behind the application's back");
    }
    if (check.headRow == null) {
      if (head.sequence() > 0) {
        check.problem(null, head.sequence(), "the register's head names entry " + head.sequence() + ", which is missing: "
            + (check.lastSequence < head.sequence() ? "entries after entry " + check.lastSequence + " were removed" : "it was removed"));
      } else if (!Hashes.GENESIS.equals(head.hash()) || (head.mac() != null && !EvidenceKey.GENESIS.equals(head.mac()))) {
        check.problem(null, 0, "the register's head records a hash although it names no entry: the head was changed");
      }
    } else if (!check.headRow.contentHash().equals(head.hash())
        || (head.mac() != null && !head.mac().equals(check.headRow.mac()))) {
      check.problem(check.headRow.id(), head.sequence(),
          "the last entry's hash is not the one the register recorded for it: the head or the entry was rewritten");
    }
    var latest = seen.stream().max(java.util.Comparator.comparingLong(EvidenceWitness.Seen::sequence))
        .map(w -> new VerificationReport.Witnessed(w.sequence(), w.mac(), w.at()))
        .orElse(null);
    if (latest != null && latest.sequence() > head.sequence()) {
      check.problem(null, head.sequence(), "the register's head is entry " + head.sequence() + " but the witness saw entry "
          + latest.sequence() + " at " + latest.at() + ": entries were removed and the head rewritten");
    }
    return VerificationReport.of(check.rows, head.sequence(), head.hash(), head.mac(), latest, check.count, check.listed,
        checkedAt);
  }

  private void check(ChainCheck check, EvidenceEntry entry, Head head, Set<String> files) {
    long sequence = entry.sequence();
    check.rows++;
    int before = check.count;
    boolean gap = false;
    if (sequence < 1) {
      check.problem(entry.id(), sequence, "its place in the chain (" + sequence + ") is not one the register gives: the row was changed");
      gap = true;
    } else if (sequence > check.expected) {
      check.problem(entry.id(), sequence, (sequence == check.expected + 1
          ? "entry " + check.expected + " is missing"
          : "entries " + check.expected + " to " + (sequence - 1) + " are missing")
          + ": the entry after entry " + (check.expected - 1) + " is entry " + sequence);
      gap = true;
    }
    if (!gap && !check.previousHash.equals(entry.previousHash())) {
      check.problem(entry.id(), sequence, sequence == 1
          ? "the first entry does not start the chain: entries were removed or inserted before it"
          : "its previous-entry hash does not match entry " + (sequence - 1) + ": entries were removed, inserted or reordered");
    }
    if (!Hashes.contentHash(entry).equals(entry.contentHash())) {
      check.problem(entry.id(), sequence, "its content does not match its hash: the entry was changed after it was recorded");
    }
    if (check.count == before && !key.mac(entry, check.previousMac).equals(entry.mac())) {
      check.problem(entry.id(), sequence, entry.mac() == null
          ? "it has no MAC: the application did not write it"
          : "its MAC does not match: the application did not write it with the register's key, or it was changed");
    }
    var attachment = entry.attachment();
    boolean stored = files.remove(entry.id());
    if (attachment != null) {
      if (!stored) {
        check.problem(entry.id(), sequence, "its attachment is missing");
      } else {
        var hash = template.query("SELECT content FROM oic_evidence_attachment WHERE entry_id = ?",
            (ResultSetExtractor<String>) rs -> rs.next() ? Hashes.sha256(rs.getBinaryStream(1)) : null, entry.id());
        if (!attachment.sha256().equals(hash)) {
          check.problem(entry.id(), sequence, "its attachment does not match the hash recorded with it: the file was changed");
        }
      }
    } else if (stored) {
      check.problem(entry.id(), sequence, "a file is stored with it although none was recorded: the file was added behind the application's back");
    }
    if (sequence > head.sequence()) {
      check.problem(entry.id(), sequence, "it comes after the register's head (entry " + head.sequence()
          + "): the application did not append it");
    }
    if (sequence == head.sequence()) {
      check.headRow = entry;
    }
    check.previousHash = entry.contentHash() == null ? "" : entry.contentHash();
    check.previousMac = entry.mac() == null ? "" : entry.mac();
    if (entry.mac() != null) {
      check.macs.putIfAbsent(sequence, entry.mac());
    }
    check.expected = Math.max(check.expected, sequence + 1);
    check.lastSequence = Math.max(check.lastSequence, Math.min(sequence, head.sequence()));
  }

  /** What a walk over the rows has found so far. */
  private static final class ChainCheck {
    long rows;
    long expected = 1;
    long lastSequence;
    String previousHash = Hashes.GENESIS;
    String previousMac = EvidenceKey.GENESIS;
    EvidenceEntry headRow;
    final Map<Long, String> macs = new java.util.HashMap<>();
    int count;
    final List<VerificationReport.Failure> listed = new ArrayList<>();

    void problem(String entryId, long sequence, String reason) {
      count++;
      if (listed.size() < VerificationReport.MAX_LISTED) {
        listed.add(new VerificationReport.Failure(entryId, sequence, reason));
      }
    }
  }

  private static EvidenceEntry entry(ResultSet rs, int row) throws SQLException {
    var attachmentSha = rs.getString("attachment_sha256");
    var attachment = attachmentSha == null && rs.getString("attachment_name") == null ? null
        : new EvidenceAttachment(rs.getString("attachment_name"), rs.getString("attachment_type"),
            rs.getLong("attachment_size"), attachmentSha);
    var recordedAt = rs.getObject("recorded_at", OffsetDateTime.class);
    return new EvidenceEntry(
        rs.getString("id"),
        rs.getLong("sequence_no"),
        rs.getString("plan_id"),
        rs.getString("recommendation_id"),
        rs.getObject("area_number", Integer.class),
        kind(rs.getString("kind")),
        rs.getString("title"),
        rs.getString("description"),
        rs.getString("reference"),
        rs.getObject("effective_date", LocalDate.class),
        rs.getString("recorded_by"),
        recordedAt == null ? null : recordedAt.toInstant(),
        rs.getString("process_instance_id"),
        rs.getString("activity_id"),
        rs.getString("task_id"),
        rs.getString("source_key"),
        rs.getString("supersedes"),
        attachment,
        rs.getString("content_sha256"),
        rs.getString("previous_sha256"),
        rs.getString("mac"));
  }

  /** A kind changed in the database to something unknown still loads, and then fails its hash. */
  private static EvidenceKind kind(String name) {
    try {
      return name == null ? null : EvidenceKind.valueOf(name);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static EvidenceEntry withHash(EvidenceEntry e, String hash) {
    return new EvidenceEntry(e.id(), e.sequence(), e.planId(), e.recommendationId(), e.areaNumber(), e.kind(), e.title(),
        e.description(), e.reference(), e.effectiveDate(), e.recordedBy(), e.recordedAt(), e.processInstanceId(),
        e.activityId(), e.taskId(), e.sourceKey(), e.supersedes(), e.attachment(), hash, e.previousHash(), e.mac());
  }

  private static EvidenceEntry withMac(EvidenceEntry e, String mac) {
    return new EvidenceEntry(e.id(), e.sequence(), e.planId(), e.recommendationId(), e.areaNumber(), e.kind(), e.title(),
        e.description(), e.reference(), e.effectiveDate(), e.recordedBy(), e.recordedAt(), e.processInstanceId(),
        e.activityId(), e.taskId(), e.sourceKey(), e.supersedes(), e.attachment(), e.contentHash(), e.previousHash(), mac);
  }

  /**
   * Seals a register that has never been sealed: gives every entry its MAC, in sequence order, over the
   * content as stored, and records the last one and the key's fingerprint in the head. Run once at start-up,
   * before anything appends, in a transaction of its own. An entry that no longer matches its hash keeps
   * failing its hash check after sealing: sealing vouches for nothing that the hashes do not.
   *
   * @return how many entries were sealed; 0 when the register was sealed already
   */
  int seal() {
    return writing.execute(status -> {
      var head = readHead(true);
      if (head.mac() != null) {
        if (head.keyFingerprint() != null && !head.keyFingerprint().equals(key.fingerprint())) {
          LOG.error("The evidence register was sealed with another "
              + "key (fingerprint {}) than the one configured ({}): every entry will fail verification. Configure the key "
              + "that sealed it (see docs/evidence-register.md)", head.keyFingerprint(), key.fingerprint());
        }
        return 0;
      }
      var witnessed = witness.latest();
      if (witnessed.isPresent()) {
        LOG.error("The evidence register's head has no MAC, but the witness file {} shows it was sealed before (entry {} "
            + "at {}): not sealing it again, as that would vouch for whatever was changed. Verification reports it.",
            witness.file().toAbsolutePath(), witnessed.get().sequence(), witnessed.get().at());
        return 0;
      }
      var sealed = new ArrayList<Object[]>();
      var previousMac = new String[] {EvidenceKey.GENESIS};
      template.query("SELECT " + COLUMNS + " FROM oic_evidence_entry ORDER BY sequence_no",
          (ResultSetExtractor<Void>) rs -> {
            for (int row = 0; rs.next(); row++) {
              var entry = entry(rs, row);
              var mac = key.mac(entry, previousMac[0]);
              sealed.add(new Object[] {mac, entry.id()});
              previousMac[0] = mac;
            }
            return null;
          });
      template.batchUpdate("UPDATE oic_evidence_entry SET mac = ? WHERE id = ?", sealed);
      var last = jdbc.sql("SELECT mac FROM oic_evidence_entry WHERE sequence_no = ?").param(head.sequence())
          .query(String.class).optional().orElse(head.sequence() == 0 ? EvidenceKey.GENESIS : previousMac[0]);
      jdbc.sql("UPDATE oic_evidence_head SET last_mac = ?, key_fingerprint = ? WHERE id = 1")
          .params(last, key.fingerprint())
          .update();
      witnessAfterCommit(head.sequence(), last);
      return sealed.size();
    });
  }

  private record Head(long sequence, String hash, String mac, String keyFingerprint) {

    /** The head as a verification remembers it: moved when entries were added or the head was rewritten. */
    String mark() {
      return sequence + " " + hash + " " + mac + " " + keyFingerprint;
    }
  }
}
