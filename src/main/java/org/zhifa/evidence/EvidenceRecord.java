package org.zhifa.evidence;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One piece of evidence (证据) of a case: its kind, what it is, where it came from (the person or place it was obtained
 * from) and when, and what it rests on — a legal document, a recording, a seized property item (a plain reference until the
 * property module offers one) or a 笔录 named by its title. Recorded once; corrections are new records.
 */
public record EvidenceRecord(UUID id, UUID caseId, UUID unitId, EvidenceKind kind, String title, @Nullable String description, String source,
		Instant collectedAt, @Nullable UUID documentId, @Nullable UUID recordingId, @Nullable String recordingNumber,
		@Nullable UUID propertyItemId, @Nullable String transcript, Instant createdAt, String createdBy, long version) {
}
