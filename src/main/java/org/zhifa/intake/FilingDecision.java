package org.zhifa.intake;

/** The decision on an acceptance: criminal 立案, 不予立案 or conversion to an administrative case; administrative 受案办理. */
public enum FilingDecision {
	FILE("立案"), REFUSE("不予立案"), CONVERT("转为行政案件"), PROCEED("行政案件受案办理");

	private final String label;

	FilingDecision(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
