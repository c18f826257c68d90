package org.zhifa.officer;

import java.util.UUID;

/** An officer was put on the roster. */
public record OfficerRegistered(UUID officerId, String badgeNumber, OfficerKind kind, UUID unitId) {
}
