package org.zhifa.shared;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Alarms of one module cleared at once: by a person ({@code clearedBy} their name) or by the module itself when the
 * condition is gone ({@code clearedBy} null).
 */
public record AlertsCleared(String source, List<UUID> ids, Instant at, @Nullable String clearedBy) {

	public AlertsCleared {
		ids = List.copyOf(ids);
	}
}
