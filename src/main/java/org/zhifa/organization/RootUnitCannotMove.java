package org.zhifa.organization;

import org.zhifa.shared.RuleViolation;

/** The 市局 is the root of the tree and has no parent to change. */
public class RootUnitCannotMove extends RuleViolation {

	RootUnitCannotMove() {
		super("root-unit-cannot-move", "根单位不能调整", "市局是组织机构的根单位，不能调整其上级。");
	}
}
