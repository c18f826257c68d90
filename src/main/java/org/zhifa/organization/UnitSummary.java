package org.zhifa.organization;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A unit as other modules see it. */
public record UnitSummary(UUID id, String code, String name, UnitKind kind, @Nullable UUID parentId, boolean active) {

	public boolean isRoot() {
		return parentId == null;
	}
}
