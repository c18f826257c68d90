package org.zhifa.officer;

import java.time.LocalDate;

import org.zhifa.shared.RuleViolation;

/** A 执法资格 is recorded once passed, not in advance. */
public class QualificationPassedInFuture extends RuleViolation {

	QualificationPassedInFuture(LocalDate passedOn) {
		super("qualification-passed-in-future", "执法资格取得日期无效", "执法资格取得日期（" + passedOn + "）不能晚于今天。");
	}
}
