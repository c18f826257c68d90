package org.zhifa.officer;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.zhifa.organization.UnitDeactivationGuard;

/**
 * A unit is not deactivated (撤销) while officers still serve in it: transfer or deactivate them first. Officers are
 * placed in units under a shared lock on the unit ({@code UnitDirectory.lockForAssignment}), and organization locks the
 * unit before asking, so no officer slips in between the count and the deactivation.
 */
@Component
class ActiveOfficersBlockDeactivation implements UnitDeactivationGuard {

	private final Officers officers;

	ActiveOfficersBlockDeactivation(Officers officers) {
		this.officers = officers;
	}

	@Override
	public Optional<String> objectionToDeactivating(UUID unitId) {
		long active = officers.countActiveIn(unitId);
		return active == 0 ? Optional.empty() : Optional.of("该单位仍有 " + active + " 名在职人员，请先调出或停用");
	}
}
