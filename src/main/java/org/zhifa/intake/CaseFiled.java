package org.zhifa.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An accepted matter became a case: a criminal 立案 decision, an administrative acceptance (受案 proceeds as a case),
 * or a criminal matter converted to an administrative case, or a 不予立案 overturned on 复议/复核. Published inside the
 * deciding transaction; once it committed, the cases module opens the case under {@code caseId} from the event
 * publication registry (retried on failure). Intake checks only that the 案由 is present and well-formed (it cannot see
 * the catalogue); an unknown code or one of the other kind would keep the case from opening, which is why the UI offers
 * only catalogue entries of the kind the decision leads to.
 *
 * @param caseId the id the new case takes (chosen here, so the decision can point at it)
 * @param acceptanceNumber the 受案 number, shown on the case
 * @param offenceCode the 案由 chosen from the offence catalogue of the cases module (always present)
 * @param officerIds the handling officers (at least two for enforcement steps)
 * @param occurredAt when the incident happened, as reported
 * @param filedAt when the decision took effect
 */
public record CaseFiled(UUID caseId, CaseKind kind, UUID acceptanceId, String acceptanceNumber, UUID unitId, String offenceCode,
		String summary, String place, List<UUID> officerIds, Instant occurredAt, Instant filedAt) {

	public CaseFiled {
		officerIds = List.copyOf(officerIds);
	}
}
