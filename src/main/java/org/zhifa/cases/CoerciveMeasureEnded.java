package org.zhifa.cases;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A coercive measure ended — released, changed, decided by the procuratorate or closed with the case. */
public record CoerciveMeasureEnded(UUID caseId, UUID measureId, @Nullable UUID partyId, MeasureKind kind, Instant endedAt,
		String reason) {
}
