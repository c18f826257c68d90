package org.zhifa.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the declared days of the holiday calendar in table {@code calendar_day}. */
@Repository
class CalendarDays {

	private static final String COLUMNS = "day, kind, name";

	private final JdbcClient jdbc;

	CalendarDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CalendarDay> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM calendar_day ORDER BY day").query(CalendarDays::map).list();
	}

	List<CalendarDay> inYear(int year) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM calendar_day WHERE year = :year ORDER BY day").param("year", year)
			.query(CalendarDays::map).list();
	}

	Optional<CalendarDay> find(LocalDate date) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM calendar_day WHERE day = :day").param("day", date)
			.query(CalendarDays::map).optional();
	}

	Optional<CalendarDay> findForUpdate(LocalDate date) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM calendar_day WHERE day = :day FOR UPDATE").param("day", date)
			.query(CalendarDays::map).optional();
	}

	void insert(CalendarDay day) {
		jdbc.sql("INSERT INTO calendar_day (day, kind, name, year) VALUES (:day, :kind, :name, :year)")
			.param("day", day.date()).param("kind", day.kind().name()).param("name", day.name()).param("year", day.year())
			.update();
	}

	void update(CalendarDay day) {
		jdbc.sql("UPDATE calendar_day SET kind = :kind, name = :name, version = version + 1 WHERE day = :day")
			.param("day", day.date()).param("kind", day.kind().name()).param("name", day.name()).update();
	}

	void delete(LocalDate date) {
		jdbc.sql("DELETE FROM calendar_day WHERE day = :day").param("day", date).update();
	}

	private static CalendarDay map(ResultSet rs, int row) throws SQLException {
		return new CalendarDay(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")), rs.getString("name"));
	}
}
