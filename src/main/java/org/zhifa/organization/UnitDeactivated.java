package org.zhifa.organization;

import java.util.UUID;

/** A unit was taken out of service (撤销); it keeps its history and records but accepts no new members. */
public record UnitDeactivated(UUID unitId, String reason) {
}
