package org.zhifa.officer;

import org.zhifa.shared.RuleViolation;

/** Officers are only placed in units that are in service. */
public class AssignedUnitInactive extends RuleViolation {

	AssignedUnitInactive(String unitName) {
		super("unit-inactive", "单位已撤销", "单位「" + unitName + "」已撤销，不能调入或登记人员。");
	}
}
