package org.zhifa.custody;

import org.zhifa.shared.RuleViolation;

/** A step was asked for before one it depends on: "尚未完成人身安全检查，不能开始讯问". */
public class VisitStepMissing extends RuleViolation {

	VisitStepMissing(Visit.Step missing, String action) {
		super("custody-step-missing", "办案区流程顺序不符", "尚未完成" + missing.label() + "，不能" + action);
	}
}
