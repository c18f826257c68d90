package org.zhifa.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;

/**
 * The administrator's holiday calendar: declares, changes and removes days (each change audited in its transaction),
 * typically a year's days after the State Council publishes its notice.
 */
@Service
@Transactional
public class CalendarManagement {

	private static final String SUBJECT = "calendar-day";

	private final CalendarDays days;
	private final AuditTrail audit;

	private final DeadlineInputs inputs;

	CalendarManagement(CalendarDays days, AuditTrail audit, DeadlineInputs inputs) {
		this.inputs = inputs;
		this.days = days;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<CalendarDay> days(int year) {
		return days.inYear(year);
	}

	public CalendarDay declare(CalendarDay day) {
		CalendarDay checked = checked(day);
		days.find(checked.date()).ifPresent(existing -> {
			throw new CalendarDayAlreadyDeclared(existing);
		});
		try {
			inputs.forget();
			days.insert(checked);
		}
		catch (DuplicateKeyException race) {
			throw new CalendarDayAlreadyDeclared(days.find(checked.date()).orElse(checked));
		}
		audit.record(AuditRecord.of("calendar-day.declared", SUBJECT, checked.date(), "登记" + describe(checked)));
		return checked;
	}

	public CalendarDay change(CalendarDay day) {
		CalendarDay checked = checked(day);
		CalendarDay before = days.findForUpdate(checked.date()).orElseThrow(() -> new NotFound("节假日安排", checked.date()));
		if (!before.equals(checked)) {
			inputs.forget();
			days.update(checked);
			audit.record(AuditRecord.of("calendar-day.changed", SUBJECT, checked.date(), describe(before) + " → " + describe(checked)));
		}
		return checked;
	}

	public void remove(LocalDate date) {
		CalendarDay before = days.findForUpdate(date).orElseThrow(() -> new NotFound("节假日安排", date));
		inputs.forget();
		days.delete(date);
		audit.record(AuditRecord.of("calendar-day.removed", SUBJECT, date, "删除" + describe(before)));
	}

	private static CalendarDay checked(CalendarDay day) {
		String name = day.name().strip();
		if (name.isEmpty() || name.length() > 40) {
			throw new InvalidInput("name", "名称不能为空，且不能超过40个字");
		}
		if (day.year() < 2000 || day.year() > 2100) {
			throw new InvalidInput("date", "日期须在2000年至2100年之间");
		}
		return new CalendarDay(day.date(), day.kind(), name);
	}

	private static String describe(CalendarDay day) {
		return day.date() + " " + day.kind().label() + "（" + day.name() + "）";
	}
}
