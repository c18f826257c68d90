package org.zhifa.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A coercive measure to start.
 *
 * @param partyId the suspect; {@code null} only for 扣押
 * @param officerIds the executing officers, at least two (empty: the case's officers)
 */
public record NewMeasure(@Nullable UUID partyId, MeasureKind kind, Instant startedAt, List<UUID> officerIds, @Nullable String note) {

	public NewMeasure {
		officerIds = List.copyOf(officerIds);
	}
}
