package org.zhifa.officer;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An officer as other modules see him or her (identity builds a signed-in user's permissions from the roles). */
public record OfficerSummary(UUID id, String name, String badgeNumber, OfficerKind kind, UUID unitId, Set<Role> roles,
		boolean active, @Nullable LegalOfficerDesignation legalOfficerDesignation) {

	public OfficerSummary {
		roles = Set.copyOf(roles);
	}
}
