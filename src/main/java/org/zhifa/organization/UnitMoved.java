package org.zhifa.organization;

import java.util.UUID;

/** A unit (with everything below it) was placed under another parent; data scopes below it change. */
public record UnitMoved(UUID unitId, UUID fromParentId, UUID toParentId, String reason) {
}
