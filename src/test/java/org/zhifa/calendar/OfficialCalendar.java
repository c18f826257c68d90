package org.zhifa.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The 2025 and 2026 national holiday calendars (国办发明电〔2024〕12号; 2026 notice of 2025-11-04), as the migration seeds them. */
final class OfficialCalendar {

	private final List<CalendarDay> days = new ArrayList<>();

	private OfficialCalendar() {
	}

	static HolidayCalendar of2025And2026() {
		return HolidayCalendar.of(new OfficialCalendar()
			.off("元旦", "2025-01-01", "2025-01-01")
			.off("春节", "2025-01-28", "2025-02-04").work("春节", "2025-01-26", "2025-02-08")
			.off("清明节", "2025-04-04", "2025-04-06")
			.off("劳动节", "2025-05-01", "2025-05-05").work("劳动节", "2025-04-27")
			.off("端午节", "2025-05-31", "2025-06-02")
			.off("国庆节、中秋节", "2025-10-01", "2025-10-08").work("国庆节、中秋节", "2025-09-28", "2025-10-11")
			.off("元旦", "2026-01-01", "2026-01-03").work("元旦", "2026-01-04")
			.off("春节", "2026-02-15", "2026-02-23").work("春节", "2026-02-14", "2026-02-28")
			.off("清明节", "2026-04-04", "2026-04-06")
			.off("劳动节", "2026-05-01", "2026-05-05").work("劳动节", "2026-05-09")
			.off("端午节", "2026-06-19", "2026-06-21")
			.off("中秋节", "2026-09-25", "2026-09-27")
			.off("国庆节", "2026-10-01", "2026-10-07").work("国庆节", "2026-09-20", "2026-10-10")
			.days);
	}

	private OfficialCalendar off(String name, String first, String last) {
		for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
			days.add(new CalendarDay(d, DayKind.HOLIDAY, name));
		}
		return this;
	}

	private OfficialCalendar work(String name, String... dates) {
		for (String d : dates) {
			days.add(new CalendarDay(LocalDate.parse(d), DayKind.MAKE_UP_WORKDAY, name));
		}
		return this;
	}
}
