package org.zhifa.approval;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One step of a submission's chain.
 *
 * @param assigneeId the named officer of an added reviewer
 * @param deputyId the deputy this step was delegated to, with who delegated and why
 * @param onBehalfOf whom the officer who acted stood in for (a delegation)
 */
public record ApprovalStep(int position, StepKind kind, @Nullable UUID assigneeId, @Nullable UUID deputyId, @Nullable UUID delegatedBy,
		@Nullable String delegationReason, boolean approved, @Nullable UUID actedBy, @Nullable String actedByName,
		@Nullable UUID onBehalfOf, @Nullable Instant actedAt, @Nullable String opinion) {

	ApprovalStep approvedBy(UUID officer, String name, @Nullable UUID behalfOf, Instant at, String text) {
		return new ApprovalStep(position, kind, assigneeId, deputyId, delegatedBy, delegationReason, true, officer, name, behalfOf, at, text);
	}

	ApprovalStep reopened() {
		return new ApprovalStep(position, kind, assigneeId, deputyId, delegatedBy, delegationReason, false, null, null, null, null, null);
	}

	ApprovalStep delegatedTo(UUID deputy, UUID by, String reason) {
		return new ApprovalStep(position, kind, assigneeId, deputy, by, reason, approved, actedBy, actedByName, onBehalfOf, actedAt, opinion);
	}

	ApprovalStep at(int newPosition) {
		return new ApprovalStep(newPosition, kind, assigneeId, deputyId, delegatedBy, delegationReason, approved, actedBy, actedByName,
				onBehalfOf, actedAt, opinion);
	}
}
