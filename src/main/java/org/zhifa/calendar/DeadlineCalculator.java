package org.zhifa.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.zhifa.shared.InvalidInput;

/**
 * Computes when a period expires, following 刑事诉讼法第一百零五条 and the rule's own settings; pure Java over a
 * {@link HolidayCalendar}, all business time in Asia/Shanghai.
 * <ul>
 * <li>HOURS: an exact duration from the start instant.</li>
 * <li>DAYS, START_EXCLUDED: counting begins the next day and the period ends at 24:00 of its last day; with
 * START_INCLUDED the start day is day 1.</li>
 * <li>MONTHS: the same day of the target month; a start on a month's last day, or a day the target month lacks,
 * ends on the target month's last day.</li>
 * <li>WORKING_DAYS: Saturdays, Sundays and declared holidays are skipped, 调休 make-up workdays count.</li>
 * <li>Roll-over (DAYS, MONTHS): a last day that is a rest day moves to the next working day — unless the person is in
 * custody and the rule has the custody exception.</li>
 * <li>Granted extensions add to the end (ADD) or set the whole period (TOTAL); excluded intervals (tolling) push the
 * end later by their merged length (whole days for day periods); a restart replaces the start.</li>
 * </ul>
 */
public final class DeadlineCalculator {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final Duration DAY = Duration.ofDays(1);
	private static final int MAX_TOLLING_ROUNDS = 1000;

	private final HolidayCalendar calendar;

	public DeadlineCalculator(HolidayCalendar calendar) {
		this.calendar = calendar;
	}

	/** The due time of the rule's period started at {@code start}, with the context's extensions, tolling and restart. */
	public Deadline compute(PeriodRule rule, ZonedDateTime start, DeadlineContext ctx) {
		List<Extension> granted = granted(rule, ctx.extensions());
		for (DeadlineContext.Excluded interval : ctx.excluded()) {
			if (!interval.to().isAfter(interval.from())) {
				throw new InvalidInput("excluded", "不计入期间的结束时间须晚于开始时间");
			}
		}
		ZonedDateTime from = (ctx.restartAt() == null ? start : ctx.restartAt()).withZoneSameInstant(ZONE);
		Extension total = granted.stream().filter(e -> e.mode() == Extension.Mode.TOTAL).reduce((a, b) -> b).orElse(null);
		PeriodUnit unit = total == null ? rule.unit() : total.unit();
		int length = total == null ? rule.length() : total.length();
		List<Extension> added = granted.stream().filter(e -> e.mode() == Extension.Mode.ADD).toList();

		// Excluded time only counts while the period runs, and the period runs longer the more is excluded: repeat until stable.
		Duration tolled = Duration.ZERO;
		Run run = run(rule, unit, length, added, from, ctx.inCustody(), tolled);
		for (int round = 0; round < MAX_TOLLING_ROUNDS; round++) {
			Duration within = excludedWithin(ctx.excluded(), from.toInstant(), run.due());
			if (within.equals(tolled)) {
				break;
			}
			tolled = within;
			run = run(rule, unit, length, added, from, ctx.inCustody(), tolled);
		}
		return explain(rule, start.withZoneSameInstant(ZONE), from, ctx, granted, run, tolled);
	}

	private static List<Extension> granted(PeriodRule rule, List<String> codes) {
		List<Extension> granted = new ArrayList<>();
		for (String code : new LinkedHashSet<>(codes)) {
			granted.add(rule.extension(code).orElseThrow(() -> new InvalidInput("extensions",
					"期间规则“" + rule.name() + "”没有代码为 " + code + " 的延长情形")));
		}
		return granted;
	}

	/**
	 * One pass of the computation.
	 *
	 * @param baseLast the last day of the period itself (day units)
	 * @param extendedLast after extensions and tolling, before roll-over
	 * @param rolledTo the working day the period rolled over to, if it did
	 * @param heldInCustody the last day is a rest day, but the period did not roll over because the person is in custody
	 */
	private record Run(Instant due, @Nullable LocalDate baseLast, @Nullable LocalDate extendedLast,
			@Nullable LocalDate rolledTo, boolean heldInCustody, long tolledDays) {

		@Nullable LocalDate finalDay() {
			return rolledTo != null ? rolledTo : extendedLast;
		}
	}

