package org.zhifa.approval;

import java.util.List;

/** What an administrator writes when adding or revising a policy. */
public record PolicyDraft(String requestType, String name, int priority, PolicyConditions conditions, List<StepKind> steps,
		String basis, String certainty, boolean active, String changeReason) {

	public PolicyDraft {
		steps = List.copyOf(steps);
	}
}
