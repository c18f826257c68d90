package org.zhifa.organization;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A unit was set up in the tree. */
public record UnitCreated(UUID unitId, String code, String name, UnitKind kind, @Nullable UUID parentId) {
}
