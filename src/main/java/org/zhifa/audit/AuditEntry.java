package org.zhifa.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail as listed. {@code sequence}, {@code hash} and {@code previousHash} are
 * {@code null} while the entry is not yet sealed into the chain ({@code sealed = false}).
 *
 * @param actorName the actor's display name at the time
 * @param unitId the actor's unit at the time
 */
public record AuditEntry(@Nullable Long sequence, Instant occurredAt, String actorUsername, String actorName,
		@Nullable UUID unitId, String action, String subjectType, String subjectId, String summary,
		@Nullable String hash, @Nullable String previousHash, boolean sealed) {
}
