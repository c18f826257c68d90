package org.zhifa.supervision;

import org.zhifa.shared.RuleViolation;

/** The review was already answered or resolved (or is waiting for a different step). */
public class ReviewNotInProgress extends RuleViolation {

	public ReviewNotInProgress(StalledCaseReview review, String step) {
		super("stalled-case-review-not-in-progress", "挂案清理不在此环节",
				"“" + review.caseLabel() + "”的挂案清理当前状态为“" + review.state().label() + "”，不能" + step + "。");
	}
}
