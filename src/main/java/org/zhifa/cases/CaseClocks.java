package org.zhifa.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.zhifa.calendar.ClockSubject;
import org.zhifa.calendar.DeadlineContext;
import org.zhifa.calendar.NewStatutoryClock;
import org.zhifa.calendar.StatutoryClock;
import org.zhifa.calendar.StatutoryClocks;

/**
 * The statutory clocks of cases and measures, through calendar's {@link StatutoryClocks}: a measure's clocks run under
 * subject {@code coercive-measure}, the case's own (administrative case period, notice of 撤销案件) under
 * {@code legal-case}, a suspect's (notice of 终止侦查) under {@code case-party}. Labels read as the task:
 * "提请批准逮捕（张三）".
 */
@Component
class CaseClocks {

	static final String MEASURE = "coercive-measure";
	static final String CASE = "legal-case";
	static final String PARTY = "case-party";
	static final String CASE_PERIOD = "administrative.public-order.case-period";
	static final String PARTY_NOTICE = "criminal.closing.party-notice";

	private final StatutoryClocks clocks;

	CaseClocks(StatutoryClocks clocks) {
		this.clocks = clocks;
	}

	/** Starts every clock the measure's kind prescribes. */
	List<StatutoryClock> startFor(CoerciveMeasure m, String personName, String caseLabel, UUID unitId) {
		List<StatutoryClock> started = new ArrayList<>();
		DeadlineContext context = m.kind().custody() ? DeadlineContext.custody() : DeadlineContext.none();
		for (MeasureKind.ClockPlan plan : m.kind().clocks()) {
			started.add(clocks.start(new NewStatutoryClock(plan.ruleCode(), plan.label() + "（" + personName + "）", m.startedAt(), context,
					new ClockSubject(MEASURE, m.id(), m.caseId(), caseLabel, unitId, m.officerIds()))));
		}
		return started;
	}

	StatutoryClock startForCase(Case c, String ruleCode, String label, Instant at, String caseLabel) {
		return clocks.start(new NewStatutoryClock(ruleCode, label, at, DeadlineContext.none(),
				new ClockSubject(CASE, c.id(), c.id(), caseLabel, c.unitId(), c.officerIds())));
	}

	StatutoryClock startForParty(Case c, Party p, String ruleCode, String label, Instant at, String caseLabel) {
		return clocks.start(new NewStatutoryClock(ruleCode, label, at, DeadlineContext.none(),
				new ClockSubject(PARTY, p.id(), c.id(), caseLabel, c.unitId(), c.officerIds())));
	}

	List<StatutoryClock> ofMeasure(UUID measureId) {
		return clocks.ofSubject(MEASURE, measureId);
	}

	List<StatutoryClock> ofCaseItself(UUID caseId) {
		return clocks.ofSubject(CASE, caseId);
	}

	List<StatutoryClock> ofCase(UUID caseId) {
		return clocks.ofCase(caseId);
	}

	Optional<StatutoryClock> running(List<StatutoryClock> of, String ruleCode) {
		return of.stream().filter(c -> c.running() && c.deadline().ruleCode().equals(ruleCode)).findFirst();
	}

	StatutoryClock stop(StatutoryClock clock, Instant at, String reason) {
		return clocks.stop(clock.id(), at, reason);
	}

	/** Stops whatever still runs of these clocks. */
	List<StatutoryClock> stopRunning(List<StatutoryClock> of, Instant at, String reason) {
		return of.stream().filter(StatutoryClock::running).map(c -> clocks.stop(c.id(), at, reason)).toList();
	}

	StatutoryClock recompute(StatutoryClock clock, DeadlineContext context, String why) {
		return clocks.recompute(clock.id(), context, why);
	}

	/** How a clock reads on the timeline: "提请批准逮捕（张三），2026-03-04 24:00 届满". */
	static String describe(StatutoryClock clock) {
		return clock.label() + "，" + clock.deadline().dueAtText() + " 届满";
	}
}
