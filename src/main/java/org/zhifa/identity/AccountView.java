package org.zhifa.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An account as administrators see it. */
public record AccountView(UUID id, String username, UUID officerId, String officerName, String badgeNumber,
		@Nullable UUID unitId, String unitName, List<RoleName> roles, boolean enabled, @Nullable Instant lockedUntil,
		int failedAttempts, @Nullable Instant lastLoginAt, boolean passwordChangeRequired, long version) {

	public record RoleName(String code, String name) {
	}
}
