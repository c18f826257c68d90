package org.zhifa.calendar;

/** How a period is measured (刑事诉讼法第一百零五条: hours, days or months; 行政处罚法第八十五条: working days). */
public enum PeriodUnit {

	/** An exact clock duration from the start instant (传唤, 询问查证). */
	HOURS("小时"),
	/** Calendar days, ending at 24:00 of the last day. */
	DAYS("日"),
	/** Working days: Saturdays, Sundays and declared holidays are skipped, 调休 make-up workdays count. */
	WORKING_DAYS("个工作日"),
	/** Calendar months: the same day of the target month, or its last day. */
	MONTHS("个月");

	private final String label;

	PeriodUnit(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String of(int length) {
		return length + label;
	}
}
