package org.zhifa.organization;

import org.zhifa.shared.RuleViolation;

/** Deactivating a unit that is already out of service. */
public class UnitAlreadyInactive extends RuleViolation {

	UnitAlreadyInactive(String unitName) {
		super("unit-already-inactive", "单位已撤销", "「" + unitName + "」已处于撤销状态。");
	}
}
