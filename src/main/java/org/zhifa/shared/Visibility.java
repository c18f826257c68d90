package org.zhifa.shared;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which records an actor may see or change under one permission, resolved from its data scope:
 * everything, the records of a set of units, or only the actor's own records.
 *
 * @param scope the data scope it was resolved from
 * @param unitIds the visible units when the scope is UNIT or UNIT_AND_BELOW (empty otherwise)
 * @param officerId the actor's officer, for OWN
 * @param accountId the actor's account, for OWN
 */
public record Visibility(DataScope scope, Set<UUID> unitIds, @Nullable UUID officerId, @Nullable UUID accountId) {

	public Visibility {
		unitIds = Set.copyOf(unitIds);
	}

	public static Visibility all() {
		return new Visibility(DataScope.ALL, Set.of(), null, null);
	}

	public boolean isAll() {
		return scope == DataScope.ALL;
	}

	public boolean isOwn() {
		return scope == DataScope.OWN;
	}

	/** Whether a record belonging to {@code unitId} (and, for OWN, to {@code ownerOfficerId}) is visible. */
	public boolean covers(@Nullable UUID unitId, @Nullable UUID ownerOfficerId) {
		return switch (scope) {
			case ALL -> true;
			case OWN -> officerId != null && officerId.equals(ownerOfficerId);
			case UNIT, UNIT_AND_BELOW -> unitId != null && unitIds.contains(unitId);
		};
	}

	public boolean coversUnit(@Nullable UUID unitId) {
		return scope == DataScope.ALL || (scope != DataScope.OWN && unitId != null && unitIds.contains(unitId));
	}
}
