package org.zhifa.calendar;

import java.time.Instant;
import java.util.List;

/**
 * A computed due time and why.
 *
 * @param dueAt the instant the period expires (for day periods: 00:00 after the last day)
 * @param dueAtText the due time as shown, in Asia/Shanghai: "2026-03-04 24:00" for the end of a day
 * @param basis one zh-CN sentence: start, period, extensions, roll-over, due time and legal basis
 * @param steps the computation step by step
 */
public record Deadline(Instant dueAt, String dueAtText, String ruleCode, int ruleVersion, String basis, List<String> steps) {

	public Deadline {
		steps = List.copyOf(steps);
	}
}
