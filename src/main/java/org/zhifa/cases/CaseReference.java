package org.zhifa.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhifa.intake.CaseKind;

/**
 * A case as another module names it when it records something for the case and one of its parties (custody's 入区): the
 * case's number and label, kind, handling unit and officers, when it was filed, and the party asked for.
 *
 * @param label how the case reads in a list, e.g. "A990101000100202600012 盗窃案"
 */
public record CaseReference(UUID caseId, String number, String label, CaseKind kind, UUID unitId, List<UUID> officerIds, Instant filedAt,
		boolean open, @Nullable Party party) {

	public CaseReference {
		officerIds = List.copyOf(officerIds);
	}
}
