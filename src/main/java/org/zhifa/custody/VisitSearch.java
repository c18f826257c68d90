package org.zhifa.custody;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Filters of the visit list (history search); all optional. {@code name} matches the person's name or the file number. */
public record VisitSearch(@Nullable UUID centerId, @Nullable UUID unitId, @Nullable UUID caseId, @Nullable Boolean inside,
		@Nullable VisitReason reason, @Nullable Instant arrivedFrom, @Nullable Instant arrivedBefore, @Nullable String name) {
}
