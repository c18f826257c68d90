package org.zhifa.officer;

import org.zhifa.shared.RuleViolation;

/** The record of an officer who left service is kept as it was. */
public class OfficerNoLongerActive extends RuleViolation {

	OfficerNoLongerActive(String name) {
		super("officer-inactive", "人员已停用", name + "已停用，其信息不能再修改。");
	}
}
