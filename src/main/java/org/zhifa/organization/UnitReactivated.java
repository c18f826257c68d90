package org.zhifa.organization;

import java.util.UUID;

/** A deactivated unit was put back into service. */
public record UnitReactivated(UUID unitId, String reason) {
}
