package org.zhifa.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which days are working days: a declared day says so itself (放假 or 调休上班); any other day is a working day
 * unless it is a Saturday or Sunday. The Spring bean reads the stored calendar; {@link #of} holds a fixed set of
 * days (for computations and tests).
 */
public interface HolidayCalendar {

	/** The declared day, if the calendar declares this date. */
	Optional<CalendarDay> declared(LocalDate date);

	default boolean isWorkingDay(LocalDate date) {
		return declared(date).map(d -> d.kind() == DayKind.MAKE_UP_WORKDAY).orElseGet(() -> !isWeekend(date));
	}

	/** The first working day after the given date. */
	default LocalDate nextWorkingDayAfter(LocalDate date) {
		LocalDate day = date.plusDays(1);
		while (!isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	/** Why a day is a rest day, in Chinese: the holiday's name, or 周六/周日. */
	default String restReason(LocalDate date) {
		return declared(date).filter(d -> d.kind() == DayKind.HOLIDAY).map(CalendarDay::name)
			.orElse(date.getDayOfWeek() == DayOfWeek.SATURDAY ? "周六" : "周日");
	}

	static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	static HolidayCalendar of(Collection<CalendarDay> days) {
		Map<LocalDate, CalendarDay> byDate = new HashMap<>();
		days.forEach(d -> byDate.put(d.date(), d));
		return date -> Optional.ofNullable(byDate.get(date));
	}
}
