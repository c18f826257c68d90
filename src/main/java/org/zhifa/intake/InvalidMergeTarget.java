package org.zhifa.intake;

import org.zhifa.shared.RuleViolation;

/** A repeat report is merged only into another incident of the same unit that is not itself merged (刑规175). */
public class InvalidMergeTarget extends RuleViolation {

	InvalidMergeTarget(String detail) {
		super("invalid-merge-target", "不能合并到该警情", detail);
	}
}
