package org.zhifa.officer;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What is needed to put an officer on the roster. */
public record NewOfficer(String name, String badgeNumber, OfficerKind kind, UUID unitId, Set<Role> roles,
		boolean legalProfessionQualified, @Nullable LegalOfficerDesignation legalOfficerDesignation, @Nullable String phone,
		@Nullable Qualification qualification) {

	public NewOfficer {
		roles = Set.copyOf(roles);
	}
}
