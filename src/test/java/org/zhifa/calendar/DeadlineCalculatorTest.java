package org.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhifa.calendar.DeadlineContext.Excluded;
import org.zhifa.shared.InvalidInput;

class DeadlineCalculatorTest {

	private static final String ART_129 = "《公安机关办理刑事案件程序规定》第一百二十九条";
	private static final Extension SPECIAL = new Extension("special", "特殊情况", Extension.Mode.ADD, 4, PeriodUnit.DAYS,
			"县级以上公安机关负责人", null);
	private static final Extension ROVING = new Extension("roving-repeated-gang", "流窜作案、多次作案、结伙作案的重大嫌疑分子",
			Extension.Mode.TOTAL, 30, PeriodUnit.DAYS, "县级以上公安机关负责人", "《中华人民共和国刑事诉讼法》第九十一条");

	private final HolidayCalendar calendar = OfficialCalendar.of2025And2026();
	private final DeadlineCalculator calculator = new DeadlineCalculator(calendar);

	// ---- fixtures ---------------------------------------------------------------------------------------------

	private static PeriodRule rule(PeriodUnit unit, int length, Counting counting, RollOver rollOver, boolean custodyException,
			Extension... extensions) {
		return new PeriodRule("test.rule", 3, "测试规则", "拘留", unit, length, counting, rollOver, custodyException,
				List.of(extensions), ART_129, Certainty.V, null, null, null, null);
	}

	private static PeriodRule days(int length) {
		return rule(PeriodUnit.DAYS, length, Counting.START_EXCLUDED, RollOver.ROLL_TO_NEXT_WORKDAY, true);
	}

	private static PeriodRule hours(int length, Extension... extensions) {
		return rule(PeriodUnit.HOURS, length, Counting.START_EXCLUDED, RollOver.NONE, false, extensions);
	}

	private static PeriodRule months(int length, RollOver rollOver) {
		return rule(PeriodUnit.MONTHS, length, Counting.START_EXCLUDED, rollOver, true);
	}

	private static PeriodRule workingDays(int length, Counting counting) {
		return rule(PeriodUnit.WORKING_DAYS, length, counting, RollOver.NONE, false);
	}

	private static PeriodRule arrestRequest() {
		return rule(PeriodUnit.DAYS, 3, Counting.START_EXCLUDED, RollOver.ROLL_TO_NEXT_WORKDAY, true, SPECIAL, ROVING);
	}

