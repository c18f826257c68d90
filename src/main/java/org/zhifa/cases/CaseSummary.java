package org.zhifa.cases;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhifa.intake.CaseKind;

/** A case as a list row. */
public record CaseSummary(UUID id, CaseKind kind, String number, UUID unitId, String unitName, String offenceCode,
		String offenceName, String summary, CaseStatus status, @Nullable Closing closing, Instant occurredAt, Instant filedAt) {
}
