package org.zhifa.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.zhifa.calendar.CalendarDay;
import org.zhifa.calendar.Certainty;
import org.zhifa.calendar.Counting;
import org.zhifa.calendar.DayKind;
import org.zhifa.calendar.Extension;
import org.zhifa.calendar.PeriodRule;
import org.zhifa.calendar.PeriodUnit;
import org.zhifa.calendar.RollOver;

/** The JSON shapes of docs/api.md § Calendar. */
final class CalendarJson {

	private CalendarJson() {
	}

	record Day(LocalDate date, DayKind kind, String kindName, String name) {

		static Day of(CalendarDay d) {
			return new Day(d.date(), d.kind(), d.kind().label(), d.name());
		}
	}

	record ExtensionJson(String code, String name, Extension.Mode mode, int length, PeriodUnit unit, String description,
			@Nullable String approver, @Nullable String basis) {

		static ExtensionJson of(Extension e) {
			return new ExtensionJson(e.code(), e.name(), e.mode(), e.length(), e.unit(), e.describe(), e.approver(), e.basis());
		}
	}

	record Rule(String code, int version, String name, String trigger, PeriodUnit unit, String unitName, int length,
			String period, Counting counting, String countingName, RollOver rollOver, String rollOverName,
			boolean custodyException, List<ExtensionJson> extensions, String basis, Certainty certainty, String certaintyName,
			boolean needsVerification, @Nullable String source, @Nullable String changeReason, @Nullable Instant changedAt,
			@Nullable String changedBy) {

		static Rule of(PeriodRule r) {
			return new Rule(r.code(), r.version(), r.name(), r.trigger(), r.unit(), r.unit().label(), r.length(), r.period(),
					r.counting(), r.counting().label(), r.rollOver(), r.rollOver().label(), r.custodyException(),
					r.extensions().stream().map(ExtensionJson::of).toList(), r.basis(), r.certainty(), r.certainty().label(),
					r.certainty().needsVerification(), r.source(), r.changeReason(), r.changedAt(), r.changedBy());
		}
	}

	record RuleWithVersions(Rule rule, List<Rule> versions) {
	}
}
