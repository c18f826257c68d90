package org.zhifa.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhifa.intake.CaseKind;

/**
 * A criminal or administrative case (案件). Lifecycle: opened {@link CaseStatus#OPEN} when filed (from intake's
 * {@code CaseFiled}); parties are added and coercive measures run while it is open; a {@link Closing} makes it
 * {@link CaseStatus#CLOSED}, which stops every clock of the case. Every change raises {@code version}.
 *
 * @param number A (criminal) or B (administrative) + the unit's 12-digit code + year + 5-digit sequence
 * @param officerIds the handling officers (办案民警), at least two
 */
public record Case(UUID id, CaseKind kind, String number, UUID unitId, String offenceCode, String summary, String place,
		@Nullable UUID acceptanceId, @Nullable String acceptanceNumber, List<UUID> officerIds, Instant occurredAt, Instant filedAt,
		CaseStatus status, @Nullable Closing closing, @Nullable String closingReason, @Nullable Instant closedAt, long version) {

	public Case {
		officerIds = List.copyOf(officerIds);
	}

	public boolean open() {
		return status == CaseStatus.OPEN;
	}

	Case closed(Closing how, String reason, Instant at) {
		return new Case(id, kind, number, unitId, offenceCode, summary, place, acceptanceId, acceptanceNumber, officerIds, occurredAt,
				filedAt, CaseStatus.CLOSED, how, reason, at, version + 1);
	}

	Case touched() {
		return new Case(id, kind, number, unitId, offenceCode, summary, place, acceptanceId, acceptanceNumber, officerIds, occurredAt,
				filedAt, status, closing, closingReason, closedAt, version + 1);
	}
}
