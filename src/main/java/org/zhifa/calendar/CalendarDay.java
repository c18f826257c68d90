package org.zhifa.calendar;

import java.time.LocalDate;

/**
 * One declared day of the national holiday calendar (国务院办公厅's yearly notice).
 *
 * @param name the holiday it belongs to, e.g. 春节 (a make-up workday carries the holiday it makes up for)
 */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

	public int year() {
		return date.getYear();
	}
}
