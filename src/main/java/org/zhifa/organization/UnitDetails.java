package org.zhifa.organization;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A unit as the administration screens show it.
 *
 * @param path the units from the root down to and including this one
 * @param version for optimistic locking: send it back with every change
 */
public record UnitDetails(UUID id, String code, String name, UnitKind kind, @Nullable UUID parentId,
		@Nullable String parentName, boolean active, List<UnitRef> path, long version) {

	public UnitDetails {
		path = List.copyOf(path);
	}
}
