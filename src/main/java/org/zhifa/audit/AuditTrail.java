package org.zhifa.audit;

/**
 * The append-only audit trail. Every module calls {@link #record} inside the transaction of the write it
 * audits, so that the entry commits or rolls back with the write; reads of personal data are recorded
 * the same way.
 * <p>
 * The entry is written unsealed and joins the hash chain shortly after its transaction commits (see the
 * package description). Called inside a read-only transaction (an audited read) or outside any transaction,
 * the entry is written in a transaction of its own, because there is no write for it to be atomic with.
 */
public interface AuditTrail {

	void record(AuditRecord record);
}
