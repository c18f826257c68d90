package org.zhifa.approval;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a submission's history: who did what at which step, and the opinion given.
 *
 * @param deliberation the record of a collective deliberation, for that action only
 */
public record ApprovalAction(int seq, Kind action, @Nullable Integer stepPosition, @Nullable StepKind stepKind, int round,
		@Nullable UUID actorId, String actorName, @Nullable UUID onBehalfOf, @Nullable String onBehalfOfName, @Nullable String opinion,
		Instant at, @Nullable Deliberation deliberation) {

	public enum Kind {
		SUBMITTED("提交呈请"), RESUBMITTED("重新提交"), APPROVED("同意"), RETURNED("退回"), REJECTED("不予批准"), RECALLED("撤回重改"),
		WITHDRAWN("撤销呈请"), DELEGATED("委托代签"), REVIEWER_ADDED("加签"), DELIBERATED("集体讨论"), ESCALATED("逾期督办");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** 集体讨论: who attended, what each said, and what was decided. */
	public record Deliberation(Instant heldAt, List<Opinion> opinions, DeliberationDecision decision, String conclusion) {

		public Deliberation {
			opinions = List.copyOf(opinions);
		}
	}

	/** One attendee's opinion; {@code agrees} is the attendee's vote on the request. */
	public record Opinion(UUID officerId, String officerName, boolean agrees, String text) {
	}
}
