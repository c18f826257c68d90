package org.zhifa.calendar;

import java.util.UUID;

/** Identifies one running or stopped {@link StatutoryClock}. */
public record StatutoryClockId(UUID value) {

	public static StatutoryClockId of(UUID value) {
		return new StatutoryClockId(value);
	}

	public static StatutoryClockId random() {
		return new StatutoryClockId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
