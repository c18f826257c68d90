package org.zhifa.officer;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.RuleViolation;

/** Badge numbers (警号 and 辅警编号) are unique across the roster, including officers no longer active. */
public class BadgeNumberAlreadyTaken extends RuleViolation {

	BadgeNumberAlreadyTaken(String badgeNumber) {
		super(HttpStatus.CONFLICT, "badge-number-taken", "警号已被使用", "警号 " + badgeNumber + " 已被其他人员使用。");
	}
}
