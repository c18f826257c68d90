package org.zhifa.organization;

import org.zhifa.shared.RuleViolation;

/** A unit cannot be placed under itself or under one of its own descendants. */
public class UnitMoveWouldCreateCycle extends RuleViolation {

	UnitMoveWouldCreateCycle(String unitName, String targetName) {
		super("unit-move-cycle", "不能调整到自身下级", "「" + targetName + "」是「" + unitName + "」本身或其下级单位，调整后将形成循环。");
	}
}
