package org.zhifa.intake;

import java.util.List;

import org.zhifa.calendar.StatutoryClock;

/** An acceptance with the incident it came from, unit and officer names, and all its statutory clocks (oldest first). */
public record AcceptanceDetails(Acceptance acceptance, Incident incident, String unitName, List<OfficerRef> officers,
		List<StatutoryClock> clocks) {

	public AcceptanceDetails {
		officers = List.copyOf(officers);
		clocks = List.copyOf(clocks);
	}
}
