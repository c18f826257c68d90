package org.zhifa.organization;

import org.zhifa.shared.RuleViolation;

/** Nothing can be placed under (or reactivated below) a unit that is out of service. */
public class ParentUnitInactive extends RuleViolation {

	ParentUnitInactive(String parentName) {
		super("parent-unit-inactive", "上级单位已撤销", "上级单位「" + parentName + "」已撤销，不能在其下设立、调入或恢复单位。");
	}
}
