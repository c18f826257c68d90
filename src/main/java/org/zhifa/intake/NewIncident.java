package org.zhifa.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A report to register.
 *
 * @param requestId chosen by the client; the same id twice yields the first incident, not a second one
 * @param reporterCitizenId as typed; checked under GB 11643 when given
 */
public record NewIncident(UUID requestId, IncidentSource source, Instant receivedAt, @Nullable Instant occurredAt, String place,
		String reporterName, @Nullable String reporterPhone, @Nullable String reporterCitizenId, String summary,
		List<UUID> officerIds) {

	public NewIncident {
		officerIds = List.copyOf(officerIds);
	}
}
