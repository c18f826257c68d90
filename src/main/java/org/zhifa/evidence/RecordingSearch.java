package org.zhifa.evidence;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Filters of the recordings list; every one optional. {@code from}/{@code to}: recordings overlapping the period. */
public record RecordingSearch(@Nullable LinkStatus status, @Nullable DeviceKind kind, @Nullable UUID deviceId, @Nullable UUID caseId,
		@Nullable UUID targetId, @Nullable Instant from, @Nullable Instant to) {
}
