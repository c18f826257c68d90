package org.zhifa.workbench.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.officer.OfficerDirectory;
import org.zhifa.officer.OfficerSummary;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.workbench.Task;
import org.zhifa.workbench.TaskLevel;
import org.zhifa.workbench.TaskSummary;
import org.zhifa.workbench.Workbench;
import org.zhifa.workbench.WorkbenchAlert;

/**
 * docs/api.md § Workbench: the caller's own tasks and their counts need {@code workbench:read} (scope OWN); the open
 * tasks of the caller's unit (and below, per data scope) need {@code workbench:unit-read}.
 */
@RestController
@RequestMapping("/api/workbench")
class WorkbenchController {

	private final Workbench workbench;
	private final OfficerDirectory officers;
	private final Clock clock;

	WorkbenchController(Workbench workbench, OfficerDirectory officers, Clock clock) {
		this.workbench = workbench;
		this.officers = officers;
		this.clock = clock;
	}

	@GetMapping("/tasks")
	@PreAuthorize("hasAuthority('workbench:read')")
	PageResult<TaskJson> tasks(@RequestParam(required = false) @Nullable TaskLevel level,
			@RequestParam(required = false, defaultValue = "false") boolean includeDoneToday,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		return withNames(workbench.myTasks(level, includeDoneToday, PageRequest.of(page, size)));
	}

	@GetMapping("/summary")
	@PreAuthorize("hasAuthority('workbench:read')")
	SummaryJson summary() {
		return SummaryJson.of(workbench.mySummary());
	}

	@GetMapping("/alerts")
	@PreAuthorize("hasAuthority('workbench:read')")
	java.util.List<WorkbenchAlert> alerts(@RequestParam(required = false, defaultValue = "false") boolean includeClearedToday) {
		return workbench.myAlerts(includeClearedToday);
	}

	@GetMapping("/unit-tasks")
	@PreAuthorize("hasAuthority('workbench:unit-read')")
	PageResult<TaskJson> unitTasks(@RequestParam(required = false) @Nullable UUID officerId,
			@RequestParam(required = false) @Nullable TaskLevel level,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		return withNames(workbench.unitTasks(officerId, level, PageRequest.of(page, size)));
	}

	private PageResult<TaskJson> withNames(PageResult<Task> found) {
		Map<UUID, String> names = found.items().stream().flatMap(t -> t.assigneeIds().stream()).distinct()
			.map(officers::find).flatMap(java.util.Optional::stream)
			.collect(Collectors.toMap(OfficerSummary::id, OfficerSummary::name, (a, b) -> a));
		Instant now = clock.instant();
		return found.map(t -> TaskJson.of(t, now, id -> names.getOrDefault(id, "未知民警")));
	}

	record Assignee(UUID officerId, String name) {
	}

	/**
	 * A task as the UI shows it: the level at the moment of the request (the UI recomputes it live from {@code warnAt}
	 * and {@code dueAt}), the legal basis of the due time, and who answers for it.
	 */
	record TaskJson(UUID clockId, String label, String subjectType, UUID subjectId, @Nullable UUID caseId, String caseLabel,
			UUID unitId, java.util.List<Assignee> assignees, String ruleCode, String basis, Instant startedAt, Instant warnAt,
			Instant dueAt, String dueAtText, @Nullable TaskLevel level, @Nullable String levelLabel, boolean done,
			@Nullable Instant doneAt, @Nullable String doneReason, boolean metLate) {

		static TaskJson of(Task t, Instant now, Function<UUID, String> names) {
			TaskLevel level = t.levelAt(now);
			return new TaskJson(t.clockId(), t.label(), t.subjectType(), t.subjectId(), t.caseId(), t.caseLabel(), t.unitId(),
					t.assigneeIds().stream().map(id -> new Assignee(id, names.apply(id))).toList(), t.ruleCode(), t.basis(),
					t.startedAt(), t.warnAt(), t.dueAt(), t.dueAtText(), level, level == null ? null : level.label(), t.done(),
					t.doneAt(), t.doneReason(), t.metLate());
		}
	}

	record SummaryJson(long overdue, long dueSoon, long normal, long open, long doneToday, Instant at) {

		static SummaryJson of(TaskSummary s) {
			return new SummaryJson(s.overdue(), s.dueSoon(), s.normal(), s.open(), s.doneToday(), s.at());
		}
	}
}
