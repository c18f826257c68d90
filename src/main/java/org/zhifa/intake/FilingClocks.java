package org.zhifa.intake;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhifa.calendar.ClockSubject;
import org.zhifa.calendar.DeadlineContext;
import org.zhifa.calendar.NewStatutoryClock;
import org.zhifa.calendar.StatutoryClock;
import org.zhifa.calendar.StatutoryClockId;
import org.zhifa.calendar.StatutoryClocks;

/**
 * The clocks of an acceptance, through calendar's {@link StatutoryClocks}: one runs at a time — the decision period
 * (刑事立案审查 / 行政受案审查), the refusal notice, the applicant's 复议 / 复核 windows, the 复议 / 复核 decision
 * periods. Each act stops the clock it answers and starts the next (rule codes seeded in calendar's V6_1).
 */
@Component
class FilingClocks {

	static final String CRIMINAL_DECISION = "criminal.intake.filing-decision";
	static final String ADMINISTRATIVE_DECISION = "administrative.intake.acceptance-decision";
	static final String REFUSAL_NOTICE = "criminal.filing.refusal-notice";
	static final String RECONSIDERATION_APPLICATION = "criminal.filing.reconsideration-application";
	static final String RECONSIDERATION_DECISION = "criminal.filing.reconsideration-decision";
	static final String REVIEW_APPLICATION = "criminal.filing.review-application";
	static final String REVIEW_DECISION = "criminal.filing.review-decision";

	private final StatutoryClocks clocks;

	FilingClocks(StatutoryClocks clocks) {
		this.clocks = clocks;
	}

	StatutoryClock startDecisionClock(Acceptance acceptance, Incident incident) {
		boolean criminal = acceptance.kind() == CaseKind.CRIMINAL;
		return start(acceptance, incident.label(), criminal ? CRIMINAL_DECISION : ADMINISTRATIVE_DECISION,
				(criminal ? "作出立案决定（" : "作出受案审查决定（") + acceptance.number() + "）", acceptance.acceptedAt());
	}

	StatutoryClock start(Acceptance acceptance, String caseLabel, String rule, String label, Instant at) {
		return clocks.start(new NewStatutoryClock(rule, label, at, DeadlineContext.none(), new ClockSubject(FilingDecisions.SUBJECT,
				acceptance.id(), null, caseLabel, acceptance.unitId(), acceptance.officerIds())));
	}

	/** Stops the clock the acceptance waits on, if any is still running. */
	@Nullable
	StatutoryClock stopRunning(Acceptance acceptance, Instant at, String reason) {
		if (acceptance.runningClockId() == null) {
			return null;
		}
		StatutoryClock current = clocks.get(StatutoryClockId.of(acceptance.runningClockId()));
		StatutoryClock stopped = current.running() ? clocks.stop(current.id(), at, reason) : current;
		acceptance.waitsOn(null);
		return stopped;
	}

	@Nullable
	StatutoryClock running(Acceptance acceptance) {
		return acceptance.runningClockId() == null ? null : clocks.get(StatutoryClockId.of(acceptance.runningClockId()));
	}

	StatutoryClock extend(StatutoryClock clock, String extensionCode, String reason) {
		java.util.List<String> codes = new java.util.ArrayList<>(clock.context().extensions());
		codes.add(extensionCode);
		return clocks.recompute(clock.id(), clock.context().withExtensions(codes.toArray(String[]::new)), reason);
	}
}
