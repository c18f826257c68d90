package org.zhifa.intake;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.zhifa.calendar.StatutoryClock;

/** An incident as the desk shows it: with unit and officer names, what it was merged into or accepted as, its clock. */
public record IncidentDetails(Incident incident, String unitName, List<OfficerRef> officers, @Nullable String mergedIntoNumber,
		@Nullable String acceptanceNumber, @Nullable StatutoryClock transferClock) {

	public IncidentDetails {
		officers = List.copyOf(officers);
	}
}
