package org.zhifa.workbench;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A to-do item (待办) on the workbench: one statutory clock, for the officers answerable for it. Lifecycle: it opens
 * when the clock starts, follows the clock when it is recomputed (a new due time, a new warning time), and is done
 * when the act that meets or ends the clock stops it — the workbench has no "mark as done" of its own. While open its
 * {@link TaskLevel} is computed from the moment asked.
 *
 * @param clockId the statutory clock this task watches (also the task's id)
 * @param subjectType the owning record's kind, e.g. {@code coercive-measure}, {@code acceptance}
 * @param basis the sentence that explains the due time, with the article it rests on
 * @param warnAt from when the task is due soon (the lead time before {@code dueAt})
 * @param doneAt when the act that stopped the clock happened
 * @param doneReason the act, e.g. "已提请批准逮捕"
 */
public record Task(UUID clockId, String label, String subjectType, UUID subjectId, @Nullable UUID caseId, String caseLabel,
		UUID unitId, List<UUID> assigneeIds, String ruleCode, String basis, Instant startedAt, Instant dueAt, String dueAtText,
		Instant warnAt, @Nullable Instant doneAt, @Nullable String doneReason) {

	public Task {
		assigneeIds = List.copyOf(assigneeIds);
	}

	public boolean done() {
		return doneAt != null;
	}

	/** The urgency of an open task at {@code now}; a done task has none. */
	public @Nullable TaskLevel levelAt(Instant now) {
		return done() ? null : TaskLevel.at(now, warnAt, dueAt);
	}

	/** Done after the due time had passed. */
	public boolean metLate() {
		return doneAt != null && doneAt.isAfter(dueAt);
	}
}
