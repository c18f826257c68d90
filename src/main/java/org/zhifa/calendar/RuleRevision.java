package org.zhifa.calendar;

import java.util.List;

/** The content of a new version of a period rule, and why it changes. */
public record RuleRevision(String name, String trigger, PeriodUnit unit, int length, Counting counting, RollOver rollOver,
		boolean custodyException, List<Extension> extensions, String basis, Certainty certainty, String reason) {

	public RuleRevision {
		extensions = List.copyOf(extensions);
	}
}
