package org.zhifa.approval;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A request was finally approved. Published inside the approving transaction: the module owning the subject applies the
 * decision synchronously (an approved 刑事拘留 starts the detention and its clocks), so a decision that can no longer take
 * effect rolls the approval back with the owner's reason.
 *
 * @param officerIds the officers who execute the decision
 * @param documentId the legal document issued with it, if any
 */
public record SubmissionApproved(UUID submissionId, String number, String requestType, UUID caseId, @Nullable UUID partyId,
		Map<String, String> params, List<UUID> officerIds, Instant decidedAt, UUID approvedBy, @Nullable UUID documentId,
		@Nullable String documentNumber) {
}
