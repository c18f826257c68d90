package org.zhifa.workbench;

import java.time.Instant;

/**
 * The counts on top of a workbench, at {@code at}.
 *
 * @param overdue open tasks past their due time
 * @param dueSoon open tasks within their lead time
 * @param normal open tasks not yet due soon
 * @param doneToday tasks done since the start of today (Beijing time)
 */
public record TaskSummary(long overdue, long dueSoon, long normal, long doneToday, Instant at) {

	public long open() {
		return overdue + dueSoon + normal;
	}
}
