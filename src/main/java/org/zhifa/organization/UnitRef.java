package org.zhifa.organization;

import java.util.UUID;

/** A unit named for display, e.g. one step of a path. */
public record UnitRef(UUID id, String name) {
}
