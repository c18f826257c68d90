package org.zhifa.evidence;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How a recording was linked: to what ({@code targetKind}, {@code targetId}, its label, unit and case), by which rule
 * ({@code AUTO} with the rule's name, or {@code MANUAL} with who and why), whether the match lay only within the configured
 * buffer ({@code borderline}), a sentence that explains it, and the matched fields.
 */
public record RecordingLink(TargetKind targetKind, UUID targetId, String targetLabel, UUID targetUnitId, @Nullable UUID caseId,
		boolean automatic, String rule, boolean borderline, String reason, Map<String, Object> details, Instant linkedAt, String linkedBy) {

	public RecordingLink {
		details = Map.copyOf(details);
	}
}
