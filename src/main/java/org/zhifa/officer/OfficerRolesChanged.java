package org.zhifa.officer;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An officer's roles changed; permissions derived from them change too (identity). */
public record OfficerRolesChanged(UUID officerId, Set<Role> roles, @Nullable LegalOfficerDesignation legalOfficerDesignation) {

	public OfficerRolesChanged {
		roles = Set.copyOf(roles);
	}
}
