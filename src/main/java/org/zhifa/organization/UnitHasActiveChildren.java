package org.zhifa.organization;

import org.zhifa.shared.RuleViolation;

/** A unit is deactivated bottom-up: first everything below it. */
public class UnitHasActiveChildren extends RuleViolation {

	UnitHasActiveChildren(String unitName, long count) {
		super("unit-has-active-children", "仍有下级单位", "「" + unitName + "」仍有 " + count + " 个未撤销的下级单位，请先撤销或调出下级单位。");
	}
}
