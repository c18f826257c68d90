package org.zhifa.custody;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An admission (入区): either a party of a case ({@code caseId} + {@code partyId}) or a person registered on the spot
 * ({@code personName}, {@code citizenId} if known; a case optional), the reason, the arrival, the two escorting officers
 * and the centre.
 *
 * @param extensions codes of the clock's extensions already granted (e.g. {@code complex} for a 24h 传唤), usually none
 */
public record NewAdmission(UUID centerId, @Nullable UUID caseId, @Nullable UUID partyId, @Nullable String personName,
		@Nullable String citizenId, @Nullable Boolean suspect, VisitReason reason, Instant arrivedAt, List<UUID> escortIds,
		@Nullable List<String> extensions) {
}
