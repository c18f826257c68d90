package org.zhifa.workbench;

import java.time.Clock;
import java.time.Instant;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.calendar.StatutoryClock;
import org.zhifa.calendar.StatutoryClockRecomputed;
import org.zhifa.calendar.StatutoryClockStarted;
import org.zhifa.calendar.StatutoryClockStopped;

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

	@ApplicationModuleListener
	void on(StatutoryClockRecomputed event) {
		if (follow(event.clock())) {
			audit(event.clock(), "workbench.task-rescheduled", "待办：" + event.clock().label() + "，期限改为 " + event.clock().deadline().dueAtText());
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
		Instant warnAt = policy.warnAt(c.deadline().ruleCode(), c.startedAt(), c.dueAt());
		return tasks.follow(c, warnAt, TaskLevel.at(now, warnAt, c.dueAt()), now);
	}

	private void audit(StatutoryClock c, String action, String summary) {
		audit.record(AuditRecord.of(action, SUBJECT, c.id(), summary));
	}
}
