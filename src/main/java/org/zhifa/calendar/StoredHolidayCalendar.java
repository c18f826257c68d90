package org.zhifa.calendar;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The holiday calendar as currently stored; other modules ask it {@link #isWorkingDay}. */
@Component
@Transactional(readOnly = true)
class StoredHolidayCalendar implements HolidayCalendar {

	private final CalendarDays days;

	StoredHolidayCalendar(CalendarDays days) {
		this.days = days;
	}

	@Override
	public Optional<CalendarDay> declared(LocalDate date) {
		return days.find(date);
	}
}
