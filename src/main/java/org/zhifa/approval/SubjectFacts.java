package org.zhifa.approval;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhifa.intake.CaseKind;

/**
 * A request's subject as {@link ApprovalSubjects} describes it.
 *
 * @param caseLabel 案件编号 and 案由, as documents and tasks show it
 * @param officerIds the case's handling officers
 * @param partyName the party the request is about, if any
 * @param minorInvolved whether that party (or, without one, any party of the case) is a minor
 * @param draftFields what the owner can fill in on the draft document (被拘留人, 性别, 出生日期, 案件名称 …), by document field key
 */
public record SubjectFacts(UUID caseId, String caseLabel, CaseKind caseKind, UUID unitId, List<UUID> officerIds, String offenceName,
		@Nullable UUID partyId, @Nullable String partyName, boolean minorInvolved, java.util.Map<String, String> draftFields) {

	public SubjectFacts {
		officerIds = List.copyOf(officerIds);
		draftFields = java.util.Map.copyOf(draftFields);
	}
}
