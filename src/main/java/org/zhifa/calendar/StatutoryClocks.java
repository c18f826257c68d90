package org.zhifa.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.StaleVersion;

/**
 * The statutory clocks of every module in one place: the owning module (intake, cases, custody …) starts a clock when
 * the triggering act is recorded, recomputes it when the facts change, and stops it with the act that meets it — all
 * inside its own transaction, so the clock commits or rolls back with the act. Each change is audited and published
 * ({@link StatutoryClockStarted}, {@link StatutoryClockRecomputed}, {@link StatutoryClockStopped}) for the workbench
 * and supervision. Callers authorize; this service applies no data scope.
 */
@Service
@Transactional(readOnly = true)
public class StatutoryClocks {

	private static final String SUBJECT = "statutory-clock";

	private final Deadlines deadlines;
	private final StatutoryClockRecords records;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	StatutoryClocks(Deadlines deadlines, StatutoryClockRecords records, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.deadlines = deadlines;
		this.records = records;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Computes the due time under the rule's latest version and starts watching it. */
	@Transactional
	public StatutoryClock start(NewStatutoryClock request) {
		Deadline deadline = deadlines.compute(request.ruleCode(), request.startedAt().atZone(clock.getZone()), request.context());
		StatutoryClock started = new StatutoryClock(StatutoryClockId.random(), request.label().strip(), request.subject(),
				request.startedAt(), request.context(), deadline, ClockState.RUNNING, null, null, 0);
		records.insert(started);
		audit.record(AuditRecord.of("statutory-clock.started", SUBJECT, started.id(),
				started.label() + "：" + deadline.basis()));
		events.publishEvent(new StatutoryClockStarted(started));
		return started;
	}

	/**
	 * Recomputes a running clock with new facts (an extension granted, a period excluded, a restart) under the rule's
	 * latest version; the result names the version used.
	 */
	@Transactional
	public StatutoryClock recompute(StatutoryClockId id, DeadlineContext context, String why) {
		StatutoryClock current = lockRunning(id);
		Deadline deadline = deadlines.compute(current.deadline().ruleCode(), current.startedAt().atZone(clock.getZone()), context);
		StatutoryClock next = new StatutoryClock(current.id(), current.label(), current.subject(), current.startedAt(), context,
				deadline, ClockState.RUNNING, null, null, current.version() + 1);
		update(current, next);
		audit.record(AuditRecord.of("statutory-clock.recomputed", SUBJECT, id,
				current.label() + "：" + why.strip() + "；到期时间 " + current.deadline().dueAtText() + " → " + deadline.dueAtText()));
		events.publishEvent(new StatutoryClockRecomputed(next, current.dueAt()));
		return next;
	}

	/** Stops a running clock: the act that meets or ends it happened at {@code at}. */
	@Transactional
	public StatutoryClock stop(StatutoryClockId id, Instant at, String reason) {
		StatutoryClock current = lockRunning(id);
		StatutoryClock stopped = new StatutoryClock(current.id(), current.label(), current.subject(), current.startedAt(),
				current.context(), current.deadline(), ClockState.STOPPED, at, reason.strip(), current.version() + 1);
		update(current, stopped);
		audit.record(AuditRecord.of("statutory-clock.stopped", SUBJECT, id, current.label() + "：" + stopped.stopReason()
				+ (stopped.metLate() ? "（已超过期限 " + current.deadline().dueAtText() + "）" : "")));
		events.publishEvent(new StatutoryClockStopped(stopped));
		return stopped;
	}

	/** Stops every running clock of a subject (e.g. all clocks of a measure when the person is released). */
	@Transactional
	public List<StatutoryClock> stopAll(String subjectType, UUID subjectId, Instant at, String reason) {
		return records.ofSubject(subjectType, subjectId).stream().filter(StatutoryClock::running)
			.map(c -> stop(c.id(), at, reason)).toList();
	}

	public Optional<StatutoryClock> find(StatutoryClockId id) {
		return records.find(id);
	}

	public StatutoryClock get(StatutoryClockId id) {
		return find(id).orElseThrow(() -> new NotFound("期限", id));
	}

	/** All clocks of a record, oldest first. */
	public List<StatutoryClock> ofSubject(String subjectType, UUID subjectId) {
		return records.ofSubject(subjectType, subjectId);
	}

	/** All clocks of a case, oldest first. */
	public List<StatutoryClock> ofCase(UUID caseId) {
		return records.ofCase(caseId);
	}

	/** Running clocks due before {@code until} (the overdue ones included), earliest first — the warning scan. */
	public List<StatutoryClock> runningDueBefore(Instant until) {
		return records.runningDueBefore(until);
	}

	private StatutoryClock lockRunning(StatutoryClockId id) {
		StatutoryClock current = records.findForUpdate(id).orElseThrow(() -> new NotFound("期限", id));
		if (!current.running()) {
			throw new ClockAlreadyStopped(current);
		}
		return current;
	}

	private void update(StatutoryClock current, StatutoryClock next) {
		if (!records.update(next, current.version())) {
			throw new StaleVersion("期限", current.id(), current.version());
		}
	}
}
