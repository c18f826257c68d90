package org.zhifa.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One coercive measure on a suspect (or, for 扣押, in the case). Lifecycle: {@link Status#ACTIVE} from its start, when
 * its clocks start; acts stop single clocks; it {@link Status#ENDED} by release, by a change to another measure, by the
 * procuratorate's decision (提请批准逮捕: {@code outcome} APPROVED or REFUSED) or by closing — every clock it still runs
 * stops then.
 */
public record CoerciveMeasure(UUID id, UUID caseId, @Nullable UUID partyId, MeasureKind kind, Status status,
		@Nullable Outcome outcome, List<UUID> officerIds, Instant startedAt, @Nullable Instant endedAt, @Nullable String endReason,
		@Nullable String note, long version) {

	public CoerciveMeasure {
		officerIds = List.copyOf(officerIds);
	}

	public boolean active() {
		return status == Status.ACTIVE;
	}

	CoerciveMeasure ended(Instant at, String reason, @Nullable Outcome result) {
		return new CoerciveMeasure(id, caseId, partyId, kind, Status.ENDED, result, officerIds, startedAt, at, reason, note, version + 1);
	}

	CoerciveMeasure touched() {
		return new CoerciveMeasure(id, caseId, partyId, kind, status, outcome, officerIds, startedAt, endedAt, endReason, note, version + 1);
	}

	public enum Status {
		ACTIVE, ENDED
	}

	/** The procuratorate's decision on a 提请批准逮捕. */
	public enum Outcome {
		APPROVED, REFUSED
	}
}