	private static ZonedDateTime at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(DeadlineCalculator.ZONE);
	}

	private static Instant instant(String localDateTime) {
		return at(localDateTime).toInstant();
	}

	private static Instant endOf(String date) {
		return LocalDate.parse(date).plusDays(1).atStartOfDay(DeadlineCalculator.ZONE).toInstant();
	}

	private Deadline compute(PeriodRule rule, String start) {
		return calculator.compute(rule, at(start), DeadlineContext.none());
	}

	private Deadline compute(PeriodRule rule, String start, DeadlineContext ctx) {
		return calculator.compute(rule, at(start), ctx);
	}

	// ---- days ---------------------------------------------------------------------------------------------------

	@Test
	void threeDaysFromLateEveningEndsAtMidnightOfTheThirdFollowingDay() {
		Deadline deadline = compute(days(3), "2026-03-01T22:00");

		assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-03-04T16:00:00Z")).isEqualTo(instant("2026-03-05T00:00"));
		assertThat(deadline.dueAtText()).isEqualTo("2026-03-04 24:00");
		assertThat(deadline.basis()).isEqualTo("自2026-03-01 22:00拘留次日起计算3日，至2026-03-04 24:00届满，依据" + ART_129);
	}

	@Test
	void startIncludedCountsTheStartDayAsDayOne() {
		PeriodRule rule = rule(PeriodUnit.DAYS, 3, Counting.START_INCLUDED, RollOver.NONE, false);

		Deadline deadline = compute(rule, "2026-03-01T22:00");

		assertThat(deadline.dueAt()).isEqualTo(endOf("2026-03-03"));
		assertThat(deadline.basis()).startsWith("自2026-03-01 22:00拘留当日起计算3日");
	}

	@Test
	void startTimeGivenInAnotherZoneIsCountedOnTheShanghaiCalendarDay() {
		ZonedDateTime utc = ZonedDateTime.of(2026, 3, 1, 17, 0, 0, 0, ZoneOffset.UTC); // 2026-03-02 01:00 in Beijing

		Deadline deadline = calculator.compute(days(3), utc, DeadlineContext.none());

		assertThat(deadline.dueAtText()).isEqualTo("2026-03-05 24:00");
	}

	@Test
	void lastDayOnAnOrdinarySundayRollsToMonday() {
		assertThat(compute(days(3), "2026-03-05T09:00").dueAt()).isEqualTo(endOf("2026-03-09"));
	}

	@Test
	void lastDayOnSpringFestivalRollsToFirstWorkday() {
		Deadline deadline = compute(days(7), "2026-02-10T10:00");

		assertThat(deadline.dueAt()).isEqualTo(endOf("2026-02-24"));
		assertThat(deadline.basis()).contains("末日2026-02-17为休息日（春节），顺延至2026-02-24").contains("至2026-02-24 24:00届满");
		assertThat(deadline.steps()).anyMatch(s -> s.startsWith("顺延："));
	}

	@Test
	void inCustodyPeriodNeverRollsOverAHoliday() {
		Deadline deadline = compute(days(7), "2026-02-10T10:00", DeadlineContext.custody());

		assertThat(deadline.dueAt()).isEqualTo(endOf("2026-02-17"));
		assertThat(deadline.basis()).contains("当事人在押").contains("不顺延");
	}

	@Test
	void custodyDoesNotStopRollOverWhenTheRuleHasNoCustodyException() {
		PeriodRule rule = rule(PeriodUnit.DAYS, 7, Counting.START_EXCLUDED, RollOver.ROLL_TO_NEXT_WORKDAY, false);

		assertThat(compute(rule, "2026-02-10T10:00", DeadlineContext.custody()).dueAt()).isEqualTo(endOf("2026-02-24"));
	}

	@Test
	void ruleWithoutRollOverEndsOnAHoliday() {
		PeriodRule rule = rule(PeriodUnit.DAYS, 7, Counting.START_EXCLUDED, RollOver.NONE, false);

		assertThat(compute(rule, "2026-02-10T10:00").dueAt()).isEqualTo(endOf("2026-02-17"));
	}

	@Test
	void lastDayOnAMakeUpSaturdayDoesNotRoll() {
		assertThat(compute(days(3), "2026-02-11T10:00").dueAt()).isEqualTo(endOf("2026-02-14"));
	}

	@Test
	void lastDayOnNationalDayTwentyTwentyFiveRollsPastTheWholeWeekAndMidAutumn() {
		assertThat(compute(days(5), "2025-09-28T10:00").dueAt()).isEqualTo(endOf("2025-10-09"));
	}

	// ---- hours --------------------------------------------------------------------------------------------------

	@Test
	void twelveHourSummonsRunsAcrossMidnight() {
		Deadline deadline = compute(hours(12), "2026-03-01T20:30");

		assertThat(deadline.dueAt()).isEqualTo(instant("2026-03-02T08:30"));
		assertThat(deadline.dueAtText()).isEqualTo("2026-03-02 08:30");
		assertThat(deadline.basis()).startsWith("自2026-03-01 20:30拘留起计算12小时，至2026-03-02 08:30届满");
	}

	@Test
	void eightHourQuestioningIsAnExactDuration() {
		assertThat(compute(hours(8), "2026-03-01T17:45").dueAt()).isEqualTo(instant("2026-03-02T01:45"));
	}

	@Test
	void hourPeriodsIgnoreHolidaysAndWeekends() {
		assertThat(compute(hours(24), "2026-02-15T10:00").dueAt()).isEqualTo(instant("2026-02-16T10:00"));
	}

	@Test
	void questioningExtendedToTwentyFourHoursInTotalRunsFromTheArrival() {
		var extended = new Extension("detention-possible", "案情复杂可能适用行政拘留", Extension.Mode.TOTAL, 24, PeriodUnit.HOURS,
				null, null);

		Deadline deadline = compute(hours(8, extended), "2026-03-01T20:30", DeadlineContext.none().withExtensions("detention-possible"));

		assertThat(deadline.dueAt()).isEqualTo(instant("2026-03-02T20:30"));
		assertThat(deadline.basis()).contains("经批准延长至24小时（案情复杂可能适用行政拘留）");
	}

	@Test
	void hourExtensionAddsToTheEnd() {
		var more = new Extension("more", "另加", Extension.Mode.ADD, 4, PeriodUnit.HOURS, "办案部门负责人", null);

		assertThat(compute(hours(12, more), "2026-03-01T08:00", DeadlineContext.none().withExtensions("more")).dueAt())
			.isEqualTo(instant("2026-03-02T00:00"));
	}

	// ---- months -------------------------------------------------------------------------------------------------

	@Test
	void monthFromJanuary31stEndsOnLastDayOfFebruaryInALeapYear() {
		assertThat(compute(months(1, RollOver.NONE), "2028-01-31T10:00").dueAt()).isEqualTo(endOf("2028-02-29"));
	}

	@Test
	void monthFromJanuary31stEndsOnFebruary28thInACommonYear() {
		assertThat(compute(months(1, RollOver.NONE), "2027-01-31T10:00").dueAt()).isEqualTo(endOf("2027-02-28"));
	}

	@Test
	void monthFromTheLastDayOfFebruaryEndsOnTheLastDayOfMarch() {
		assertThat(compute(months(1, RollOver.NONE), "2027-02-28T10:00").dueAt()).isEqualTo(endOf("2027-03-31"));
	}

	@Test
	void monthFromMidMonthEndsOnTheSameDayOfTheTargetMonth() {
		assertThat(compute(months(1, RollOver.NONE), "2027-03-15T10:00").dueAt()).isEqualTo(endOf("2027-04-15"));
	}

	@Test
	void monthsFromTheThirtiethOfAMonthIntoFebruaryEndOnItsLastDay() {
		assertThat(compute(months(1, RollOver.NONE), "2028-01-30T10:00").dueAt()).isEqualTo(endOf("2028-02-29"));
		assertThat(DeadlineCalculator.plusMonths(LocalDate.parse("2025-12-31"), 2)).isEqualTo(LocalDate.parse("2026-02-28"));
	}

	@Test
	void twoMonthCustodyFromMarch1stEndsOnLabourDayWithoutRollingOver() {
		Deadline deadline = compute(months(2, RollOver.ROLL_TO_NEXT_WORKDAY), "2026-03-01T10:00", DeadlineContext.custody());

		assertThat(deadline.dueAt()).isEqualTo(endOf("2026-05-01"));
	}

	@Test
	void twoMonthPeriodOutOfCustodyRollsPastTheLabourDayHolidays() {
		assertThat(compute(months(2, RollOver.ROLL_TO_NEXT_WORKDAY), "2026-03-01T10:00").dueAt()).isEqualTo(endOf("2026-05-06"));
	}

	@Test
	void monthPeriodCountedFromTheStartDayEndsTheDayBefore() {
		PeriodRule rule = rule(PeriodUnit.MONTHS, 2, Counting.START_INCLUDED, RollOver.NONE, true);

		assertThat(compute(rule, "2026-03-01T10:00").dueAt()).isEqualTo(endOf("2026-04-30"));
	}

	// ---- working days -------------------------------------------------------------------------------------------

	@Test
	void makeUpSaturdayCountsAsWorkingDay() {
		assertThat(compute(workingDays(2, Counting.START_EXCLUDED), "2026-02-12T10:00").dueAt()).isEqualTo(endOf("2026-02-14"));
	}

	@Test
	void workingDaysSkipTheSpringFestivalHolidays() {
		assertThat(compute(workingDays(2, Counting.START_EXCLUDED), "2026-02-13T10:00").dueAt()).isEqualTo(endOf("2026-02-24"));
	}

	@Test
	void workingDaysSkipAnOrdinaryWeekend() {
		assertThat(compute(workingDays(1, Counting.START_EXCLUDED), "2026-03-06T10:00").dueAt()).isEqualTo(endOf("2026-03-09"));
	}

	@Test
	void workingDaysCountedFromTheStartDayIncludeAWorkingStartDay() {
		assertThat(compute(workingDays(1, Counting.START_INCLUDED), "2026-03-09T10:00").dueAt()).isEqualTo(endOf("2026-03-09"));
	}

	@Test
	void fiveWorkingDaysAcrossNationalDay2025CountBothMakeUpWeekendDays() {
		// 09-28 (Sun, 调休), 09-29, 09-30, then 10-01..10-08 off, 10-09, 10-10
		assertThat(compute(workingDays(5, Counting.START_EXCLUDED), "2025-09-26T10:00").dueAt()).isEqualTo(endOf("2025-10-10"));
	}

	// ---- extensions ---------------------------------------------------------------------------------------------

	@Test
	void arrestRequestExtendedByFourDaysEndsOnTheSeventhDayEvenOnASundayInCustody() {
		Deadline deadline = compute(arrestRequest(), "2026-03-01T22:00", DeadlineContext.custody().withExtensions("special"));

		assertThat(deadline.dueAt()).isEqualTo(endOf("2026-03-08"));
		assertThat(deadline.basis()).contains("经县级以上公安机关负责人批准延长4日（特殊情况）");
	}

	@Test
	void arrestRequestForARovingSuspectRunsThirtyDaysInTotalAndCitesTheExtensionsBasis() {
		Deadline deadline = compute(arrestRequest(), "2026-03-01T22:00",
				DeadlineContext.custody().withExtensions("roving-repeated-gang"));

		assertThat(deadline.dueAt()).isEqualTo(endOf("2026-03-31"));
		assertThat(deadline.basis()).contains("延长至30日").endsWith("依据" + ART_129 + "；《中华人民共和国刑事诉讼法》第九十一条");
	}

	@Test
	void monthExtensionAddsToTheEndOfTheCustodyPeriod() {
		var complex = new Extension("complex", "案情复杂、期限届满不能终结", Extension.Mode.ADD, 1, PeriodUnit.MONTHS,
				"上一级人民检察院", "《中华人民共和国刑事诉讼法》第一百五十六条");
		PeriodRule rule = rule(PeriodUnit.MONTHS, 2, Counting.START_EXCLUDED, RollOver.ROLL_TO_NEXT_WORKDAY, true, complex);

		assertThat(compute(rule, "2026-03-10T10:00", DeadlineContext.custody().withExtensions("complex")).dueAt())
			.isEqualTo(endOf("2026-06-10"));
	}

	@Test
	void anExtensionTheRuleDoesNotKnowIsRefused() {
		assertThatThrownBy(() -> compute(arrestRequest(), "2026-03-01T22:00", DeadlineContext.none().withExtensions("forever")))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("forever");
	}

	@Test
	void aGrantedExtensionNamedTwiceCountsOnce() {
		assertThat(compute(arrestRequest(), "2026-03-02T09:00", DeadlineContext.none().withExtensions("special", "special")).dueAt())
			.isEqualTo(endOf("2026-03-09"));
	}

	// ---- tolling ------------------------------------------------------------------------------------------------

	@Test
	void excludedTimePushesAnHourDeadlineByItsLength() {
		var appraisal = new Excluded(instant("2026-03-01T10:00"), instant("2026-03-01T12:00"));

		assertThat(compute(hours(24), "2026-03-01T08:00", DeadlineContext.none().withExcluded(appraisal)).dueAt())
			.isEqualTo(instant("2026-03-02T10:00"));
	}

	@Test
	void overlappingExcludedIntervalsCountOnce() {
		var a = new Excluded(instant("2026-03-01T10:00"), instant("2026-03-01T14:00"));
		var b = new Excluded(instant("2026-03-01T12:00"), instant("2026-03-01T16:00"));
		var inside = new Excluded(instant("2026-03-01T11:00"), instant("2026-03-01T13:00"));

		Deadline deadline = compute(hours(24), "2026-03-01T08:00", DeadlineContext.none().withExcluded(b, a, inside));

		assertThat(deadline.dueAt()).isEqualTo(instant("2026-03-02T14:00"));
		assertThat(deadline.basis()).contains("不计入期间6小时");
	}

	@Test
	void excludedTimeOutsideThePeriodDoesNotCount() {
		var before = new Excluded(instant("2026-02-28T10:00"), instant("2026-03-01T07:00"));
		var after = new Excluded(instant("2026-03-05T10:00"), instant("2026-03-06T10:00"));

		assertThat(compute(hours(24), "2026-03-01T08:00", DeadlineContext.none().withExcluded(before, after)).dueAt())
			.isEqualTo(instant("2026-03-02T08:00"));
	}

	@Test
	void excludedTimeReachedOnlyBecauseOfEarlierTollingAlsoCounts() {
		var first = new Excluded(instant("2026-03-01T10:00"), instant("2026-03-01T12:00"));
		var second = new Excluded(instant("2026-03-01T21:00"), instant("2026-03-01T21:30"));

		assertThat(compute(hours(12), "2026-03-01T08:00", DeadlineContext.none().withExcluded(first, second)).dueAt())
			.isEqualTo(instant("2026-03-01T22:30"));
	}

	@Test
	void appraisalDaysExtendAPublicOrderCaseAndTheNewLastDayRollsPastQingming() {
		var appraisal = new Excluded(instant("2026-03-10T09:00"), instant("2026-03-15T09:00"));
		PeriodRule rule = rule(PeriodUnit.DAYS, 30, Counting.START_EXCLUDED, RollOver.ROLL_TO_NEXT_WORKDAY, false);

		Deadline deadline = compute(rule, "2026-03-02T10:00", DeadlineContext.none().withExcluded(appraisal));

		assertThat(deadline.dueAt()).isEqualTo(endOf("2026-04-07"));
		assertThat(deadline.basis()).contains("不计入期间5日").contains("末日2026-04-06为休息日（清明节）");
	}

	@Test
	void aPartDayExcludedFromADayPeriodCountsAsAWholeDay() {
		var hour = new Excluded(instant("2026-03-02T10:00"), instant("2026-03-02T11:00"));

		assertThat(compute(days(3), "2026-03-01T22:00", DeadlineContext.none().withExcluded(hour)).dueAt())
			.isEqualTo(endOf("2026-03-05"));
	}

	@Test
	void anExcludedIntervalEndingBeforeItStartsIsRefused() {
		var reversed = new Excluded(instant("2026-03-02T10:00"), instant("2026-03-02T09:00"));

		assertThatThrownBy(() -> compute(days(3), "2026-03-01T22:00", DeadlineContext.none().withExcluded(reversed)))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void mergedLengthIgnoresGapsBetweenIntervals() {
		var a = new Excluded(instant("2026-03-01T10:00"), instant("2026-03-01T11:00"));
		var b = new Excluded(instant("2026-03-01T13:00"), instant("2026-03-01T14:30"));

		assertThat(DeadlineCalculator.excludedWithin(List.of(a, b), instant("2026-03-01T00:00"), instant("2026-03-02T00:00")))
			.isEqualTo(Duration.ofMinutes(150));
	}

	// ---- restarts -----------------------------------------------------------------------------------------------

	@Test
	void anotherMajorOffenceRestartsTheCustodyPeriodAndTheBasisSaysSo() {
		Deadline deadline = compute(months(2, RollOver.ROLL_TO_NEXT_WORKDAY), "2026-03-01T10:00",
				DeadlineContext.custody().restartingAt(at("2026-04-10T09:00"), "发现另有重要罪行"));

		assertThat(deadline.dueAt()).isEqualTo(endOf("2026-06-10"));
		assertThat(deadline.basis()).startsWith("因发现另有重要罪行，自2026-04-10 09:00次日起重新计算2个月");
		assertThat(deadline.steps().getFirst()).contains("原自2026-03-01 10:00拘留起算");
	}

	@Test
	void anHourPeriodRestartsFromTheIdentificationTime() {
		Deadline deadline = compute(hours(12), "2026-03-01T08:00",
				DeadlineContext.none().restartingAt(at("2026-03-01T15:00"), "查清身份"));

		assertThat(deadline.dueAt()).isEqualTo(instant("2026-03-02T03:00"));
	}

	@Test
	void aRestartWithoutReasonIsStillNamed() {
		assertThat(compute(days(3), "2026-03-01T08:00", DeadlineContext.none().restartingAt(at("2026-03-10T08:00"), null)).basis())
			.startsWith("因期限重新计算，自2026-03-10 08:00次日起重新计算3日");
	}

	// ---- the result ---------------------------------------------------------------------------------------------

	@Test
	void deadlineRecordsTheRuleCodeVersionAndEverySteps() {
		Deadline deadline = compute(days(3), "2026-03-01T22:00");

		assertThat(deadline.ruleCode()).isEqualTo("test.rule");
		assertThat(deadline.ruleVersion()).isEqualTo(3);
		assertThat(deadline.steps()).first().asString().startsWith("起算：");
		assertThat(deadline.steps()).last().asString().isEqualTo("届满：2026-03-04 24:00");
	}

	// ---- the calendar -------------------------------------------------------------------------------------------

	@Test
	void ordinarySaturdayIsARestDayAndAnOrdinaryMondayAWorkingDay() {
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-07"))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-09"))).isTrue();
	}

	@Test
	void makeUpSundayIsAWorkingDayAndADeclaredWeekdayHolidayIsNot() {
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-01-04"))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-07"))).isFalse();
		assertThat(calendar.restReason(LocalDate.parse("2026-10-07"))).isEqualTo("国庆节");
		assertThat(calendar.restReason(LocalDate.parse("2026-03-08"))).isEqualTo("周日");
	}
}
