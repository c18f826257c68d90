/**
 * 审核审批 — requests for enforcement decisions (呈请) reviewed at the levels the law and the bureau require. A policy table
 * ({@link org.zhifa.approval.ApprovalPolicies}, data, versioned) routes each request type and its conditions to an ordered
 * chain of steps ({@link org.zhifa.approval.StepKind}); {@link org.zhifa.approval.Approvals} runs the chain — approve,
 * return to any earlier step, reject, recall, delegate, add a reviewer, collective deliberation — with maker ≠ checker,
 * the step's role in the right unit and the qualification the step needs checked on every action, and each waiting step
 * timed by a statutory clock (reminder on the workbench, escalation when overdue). The final approval issues the legal
 * document and publishes {@link org.zhifa.approval.SubmissionApproved}, from which the module owning the subject (cases)
 * applies the decision in the same transaction. Subjects are described to this module through the
 * {@link org.zhifa.approval.ApprovalSubjects} port, so it depends on no subject module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审核审批",
		allowedDependencies = { "shared", "audit", "calendar", "officer", "organization", "document", "intake" })
@org.jspecify.annotations.NullMarked
package org.zhifa.approval;
