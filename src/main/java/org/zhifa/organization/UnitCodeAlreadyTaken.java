package org.zhifa.organization;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.RuleViolation;

/** Unit codes are unique across the bureau. */
public class UnitCodeAlreadyTaken extends RuleViolation {

	UnitCodeAlreadyTaken(String code) {
		super(HttpStatus.CONFLICT, "unit-code-taken", "单位编码已被使用", "单位编码 " + code + " 已被其他单位使用。");
	}
}
