package org.zhifa.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.zhifa.shared.InvalidInput;

/**
 * Criteria of an audit list; each given criterion must match exactly, {@code from} and {@code to} bound
 * the time of the entry inclusively. Blank strings mean "any".
 *
 * @param actor the actor's username
 */
public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable String subjectType,
		@Nullable String subjectId, @Nullable Instant from, @Nullable Instant to) {

	public AuditFilter {
		actor = blankToNull(actor);
		action = blankToNull(action);
		subjectType = blankToNull(subjectType);
		subjectId = blankToNull(subjectId);
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInput("to", "结束时间不能早于开始时间");
		}
	}

	public static AuditFilter any() {
		return new AuditFilter(null, null, null, null, null, null);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
