package org.zhifa.approval;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.RuleViolation;

/** The same request is already open for the same case and party (submitted twice). */
public class DuplicateSubmission extends RuleViolation {

	public DuplicateSubmission(Submission open) {
		super(HttpStatus.CONFLICT, "approval-duplicate", "相同呈请正在办理",
				"本案" + (open.partyName() == null ? "" : "对" + open.partyName()) + "的“" + open.title() + "”呈请（" + open.number()
						+ "）正在办理中，不能重复提交。");
	}
}
