package org.zhifa.approval;

/**
 * One level of review (五级审核把关). Who may act on each is decided by {@link StepAuthority}: the role, held in the unit
 * the law gives the power to, with the qualification the step needs.
 */
public enum StepKind {

	LEGAL_OFFICER("法制员审核"),
	DEPARTMENT_HEAD("办案部门负责人审核"),
	LEGAL_REVIEW("法制部门审核"),
	BUREAU_LEADER("公安机关负责人审批"),
	COLLECTIVE_DELIBERATION("集体讨论"),
	ADDED_REVIEWER("加签审核");

	private final String label;

	StepKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether a policy may list the step (an added reviewer is only ever inserted into a running submission). */
	public boolean inPolicy() {
		return this != ADDED_REVIEWER;
	}
}
