package org.zhifa.approval;

/** What a collective deliberation decided. */
public enum DeliberationDecision {
	APPROVE("同意"), REJECT("不同意"), RETURN("退回补充");

	private final String label;

	DeliberationDecision(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
