package org.zhifa.calendar;

import org.zhifa.shared.RuleViolation;

/** A stopped clock cannot be stopped again or recomputed. */
public class ClockAlreadyStopped extends RuleViolation {

	public ClockAlreadyStopped(StatutoryClock clock) {
		super("clock-already-stopped", "期限已停止计算", "期限“" + clock.label() + "”已停止计算（" + clock.stopReason() + "），不能再变更。");
	}
}
