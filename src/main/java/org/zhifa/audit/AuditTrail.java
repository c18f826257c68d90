package org.zhifa.audit;

/**
 * The append-only audit trail. Every module calls {@link #record} inside the transaction of the write it
 * audits, so that the entry commits or rolls back with the write; reads of personal data are recorded
 * the same way.
 */
public interface AuditTrail {

	void record(AuditRecord record);
}
