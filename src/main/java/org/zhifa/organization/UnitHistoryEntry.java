package org.zhifa.organization;

import java.time.Instant;

/** One entry of a unit's append-only history: what changed, when, by whom, and a zh-CN description. */
public record UnitHistoryEntry(Instant at, UnitChange action, String actorName, String detail) {
}
