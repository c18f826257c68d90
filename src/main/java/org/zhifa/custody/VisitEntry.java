package org.zhifa.custody;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of the visit's record (使用管理登记): what was done, when, by which officers, recorded by whom, with the step's
 * details (findings, items, room …). Append-only.
 */
public record VisitEntry(int seq, String kind, Instant at, List<UUID> officerIds, @Nullable UUID recordedBy, String recordedByName,
		String summary, Map<String, Object> details) {

	public VisitEntry {
		officerIds = List.copyOf(officerIds);
	}
}
