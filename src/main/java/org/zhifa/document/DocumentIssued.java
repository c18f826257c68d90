package org.zhifa.document;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A legal document was issued (and, if {@code corrects} is set, it corrects that earlier one). */
public record DocumentIssued(UUID documentId, String typeCode, String number, UUID unitId, @Nullable UUID caseId,
		Instant issuedAt, @Nullable UUID corrects) {
}
