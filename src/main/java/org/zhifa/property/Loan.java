package org.zhifa.property;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 调用: an item taken out of the store for 讯问, 鉴定, 辨认 or 检验 (涉案财物管理规定 art 11). Lifecycle (see
 * {@link LoanStatus}): requested by a case officer with the purpose, the borrower and the date it is due back → approved by
 * the 办案部门负责人 of the case's unit (never the requester) → handed out by the custodian → returned to the custodian,
 * who checks its condition. Overdue while out after {@code dueBackAt}.
 */
public record Loan(UUID id, UUID itemId, LoanPurpose purpose, String reason, UUID borrowerId, Instant dueBackAt, Instant requestedAt,
		UUID requestedBy, LoanStatus status, @Nullable UUID approvedBy, @Nullable Instant approvedAt, @Nullable Instant outAt,
		@Nullable UUID outBy, @Nullable Instant returnedAt, @Nullable UUID returnedTo, @Nullable Boolean conditionOk,
		@Nullable String conditionNote, long version) {

	public boolean overdueAt(Instant now) {
		return status == LoanStatus.OUT && now.isAfter(dueBackAt);
	}

	Loan approve(UUID by, Instant at) {
		requireStatus(LoanStatus.REQUESTED, "审批");
		return new Loan(id, itemId, purpose, reason, borrowerId, dueBackAt, requestedAt, requestedBy, LoanStatus.APPROVED, by, at, null, null,
				null, null, null, null, version + 1);
	}

	Loan handOut(UUID by, Instant at) {
		requireStatus(LoanStatus.APPROVED, "出库");
		return new Loan(id, itemId, purpose, reason, borrowerId, dueBackAt, requestedAt, requestedBy, LoanStatus.OUT, approvedBy, approvedAt,
				at, by, null, null, null, null, version + 1);
	}

	Loan giveBack(UUID to, Instant at, boolean ok, @Nullable String note) {
		requireStatus(LoanStatus.OUT, "归还");
		return new Loan(id, itemId, purpose, reason, borrowerId, dueBackAt, requestedAt, requestedBy, LoanStatus.RETURNED, approvedBy,
				approvedAt, outAt, outBy, at, to, ok, note, version + 1);
	}

	private void requireStatus(LoanStatus expected, String act) {
		if (status != expected) {
			throw new LoanInWrongState(this, act);
		}
	}
}
