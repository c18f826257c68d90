package org.zhifa.workbench;

import java.time.Instant;

/**
 * How urgent an open task is at a given moment, computed on read so it is never stale: {@link #NORMAL} before its
 * warning time, {@link #DUE_SOON} from the warning time up to the due time, {@link #OVERDUE} once the due time has
 * passed (as the calendar counts it: strictly after).
 */
public enum TaskLevel {
	NORMAL("进行中"), DUE_SOON("即将到期"), OVERDUE("逾期");

	private final String label;

	TaskLevel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static TaskLevel at(Instant now, Instant warnAt, Instant dueAt) {
		if (now.isAfter(dueAt)) {
			return OVERDUE;
		}
		return now.isBefore(warnAt) ? NORMAL : DUE_SOON;
	}

	boolean above(TaskLevel other) {
		return ordinal() > other.ordinal();
	}
}
