package org.zhifa.supervision;

import org.zhifa.shared.RuleViolation;

/** An explanation may hold off the next review for at most the configured maximum. */
public class ExtensionTooLong extends RuleViolation {

	public ExtensionTooLong(long days, long maxDays) {
		super("stalled-case-extension-too-long", "延期时间过长", "延期" + days + "日超过本局规定的最长" + maxDays + "日。");
	}
}
