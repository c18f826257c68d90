package org.zhifa.cases;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the case timeline: what happened when, who recorded it, and which clocks it started or stopped (as
 * they read: "提请批准逮捕（张三），2026-03-04 24:00 届满").
 */
public record CaseEvent(Instant at, Instant recordedAt, String actorUsername, String actorName, String kind, String summary,
		List<String> clocksStarted, List<String> clocksStopped) {

	public CaseEvent {
		clocksStarted = List.copyOf(clocksStarted);
		clocksStopped = List.copyOf(clocksStopped);
	}
}
