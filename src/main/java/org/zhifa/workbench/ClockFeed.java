package org.zhifa.workbench;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.calendar.StatutoryClock;
import org.zhifa.calendar.StatutoryClockRecomputed;
import org.zhifa.calendar.StatutoryClockStarted;
import org.zhifa.calendar.StatutoryClockStopped;
import org.zhifa.calendar.StatutoryClocksRecomputed;

/**
 * Keeps the workbench in step with the calendar's statutory clocks: a started clock opens a task for its officers, a
 * recomputed one moves the task's due and warning times, a stopped one marks the task done with the act that stopped
 * it. Each event carries the whole clock with its version, so handling is idempotent and order-safe: a repeated or a
 * late, older event writes nothing. Runs after the publishing transaction commits, in a transaction of its own, with
 * the event publication registry keeping an unhandled event for resubmission.
 */
@Component
class ClockFeed {

	private static final String SUBJECT = "workbench-task";

	private final Tasks tasks;
	private final LeadTimePolicy policy;
	private final AuditTrail audit;
	private final Clock clock;

	ClockFeed(Tasks tasks, WorkbenchSettings settings, AuditTrail audit, Clock clock) {
		this.tasks = tasks;
		this.policy = new LeadTimePolicy(settings.leadTimes());
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(StatutoryClockStarted event) {
		if (follow(event.clock())) {
			audit(event.clock(), "workbench.task-opened", "待办：" + event.clock().label() + "，期限 " + event.clock().deadline().dueAtText()
					+ "，承办民警 " + event.clock().subject().officerIds().size() + " 人");
		}
	}

	/**
	 * Every clock one act recomputed, in one transaction: the tasks move with one statement and the act is audited once
	 * (about the task when it is one, about the case when several tasks of one case moved). Tasks already holding a
	 * version as new are left alone and not mentioned.
	 */
	@ApplicationModuleListener
	void on(StatutoryClocksRecomputed event) {
		Instant now = clock.instant();
		List<Tasks.Following> rows = event.clocks().stream().map(c -> following(c, now)).toList();
		Set<UUID> written = tasks.followAll(rows, now);
		List<StatutoryClock> moved = event.clocks().stream().filter(c -> written.contains(c.id().value())).toList();
		if (moved.size() == 1) {
			rescheduled(moved.get(0));
		}
		else if (!moved.isEmpty()) {
			String summary = moved.stream().map(c -> c.label() + " → " + c.deadline().dueAtText())
				.collect(Collectors.joining("；", "待办期限改变（" + moved.size() + " 项）：", ""));
			UUID caseId = moved.get(0).subject().caseId();
			boolean oneCase = caseId != null && moved.stream().allMatch(c -> caseId.equals(c.subject().caseId()));
			audit.record(oneCase ? AuditRecord.of("workbench.task-rescheduled", "legal-case", caseId, abbreviate(summary))
					: AuditRecord.of("workbench.task-rescheduled", SUBJECT, moved.get(0).id(), abbreviate(summary)));
		}
	}

	/** A single clock's recomputation as published before {@link StatutoryClocksRecomputed}, still in the registry. */
	@ApplicationModuleListener
	void on(StatutoryClockRecomputed event) {
		if (follow(event.clock())) {
			rescheduled(event.clock());
		}
	}

	@ApplicationModuleListener
	void on(StatutoryClockStopped event) {
		StatutoryClock stopped = event.clock();
		if (follow(stopped)) {
			audit(stopped, "workbench.task-done", "待办已办结：" + stopped.label() + "（" + stopped.stopReason() + "）"
					+ (stopped.metLate() ? "，超过期限 " + stopped.deadline().dueAtText() : ""));
		}
	}

	private boolean follow(StatutoryClock c) {
		Instant now = clock.instant();
		Tasks.Following row = following(c, now);
		return tasks.follow(c, row.warnAt(), row.levelNow(), now);
	}

	private Tasks.Following following(StatutoryClock c, Instant now) {
		Instant warnAt = policy.warnAt(c.deadline().ruleCode(), c.startedAt(), c.dueAt());
		return new Tasks.Following(c, warnAt, TaskLevel.at(now, warnAt, c.dueAt()));
	}

	private void rescheduled(StatutoryClock c) {
		audit(c, "workbench.task-rescheduled", "待办：" + c.label() + "，期限改为 " + c.deadline().dueAtText());
	}

	private static String abbreviate(String summary) {
		return summary.length() <= 4000 ? summary : summary.substring(0, 3990) + "……";
	}

	private void audit(StatutoryClock c, String action, String summary) {
		audit.record(AuditRecord.of(action, SUBJECT, c.id(), summary));
	}
}
