package org.zhifa.officer;

import java.time.LocalDate;

import org.zhifa.shared.RuleViolation;

/** A 执法资格 cannot expire on or before the day it was passed. */
public class QualificationExpiryBeforePass extends RuleViolation {

	QualificationExpiryBeforePass(LocalDate passedOn, LocalDate expiresOn) {
		super("qualification-expiry-before-pass", "执法资格有效期无效",
				"执法资格到期日（" + expiresOn + "）须晚于取得日（" + passedOn + "）。");
	}
}
