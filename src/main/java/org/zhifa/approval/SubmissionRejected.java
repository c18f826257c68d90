package org.zhifa.approval;

import java.time.Instant;
import java.util.UUID;

/** A request was refused (不予批准) at some step or by collective deliberation; its subject stays as it was. */
public record SubmissionRejected(UUID submissionId, String number, String requestType, UUID caseId, Instant decidedAt, String reason) {
}
