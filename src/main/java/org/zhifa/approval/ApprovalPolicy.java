package org.zhifa.approval;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One version of a row of the policy table: for a request type and its conditions, the ordered chain of steps. Editing a
 * policy inserts a new version; a submission keeps the version that routed it.
 *
 * @param priority lower is tried first; the first active policy whose conditions hold routes the request
 * @param certainty V (the law sets it), P, or U (bureau choice, to be checked) — as in legal-facts.md
 */
public record ApprovalPolicy(UUID id, int version, String requestType, String name, int priority, PolicyConditions conditions,
		List<StepKind> steps, String basis, String certainty, boolean active, String changeReason, Instant changedAt,
		@Nullable String changedBy) {

	public ApprovalPolicy {
		steps = List.copyOf(steps);
	}

	/** "法制员审核 → 办案部门负责人审核 → …" */
	public String chain() {
		return String.join(" → ", steps.stream().map(StepKind::label).toList());
	}
}
