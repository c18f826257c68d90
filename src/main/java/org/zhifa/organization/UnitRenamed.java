package org.zhifa.organization;

import java.util.UUID;

/** A unit got a new name. */
public record UnitRenamed(UUID unitId, String oldName, String newName) {
}
