package org.zhifa.approval;

import org.zhifa.shared.RuleViolation;

/** A step of the chain has nobody who may act on it (no officer holds the role in the unit the law names). */
public class NoOneCanAct extends RuleViolation {

	public NoOneCanAct(String stepLabel, String whoMay) {
		super("approval-no-approver", "审批环节无人可办理",
				"“" + stepLabel + "”没有可以办理的民警（" + whoMay + "，且不能是呈请人或已在其他环节签署意见的人）。请联系系统管理员配置人员或委托。");
	}
}
