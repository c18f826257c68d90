package org.zhifa.calendar;

/**
 * One running clock to recompute with new facts, named with the version the caller read: if the clock changed since,
 * the whole batch is refused ({@link org.zhifa.shared.StaleVersion}, 409) and nothing is written.
 *
 * @param context the facts the new computation uses (extensions granted, periods excluded, a restart)
 */
public record Recomputation(StatutoryClockId id, long version, DeadlineContext context) {

	/** Recomputes {@code read} — the clock as the caller read it — with {@code context}. */
	public static Recomputation of(StatutoryClock read, DeadlineContext context) {
		return new Recomputation(read.id(), read.version(), context);
	}
}
