package org.zhifa.workbench;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.shared.Actor;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.Visibilities;

/**
 * The workbench as the signed-in user sees it: under {@code workbench:read} the tasks assigned to the user's own
 * officer (never anyone else's, whatever the filter), under {@code workbench:unit-read} the open tasks of the units the
 * data scope covers (法制员 their unit, 所长 and 局领导 their unit and below), filtered in SQL. Levels are computed from
 * the moment of the request.
 */
@Service
@Transactional(readOnly = true)
public class Workbench {

	static final String READ = "workbench:read";
	static final String UNIT_READ = "workbench:unit-read";

	private final Tasks tasks;
	private final Alerts alerts;
	private final Visibilities visibilities;
	private final Clock clock;

	Workbench(Tasks tasks, Alerts alerts, Visibilities visibilities, Clock clock) {
		this.tasks = tasks;
		this.alerts = alerts;
		this.visibilities = visibilities;
		this.clock = clock;
	}

	/** The caller's open tasks by due time, optionally of one level, or with the tasks done today after them. */
	public PageResult<Task> myTasks(@Nullable TaskLevel level, boolean includeDoneToday, PageRequest page) {
		visibilities.current(READ);
		UUID officerId = CurrentActor.get().officerId();
		if (officerId == null) {
			return new PageResult<>(java.util.List.of(), 0, page.page(), page.size());
		}
		return tasks.assignedTo(officerId, level, includeDoneToday ? startOfToday() : null, clock.instant(), page);
	}

	/** Counts of the caller's tasks by level, and of those done today. */
	public TaskSummary mySummary() {
		visibilities.current(READ);
		Actor actor = CurrentActor.get();
		Instant now = clock.instant();
		if (actor.officerId() == null) {
			return new TaskSummary(0, 0, 0, 0, now);
		}
		return tasks.summaryOf(actor.officerId(), now, startOfToday());
	}

	/** Open tasks of the units in the caller's scope, optionally of one officer and one level, by due time. */
	public PageResult<Task> unitTasks(@Nullable UUID officerId, @Nullable TaskLevel level, PageRequest page) {
		return tasks.openIn(visibilities.current(UNIT_READ), officerId, level, clock.instant(), page);
	}

	/**
	 * The alarms other modules raised for the caller's officer: the open ones newest first, then (when asked) those
	 * cleared today; at most 200.
	 */
	public java.util.List<WorkbenchAlert> myAlerts(boolean includeClearedToday) {
		visibilities.current(READ);
		UUID officerId = CurrentActor.get().officerId();
		if (officerId == null) {
			return java.util.List.of();
		}
		return alerts.assignedTo(officerId, includeClearedToday ? startOfToday() : null, 200);
	}

	private Instant startOfToday() {
		return LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
	}
}
