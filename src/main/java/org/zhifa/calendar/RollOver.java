package org.zhifa.calendar;

/** What happens when the last day of a day or month period is a rest day. */
public enum RollOver {

	/** 刑事诉讼法第一百零五条: the period ends on the first working day after the holiday. */
	ROLL_TO_NEXT_WORKDAY("节假日顺延"),
	/** The period ends on its own last day. */
	NONE("不顺延");

	private final String label;

	RollOver(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
