package org.zhifa.intake;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.zhifa.shared.InvalidInput;

/** The time rules every intake act keeps: nothing happens in the future, and nothing before the act it follows. */
final class IntakeTimes {

	private IntakeTimes() {
	}

	static Instant checked(String field, String what, Instant at, @Nullable Instant follows, String followsWhat, Instant now) {
		if (at.isAfter(now)) {
			throw new InvalidInput(field, what + "不能晚于当前时间");
		}
		if (follows != null && at.isBefore(follows)) {
			throw new InvalidInput(field, what + "不能早于" + followsWhat);
		}
		return at;
	}
}
