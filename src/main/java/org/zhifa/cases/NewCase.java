package org.zhifa.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhifa.intake.CaseFiled;
import org.zhifa.intake.CaseKind;

/** A case to open, as intake's {@link CaseFiled} describes it (or a test, without intake). */
public record NewCase(UUID caseId, CaseKind kind, @Nullable UUID acceptanceId, @Nullable String acceptanceNumber, UUID unitId,
		String offenceCode, String summary, String place, List<UUID> officerIds, Instant occurredAt, Instant filedAt) {

	public NewCase {
		officerIds = List.copyOf(officerIds);
	}

	public static NewCase of(CaseFiled filed) {
		return new NewCase(filed.caseId(), filed.kind(), filed.acceptanceId(), filed.acceptanceNumber(), filed.unitId(),
				filed.offenceCode(), filed.summary(), filed.place(), filed.officerIds(), filed.occurredAt(), filed.filedAt());
	}
}
