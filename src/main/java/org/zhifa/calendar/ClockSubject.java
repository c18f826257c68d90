package org.zhifa.calendar;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a statutory clock runs for, and who answers for it. The owning module names the record by type and id (a
 * measure, an acceptance, a refusal …); the case, unit and officers let the workbench and supervision find the clock
 * and decide who is warned.
 *
 * @param type the owning record's kind, e.g. {@code coercive-measure}
 * @param id the owning record's id
 * @param caseId the case it belongs to, if any yet (an acceptance has none)
 * @param caseLabel how the case or record reads in a list, e.g. "刑事 2026-0012 张某盗窃案"
 * @param unitId the handling unit
 * @param officerIds the officers answerable for meeting the deadline
 */
public record ClockSubject(String type, UUID id, @Nullable UUID caseId, String caseLabel, UUID unitId, List<UUID> officerIds) {

	public ClockSubject {
		officerIds = List.copyOf(officerIds);
	}
}
