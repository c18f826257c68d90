package org.zhifa.officer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.zhifa.organization.UnitDirectory;

/** Turns officers into {@link OfficerDetails}: unit names from organization, qualification status for today. */
@Component
class OfficerViews {

	private final UnitDirectory units;
	private final OfficerSettings settings;
	private final Clock clock;

	OfficerViews(UnitDirectory units, OfficerSettings settings, Clock clock) {
		this.units = units;
		this.settings = settings;
		this.clock = clock;
	}

	/** Today where the business runs (the clock's zone, Asia/Shanghai). */
	LocalDate today() {
		return LocalDate.now(clock);
	}

	OfficerDetails of(Officer officer) {
		return of(List.of(officer)).getFirst();
	}

	List<OfficerDetails> of(List<Officer> officers) {
		Set<UUID> unitIds = officers.stream().map(o -> o.unitId().value()).collect(Collectors.toSet());
		Map<UUID, String> unitNames = units.namesOf(unitIds);
		LocalDate today = today();
		return officers.stream().map(o -> new OfficerDetails(o.id().value(), o.name(), o.badgeNumber(), o.kind(),
				o.unitId().value(), unitNames.get(o.unitId().value()), o.roles().stream().sorted().toList(), o.qualification(),
				o.qualificationStatus(today, settings.expiryWarningDays()), o.legalProfessionQualified(), o.designation(),
				o.phone(), o.isActive(), o.version())).toList();
	}
}
