package org.zhifa.custody;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An alarm of a centre's board: raised by the evaluation, seen and cleared by a person — or cleared by the system
 * ({@code clearedBy} null) when a condition alarm's condition is gone.
 *
 * @param subjectId what it is about: the visit, the room or the questioning session
 */
public record Alarm(UUID id, AlarmKind kind, UUID subjectId, @Nullable UUID visitId, @Nullable UUID roomId, UUID centerId, UUID unitId,
		String detail, Instant raisedAt, @Nullable Instant seenAt, @Nullable UUID seenBy, @Nullable String seenByName,
		@Nullable Instant clearedAt, @Nullable UUID clearedBy, @Nullable String clearedByName, long version) {

	public boolean open() {
		return clearedAt == null;
	}

	public String kindLabel() {
		return kind.label();
	}
}
