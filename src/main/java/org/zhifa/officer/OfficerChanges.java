package org.zhifa.officer;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The editable particulars of an officer, as a whole (what is unchanged is left alone). */
public record OfficerChanges(String name, UUID unitId, Set<Role> roles, boolean legalProfessionQualified,
		@Nullable LegalOfficerDesignation legalOfficerDesignation, @Nullable String phone) {

	public OfficerChanges {
		roles = Set.copyOf(roles);
	}
}
