package org.zhifa.audit.internal;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.shared.CurrentActor;

/**
 * Appends to the audit trail: one INSERT of an unsealed row in the caller's transaction, so the entry
 * commits or rolls back with the audited write, and no lock is taken that other writers would wait for.
 * After the commit the sealer is woken to chain the entry in.
 */
@Component
public class DatabaseAuditTrail implements AuditTrail {

	private final AuditEntries entries;
	private final AuditChainSealer sealer;
	private final Clock clock;
	private final TransactionTemplate ownTransaction;

	public DatabaseAuditTrail(AuditEntries entries, AuditChainSealer sealer, Clock clock,
			PlatformTransactionManager transactions) {
		this.entries = entries;
		this.sealer = sealer;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public void record(AuditRecord record) {
		EntryContent content = EntryContent.of(CurrentActor.get(), clock.instant(), record);
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			append(content);
		}
		else {
			// an audited read (read-only transaction) or a call outside any transaction: nothing to be atomic
			// with, and PostgreSQL refuses an INSERT in a read-only transaction
			ownTransaction.executeWithoutResult(status -> append(content));
		}
	}

	private void append(EntryContent content) {
		entries.append(content);
		boolean registered = TransactionSynchronizationManager.getSynchronizations().stream()
			.anyMatch(SealerWakeUp.class::isInstance);
		if (!registered) {
			TransactionSynchronizationManager.registerSynchronization(new SealerWakeUp(sealer));
		}
	}

	/** Wakes the sealer once per committed transaction that appended entries. */
	private record SealerWakeUp(AuditChainSealer sealer) implements TransactionSynchronization {

		@Override
		public void afterCommit() {
			sealer.wakeUp();
		}
	}
}
