package org.zhifa.supervision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One review of a stalled case (挂案), with its answer and outcome.
 *
 * @param idleSince the last recorded progress of the case when the review was opened
 * @param reviewDueAt when the officers' answer is due (the review clock)
 * @param escalatedAt when the unanswered review went to the department head, if it did
 */
public record StalledCaseReview(UUID id, UUID caseId, String caseLabel, UUID unitId, List<UUID> officerIds, Instant idleSince,
		Instant openedAt, ReviewState state, UUID reviewClockId, Instant reviewDueAt, @Nullable UUID escalationClockId,
		@Nullable Instant escalatedAt, @Nullable UUID proposalClockId, @Nullable String answerReason, @Nullable UUID answeredBy,
		@Nullable Instant answeredAt, @Nullable Instant extendedUntil, @Nullable String decisionReason, @Nullable UUID decidedBy,
		@Nullable String resolution, @Nullable Instant resolvedAt, long version) {

	public StalledCaseReview {
		officerIds = List.copyOf(officerIds);
	}

	public boolean inProgress() {
		return state == ReviewState.AWAITING_ANSWER || state == ReviewState.CLOSING_PROPOSED;
	}
}
