package org.zhifa.calendar;

/** Whether the hour or day in which a period starts counts towards it. */
public enum Counting {

	/** 刑事诉讼法第一百零五条: the hour or day in which the period starts is not counted (the statutory default). */
	START_EXCLUDED("开始之日不计入"),
	/** The start day is day 1 (some practice documents count custody periods this way). */
	START_INCLUDED("开始之日计入");

	private final String label;

	Counting(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
