package org.zhifa.organization;

import java.util.List;

import org.zhifa.shared.RuleViolation;

/** A {@link UnitDeactivationGuard} objected, e.g. because the unit still has active officers. */
public class UnitDeactivationRefused extends RuleViolation {

	UnitDeactivationRefused(String unitName, List<String> objections) {
		super("unit-deactivation-refused", "单位不能撤销", "「" + unitName + "」不能撤销：" + String.join("；", objections) + "。");
	}
}
