package org.zhifa.evidence;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An evidence record to add to a case; see {@link EvidenceRecord}. */
public record NewEvidence(EvidenceKind kind, String title, @Nullable String description, String source, Instant collectedAt,
		@Nullable UUID documentId, @Nullable UUID recordingId, @Nullable UUID propertyItemId, @Nullable String transcript) {
}
