package org.zhifa;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;

/**
 * Test stand-in for the audit trail: keeps the records in memory. Like the real trail, a record made inside a
 * transaction only counts once that transaction commits — a refused write leaves no audit record behind.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordingAuditTrail implements AuditTrail {

	private final List<AuditRecord> records = new CopyOnWriteArrayList<>();

	@Override
	public void record(AuditRecord record) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					records.add(record);
				}
			});
		}
		else {
			records.add(record);
		}
	}

	/** Everything recorded so far (by all tests sharing the context). */
	public List<AuditRecord> records() {
		return List.copyOf(records);
	}

	/** The records about one subject, oldest first. */
	public List<AuditRecord> about(Object subjectId) {
		String id = String.valueOf(subjectId);
		return records.stream().filter(r -> r.subjectId().equals(id)).toList();
	}
}
