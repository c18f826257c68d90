package org.zhifa.intake;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhifa.calendar.StatutoryClockId;
import org.zhifa.calendar.StatutoryClocks;
import org.zhifa.officer.OfficerDirectory;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.shared.Visibility;

/** Builds the read views of incidents and acceptances: names of units and officers, linked numbers, clocks. */
@Component
class IntakeViews {

	private final Incidents incidents;
	private final Acceptances acceptances;
	private final UnitDirectory units;
	private final OfficerDirectory officers;
	private final StatutoryClocks clocks;

	IntakeViews(Incidents incidents, Acceptances acceptances, UnitDirectory units, OfficerDirectory officers,
			StatutoryClocks clocks) {
		this.incidents = incidents;
		this.acceptances = acceptances;
		this.units = units;
		this.officers = officers;
		this.clocks = clocks;
	}

	/** Whether a record of {@code unitId} handled by {@code officerIds} lies inside the visibility. */
	static boolean visible(Visibility visibility, UUID unitId, List<UUID> officerIds) {
		return switch (visibility.scope()) {
			case ALL -> true;
			case OWN -> visibility.officerId() != null && officerIds.contains(visibility.officerId());
			case UNIT, UNIT_AND_BELOW -> visibility.unitIds().contains(unitId);
		};
	}

	IncidentDetails incident(Incident i) {
		@Nullable String merged = i.mergedIntoId() == null ? null : incidents.numberOf(i.mergedIntoId()).orElse(null);
		@Nullable String accepted = i.acceptanceId() == null ? null
				: acceptances.find(i.acceptanceId()).map(Acceptance::number).orElse(null);
		var transferClock = i.transferClockId() == null ? null : clocks.find(StatutoryClockId.of(i.transferClockId())).orElse(null);
		return new IncidentDetails(i, unitName(i.unitId()), officers(i.officerIds()), merged, accepted, transferClock);
	}

	AcceptanceDetails acceptance(Acceptance a) {
		Incident incident = incidents.find(a.incidentId()).orElseThrow();
		return new AcceptanceDetails(a, incident, unitName(a.unitId()), officers(a.officerIds()),
				clocks.ofSubject(FilingDecisions.SUBJECT, a.id()));
	}

	private String unitName(UUID unitId) {
		return units.find(unitId).map(u -> u.name()).orElse(unitId.toString());
	}

	private List<OfficerRef> officers(List<UUID> ids) {
		return ids.stream().map(id -> officers.find(id).map(o -> new OfficerRef(o.id(), o.name(), o.badgeNumber()))
			.orElse(new OfficerRef(id, "（未知人员）", ""))).toList();
	}
}
