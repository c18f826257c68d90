package org.zhifa.evidence;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One piece of evidence (证据) of a case: its kind, what it is, where it came from (the person or place it was obtained
 * from) and when, and what it rests on — a legal document of the case (with its 文号), a recording linked to the case (with
 * its number), a property item of the case (with its code) or a 笔录 named by its title; which of them the kind needs is
 * {@link EvidenceKind}'s rule, and {@link EvidenceSources} checks each reference. Recorded once; corrections are new records.
 */
public record EvidenceRecord(UUID id, UUID caseId, UUID unitId, EvidenceKind kind, String title, @Nullable String description, String source,
		Instant collectedAt, @Nullable UUID documentId, @Nullable String documentNumber, @Nullable UUID recordingId,
		@Nullable String recordingNumber, @Nullable UUID propertyItemId, @Nullable String propertyItemCode, @Nullable String transcript, Instant createdAt, String createdBy, long version) {
}
