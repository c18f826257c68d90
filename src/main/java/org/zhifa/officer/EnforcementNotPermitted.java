package org.zhifa.officer;

import java.util.List;

import org.zhifa.shared.RuleViolation;

/** The officers named for an enforcement action may not perform it (no valid 执法资格, inactive, …). */
public class EnforcementNotPermitted extends RuleViolation {

	private final List<String> reasons;

	EnforcementNotPermitted(List<String> reasons) {
		super("enforcement-not-permitted", "执法人员不符合条件", String.join("；", reasons) + "。");
		this.reasons = List.copyOf(reasons);
	}

	public List<String> reasons() {
		return reasons;
	}
}
