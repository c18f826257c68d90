package org.zhifa.document;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Filters of the document list; all optional. {@code text} matches the 文号 or the case label. */
public record DocumentSearch(@Nullable String typeCode, @Nullable UUID caseId, @Nullable UUID unitId,
		@Nullable Instant issuedFrom, @Nullable Instant issuedBefore, @Nullable String text) {
}