	private Run run(PeriodRule rule, PeriodUnit unit, int length, List<Extension> added, ZonedDateTime from,
			boolean inCustody, Duration tolled) {
		if (unit == PeriodUnit.HOURS) {
			ZonedDateTime end = from.plusHours(length);
			for (Extension e : added) {
				end = switch (e.unit()) {
					case HOURS -> end.plusHours(e.length());
					case DAYS, WORKING_DAYS -> end.plusDays(e.length());
					case MONTHS -> end.plusMonths(e.length());
				};
			}
			return new Run(end.plus(tolled).toInstant(), null, null, null, false, 0);
		}
		boolean excluded = rule.counting() == Counting.START_EXCLUDED;
		LocalDate day = from.toLocalDate();
		LocalDate baseLast = switch (unit) {
			case DAYS -> excluded ? day.plusDays(length) : day.plusDays(length - 1L);
			case MONTHS -> excluded ? plusMonths(day, length) : plusMonths(day, length).minusDays(1);
			case WORKING_DAYS -> workingDaysAfter(excluded ? day : day.minusDays(1), length);
			case HOURS -> throw new IllegalStateException("hours handled above");
		};
		LocalDate last = baseLast;
		for (Extension e : added) {
			last = switch (e.unit()) {
				case DAYS -> last.plusDays(e.length());
				case MONTHS -> plusMonths(last, e.length());
				case WORKING_DAYS -> workingDaysAfter(last, e.length());
				case HOURS -> last.plusDays(Math.ceilDiv(e.length(), 24));
			};
		}
		long tolledDays = tolled.isZero() ? 0 : Math.ceilDiv(tolled.toSeconds(), DAY.toSeconds());
		last = unit == PeriodUnit.WORKING_DAYS ? workingDaysAfter(last, tolledDays) : last.plusDays(tolledDays);

		LocalDate rolledTo = null;
		boolean held = false;
		boolean rolls = unit != PeriodUnit.WORKING_DAYS && rule.rollOver() == RollOver.ROLL_TO_NEXT_WORKDAY;
		if (rolls && !calendar.isWorkingDay(last)) {
			if (inCustody && rule.custodyException()) {
				held = true;
			}
			else {
				rolledTo = calendar.nextWorkingDayAfter(last);
			}
		}
		LocalDate finalDay = rolledTo != null ? rolledTo : last;
		return new Run(finalDay.plusDays(1).atStartOfDay(ZONE).toInstant(), baseLast, last, rolledTo, held, tolledDays);
	}

	/** Same day of the target month; from a month's last day, or into a month lacking the day: the target's last day. */
	static LocalDate plusMonths(LocalDate day, long months) {
		LocalDate target = day.plusMonths(months);
		return day.getDayOfMonth() == day.lengthOfMonth() ? target.withDayOfMonth(target.lengthOfMonth()) : target;
	}

	/** The n-th working day after the given day (the day itself if n is 0). */
	private LocalDate workingDaysAfter(LocalDate day, long n) {
		LocalDate current = day;
		for (long counted = 0; counted < n;) {
			current = current.plusDays(1);
			if (calendar.isWorkingDay(current)) {
				counted++;
			}
		}
		return current;
	}

