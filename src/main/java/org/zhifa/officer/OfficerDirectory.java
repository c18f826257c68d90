package org.zhifa.officer;

import java.util.Locale;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is who, for other modules (identity builds a signed-in user's permissions from the roles found here).
 * Not restricted by the caller's data scope; what a user may see of the roster is decided by {@link OfficerRoster}.
 */
@Service
@Transactional(readOnly = true)
public class OfficerDirectory {

	private final Officers officers;

	OfficerDirectory(Officers officers) {
		this.officers = officers;
	}

	public Optional<OfficerSummary> find(UUID officerId) {
		return officers.find(OfficerId.of(officerId)).map(Officer::summary);
	}

	/** Ids of the officers of the given units — for modules that scope their own records by officer. */
	public List<UUID> idsInUnits(Collection<UUID> unitIds) {
		return officers.idsIn(unitIds);
	}

	/** Active officers of one unit holding a role, e.g. the 办案部门负责人 who answer for the unit's overdue work. */
	public List<UUID> activeWithRole(Role role, UUID unitId) {
		return officers.activeIdsWithRole(role, unitId);
	}

	/** Whether the officer holds the 法律职业资格 (what a first-time legal reviewer needs); false for an unknown id. */
	public boolean holdsLegalProfessionQualification(UUID officerId) {
		return officers.find(OfficerId.of(officerId)).map(Officer::legalProfessionQualified).orElse(false);
	}

	/** Ids of the officers whose name contains, or whose 警号 starts with, the text (at most 500). */
	public List<UUID> idsMatching(String text) {
		return officers.idsMatching(text);
	}

	/** By 警号 or 辅警编号 (case-insensitive for the F of auxiliary numbers). */
	public Optional<OfficerSummary> findByBadgeNumber(String badgeNumber) {
		return officers.findByBadgeNumber(badgeNumber.strip().toUpperCase(Locale.ROOT)).map(Officer::summary);
	}
}
