package org.zhifa.organization;

import org.zhifa.shared.RuleViolation;

/** Reactivating a unit that is in service. */
public class UnitAlreadyActive extends RuleViolation {

	UnitAlreadyActive(String unitName) {
		super("unit-already-active", "单位未撤销", "「" + unitName + "」处于启用状态，无需恢复。");
	}
}
