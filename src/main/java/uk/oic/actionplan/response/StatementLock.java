package uk.oic.actionplan.response;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-plan lock of the PCC's statements ({@code oic_statement_lock}, V15): the request for a
 * progress statement and the publishing step lock the plan's row before they look at what is running
 * or at the last version, so that two of them for the same plan take turns and the second sees what
 * the first committed. Held until the caller's transaction ends; works the same on H2 and PostgreSQL.
 */
@Repository
class StatementLock {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  StatementLock(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Locks the plan's row until the current transaction ends, waiting while another transaction holds it.
   *
   * @throws IllegalStateException outside a transaction, where the lock would be released at once
   * @throws org.springframework.dao.PessimisticLockingFailureException when the wait was too long
   */
  void lock(String planId) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("The statement lock of plan '" + planId + "' is only held within a transaction");
    }
    ensureRow(planId);
    jdbc.queryForList("SELECT plan_id FROM oic_statement_lock WHERE plan_id = ? FOR UPDATE", String.class, planId);
  }

  /** The plan's row, inserted in a transaction of its own (committed at once, so a failed insert spoils nothing). */
  private void ensureRow(String planId) {
    if (exists(planId)) {
      return;
    }
    try {
      ownTransaction.executeWithoutResult(
          status -> jdbc.update("INSERT INTO oic_statement_lock (plan_id) VALUES (?)", planId));
    } catch (DataIntegrityViolationException e) {
      // inserted by another transaction at the same moment: the row is there, which is all that is needed
      if (!exists(planId)) {
        throw e;
      }
    }
  }

  private boolean exists(String planId) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM oic_statement_lock WHERE plan_id = ?", Integer.class, planId);
    return count != null && count > 0;
  }
}
