package org.zhifa.approval;

/** Where a submission stands. */
public enum SubmissionState {

	IN_REVIEW("审批中"),
	/** Returned to the submitter for more material, or recalled by the submitter: he or she may resubmit or withdraw. */
	WITH_SUBMITTER("退回呈请人"),
	APPROVED("已批准"),
	REJECTED("不予批准"),
	WITHDRAWN("已撤回");

	private final String label;

	SubmissionState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean finished() {
		return this == APPROVED || this == REJECTED || this == WITHDRAWN;
	}
}