	/** Length of the union of the intervals, clipped to [from, to). */
	static Duration excludedWithin(List<DeadlineContext.Excluded> intervals, Instant from, Instant to) {
		List<DeadlineContext.Excluded> clipped = intervals.stream()
			.map(i -> new DeadlineContext.Excluded(max(i.from(), from), min(i.to(), to)))
			.filter(i -> i.to().isAfter(i.from()))
			.sorted(Comparator.comparing(DeadlineContext.Excluded::from))
			.toList();
		Duration total = Duration.ZERO;
		Instant coveredUntil = from;
		for (DeadlineContext.Excluded i : clipped) {
			Instant begin = max(i.from(), coveredUntil);
			if (i.to().isAfter(begin)) {
				total = total.plus(Duration.between(begin, i.to()));
				coveredUntil = i.to();
			}
		}
		return total;
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	// ---- explanation ----------------------------------------------------------------------------------------

	private Deadline explain(PeriodRule rule, ZonedDateTime start, ZonedDateTime from, DeadlineContext ctx,
			List<Extension> granted, Run run, Duration tolled) {
		List<String> steps = new ArrayList<>();
		StringBuilder basis = new StringBuilder();
		String startWord = switch (rule.unit()) {
			case HOURS -> "起";
			default -> rule.counting() == Counting.START_EXCLUDED ? "次日起" : "当日起";
		};
		if (ctx.restartAt() != null) {
			String reason = ctx.restartReason() == null || ctx.restartReason().isBlank() ? "期限重新计算" : ctx.restartReason();
			basis.append("因").append(reason).append("，自").append(MINUTE.format(from)).append(startWord)
				.append("重新计算").append(rule.period());
			steps.add("起算：原自" + MINUTE.format(start) + rule.trigger() + "起算；因" + reason + "，自" + MINUTE.format(from)
					+ "重新计算");
		}
		else {
			basis.append("自").append(MINUTE.format(from)).append(rule.trigger()).append(startWord).append("计算")
				.append(rule.period());
			steps.add("起算：" + MINUTE.format(from) + rule.trigger());
		}
		if (rule.unit() == PeriodUnit.HOURS) {
			steps.add("期间：" + rule.period() + "，按小时自起算时刻连续计算");
		}
		else {
			LocalDate day = from.toLocalDate();
			String counting = rule.counting() == Counting.START_EXCLUDED ? "开始之日不计入，自" + day.plusDays(1) + "起计算"
					: "开始之日计入，" + day + "为第1日";
			steps.add("期间：" + rule.period() + "，" + counting
					+ (granted.stream().anyMatch(e -> e.mode() == Extension.Mode.TOTAL) ? "" : "，末日为" + run.baseLast()));
		}
		for (Extension e : granted) {
			String approver = e.approver() == null || e.approver().isBlank() ? "批准" : e.approver() + "批准";
			basis.append("，经").append(approver).append(e.describe()).append("（").append(e.name()).append("）");
			steps.add("延长：" + e.name() + "，" + e.describe() + "，" + approver
					+ (e.basis() == null || e.basis().isBlank() ? "" : "，依据" + e.basis()));
		}
		if (!tolled.isZero()) {
			String length = humanDuration(tolled);
			basis.append("，不计入期间").append(length);
			steps.add("扣除：不计入期间合计" + length + "（重叠部分只计一次）"
					+ (run.tolledDays() > 0 ? "，期限相应顺延" + run.tolledDays() + (rule.unit() == PeriodUnit.WORKING_DAYS
							? "个工作日" : "日") : "，期限相应顺延"));
		}
		LocalDate last = run.extendedLast();
		if (run.rolledTo() != null && last != null) {
			basis.append("，末日").append(last).append("为休息日（").append(calendar.restReason(last)).append("），顺延至")
				.append(run.rolledTo());
			steps.add("顺延：末日" + last + "为休息日（" + calendar.restReason(last) + "），以节假日后的第一个工作日" + run.rolledTo()
					+ "为期满日");
		}
		if (run.heldInCustody() && last != null) {
			basis.append("，当事人在押，期满日").append(last).append("虽为休息日（").append(calendar.restReason(last)).append("）不顺延");
			steps.add("在押：末日" + last + "为休息日（" + calendar.restReason(last) + "），但当事人在押，期间不因节假日延长");
		}
		String dueText = run.finalDay() != null ? run.finalDay() + " 24:00" : MINUTE.format(run.due().atZone(ZONE));
		basis.append("，至").append(dueText).append("届满，依据").append(bases(rule, granted));
		steps.add("届满：" + dueText);
		return new Deadline(run.due(), dueText, rule.code(), rule.version(), basis.toString(), steps);
	}

	private static String bases(PeriodRule rule, List<Extension> granted) {
		Set<String> bases = new LinkedHashSet<>();
		bases.add(rule.basis());
		granted.stream().map(Extension::basis).filter(b -> b != null && !b.isBlank() && !rule.basis().contains(b))
			.forEach(bases::add);
		return String.join("；", bases);
	}

	static String humanDuration(Duration d) {
		StringBuilder text = new StringBuilder();
		if (d.toDays() > 0) {
			text.append(d.toDays()).append("日");
		}
		if (d.toHoursPart() > 0) {
			text.append(d.toHoursPart()).append("小时");
		}
		if (d.toMinutesPart() > 0) {
			text.append(d.toMinutesPart()).append("分钟");
		}
		return text.isEmpty() ? d.toSeconds() + "秒" : text.toString();
	}
}
