package org.zhifa.organization;

import org.zhifa.shared.RuleViolation;

/** Without the 市局 there is no bureau: the root stays in service. */
public class RootUnitCannotBeDeactivated extends RuleViolation {

	RootUnitCannotBeDeactivated() {
		super("root-unit-cannot-deactivate", "根单位不能撤销", "市局是组织机构的根单位，不能撤销。");
	}
}
