package org.zhifa.audit;

import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.Visibility;

/** Reading, sealing and verifying the audit hash chain. */
public interface AuditChain {

	/**
	 * Entries matching the filter, newest first, limited to what the visibility covers: everything (ALL),
	 * entries of actors in the visible units (UNIT, UNIT_AND_BELOW) or the caller's own entries (OWN).
	 * The caller resolves the visibility, normally {@code Visibilities.current("audit:read")}.
	 */
	PageResult<AuditEntry> entries(AuditFilter filter, Visibility visibility, PageRequest page);

	/**
	 * Re-walks the whole sealed chain in sequence order and recomputes every hash; stops at the first break.
	 * Read-only: recording that a verification took place is up to the caller.
	 */
	ChainVerification verify();

	/**
	 * Seals every entry committed before the call now, waiting for a sealer running elsewhere to finish first.
	 * The background sealer does this on its own; this is for the command line and tests.
	 *
	 * @return how many entries this call sealed
	 */
	int sealPending();
}
