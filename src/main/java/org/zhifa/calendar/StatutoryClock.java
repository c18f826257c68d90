package org.zhifa.calendar;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One statutory time limit being watched: started by an act, computed by a {@link PeriodRule} (the version used is
 * kept, with the sentence that explains the due time), and stopped by the act that meets it. See {@link ClockState}.
 *
 * @param deadline the current computation: due time, rule code and version, basis and steps
 * @param context the facts the computation used
 * @param stopReason why it stopped, e.g. "已提请批准逮捕"
 * @param version optimistic-locking version
 */
public record StatutoryClock(StatutoryClockId id, String label, ClockSubject subject, Instant startedAt, DeadlineContext context,
		Deadline deadline, ClockState state, @Nullable Instant stoppedAt, @Nullable String stopReason, long version) {

	public boolean running() {
		return state == ClockState.RUNNING;
	}

	public Instant dueAt() {
		return deadline.dueAt();
	}

	/** Running past its due time. */
	public boolean overdueAt(Instant now) {
		return running() && now.isAfter(deadline.dueAt());
	}

	/** Stopped after its due time had passed. */
	public boolean metLate() {
		return stoppedAt != null && stoppedAt.isAfter(deadline.dueAt());
	}
}
