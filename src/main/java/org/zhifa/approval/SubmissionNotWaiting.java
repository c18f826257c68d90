package org.zhifa.approval;

import org.zhifa.shared.RuleViolation;

/** The submission is not in the state the action needs (already decided, not with the submitter, …). */
public class SubmissionNotWaiting extends RuleViolation {

	public SubmissionNotWaiting(Submission s, String action) {
		super("approval-wrong-state", "呈请当前状态不能进行此操作",
				"呈请" + s.number() + "当前为“" + s.state().label() + "”，不能" + action + "。");
	}

	public SubmissionNotWaiting(Submission s, String action, String why) {
		super("approval-wrong-state", "呈请当前状态不能进行此操作", "呈请" + s.number() + "不能" + action + "：" + why + "。");
	}
}
