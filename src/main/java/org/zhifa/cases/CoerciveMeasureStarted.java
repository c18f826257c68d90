package org.zhifa.cases;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A coercive measure began (its clocks started with it). */
public record CoerciveMeasureStarted(UUID caseId, UUID measureId, @Nullable UUID partyId, MeasureKind kind, Instant startedAt) {
}
