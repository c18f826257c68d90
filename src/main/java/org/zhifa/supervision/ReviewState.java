package org.zhifa.supervision;

/** Where a stalled-case review stands. */
public enum ReviewState {
	/** the case officers must explain the delay or propose closing */
	AWAITING_ANSWER("待说明"),
	/** the officers proposed closing; the department head examines it */
	CLOSING_PROPOSED("结案建议待审查"),
	/** explained with a reason; the case is not flagged again before the granted date */
	EXTENDED("已说明延期"),
	/** the case moved on or was closed */
	RESOLVED("已消除");

	private final String label;

	ReviewState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
