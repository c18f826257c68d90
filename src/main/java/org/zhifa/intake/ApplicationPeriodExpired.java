package org.zhifa.intake;

import org.zhifa.shared.RuleViolation;

/** A 复议 or 复核 application after its 7-day period (刑规179) is not taken up. */
public class ApplicationPeriodExpired extends RuleViolation {

	ApplicationPeriodExpired(String what, String dueAtText) {
		super("application-period-expired", "申请期限已过", what + "申请期限已于 " + dueAtText + " 届满，不予受理。");
	}
}
