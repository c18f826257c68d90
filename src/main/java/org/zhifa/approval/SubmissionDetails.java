package org.zhifa.approval;

import java.util.List;

/**
 * A request as its page shows it: the request, its type and the policy version that routed it, the chain with who may act
 * on each step, the history of opinions, and what the reader may do now.
 */
public record SubmissionDetails(Submission submission, RequestType type, ApprovalPolicy policy, List<StepView> steps,
		List<ApprovalAction> history, List<String> candidateNames, Permitted permitted) {

	/** A step and, in words, who may act on it. */
	public record StepView(ApprovalStep step, String whoMay, @org.jspecify.annotations.Nullable String assigneeName,
			@org.jspecify.annotations.Nullable String deputyName) {
	}

	/** What the reader may do: act on the current step, or as the submitter recall, resubmit or withdraw. */
	public record Permitted(boolean act, boolean recall, boolean resubmit, boolean withdraw) {
	}
}
