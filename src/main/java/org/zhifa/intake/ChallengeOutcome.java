package org.zhifa.intake;

/** How a 复议 or 复核 of a 不予立案 ends: the refusal is upheld (维持) or overturned (撤销, the case is filed). */
public enum ChallengeOutcome {
	UPHELD("维持不予立案"), OVERTURNED("撤销不予立案，予以立案");

	private final String label;

	ChallengeOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
