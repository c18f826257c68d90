package org.zhifa.officer;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An officer as the administration screens show him or her.
 *
 * @param roles in the order of {@link Role}
 * @param qualificationStatus computed for today (Asia/Shanghai)
 * @param version for optimistic locking: send it back with every change
 */
public record OfficerDetails(UUID id, String name, String badgeNumber, OfficerKind kind, UUID unitId,
		@Nullable String unitName, List<Role> roles, @Nullable Qualification qualification,
		QualificationStatus qualificationStatus, boolean legalProfessionQualified,
		@Nullable LegalOfficerDesignation legalOfficerDesignation, @Nullable String phone, boolean active, long version) {

	public OfficerDetails {
		roles = List.copyOf(roles);
	}
}
