package org.zhifa.calendar;

import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.RuleViolation;

/** A date is declared at most once; change the declared day instead of adding it again. */
public class CalendarDayAlreadyDeclared extends RuleViolation {

	CalendarDayAlreadyDeclared(CalendarDay existing) {
		super(HttpStatus.CONFLICT, "calendar-day-declared", "该日期已在节假日安排中",
				existing.date() + " 已登记为" + existing.kind().label() + "（" + existing.name() + "），请修改或先删除。");
	}
}
