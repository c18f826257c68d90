package org.zhifa.organization;

import java.util.Optional;
import java.util.UUID;

/**
 * A veto on deactivating a unit, for modules that keep records in units (the officer module objects while a
 * unit still has active officers). Organization calls every guard bean inside the deactivating transaction,
 * after it has locked the unit row, so a guard that counts records sees everything committed before.
 * This keeps organization ignorant of its dependants: they register the guard, organization never calls them by name.
 */
public interface UnitDeactivationGuard {

	/**
	 * Why the unit may not be deactivated now, as a zh-CN sentence for the user, e.g. "该单位仍有 3 名在职民警";
	 * empty when this guard has no objection.
	 */
	Optional<String> objectionToDeactivating(UUID unitId);
}
