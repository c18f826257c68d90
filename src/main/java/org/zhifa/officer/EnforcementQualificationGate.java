package org.zhifa.officer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asked by the modules that record enforcement actions (intake, cases, custody, property …): may this officer, or
 * this team, act on that day? See {@link EnforcementEligibility} for the rule. Not restricted by data scope.
 */
@Service
@Transactional(readOnly = true)
public class EnforcementQualificationGate {

	private final Officers officers;

	EnforcementQualificationGate(Officers officers) {
		this.officers = officers;
	}

	/** Whether the officer may act on his or her own on {@code onDay} (an auxiliary never may). */
	public Eligibility check(UUID officerId, LocalDate onDay) {
		return officers.find(OfficerId.of(officerId))
			.map(officer -> EnforcementEligibility.alone(officer, onDay))
			.orElseGet(() -> Eligibility.of(List.of("人员不存在：" + officerId)));
	}

	/** Whether the officers may act together on {@code onDay}; duplicates count once. */
	public Eligibility checkTeam(Collection<UUID> officerIds, LocalDate onDay) {
		Set<UUID> ids = new LinkedHashSet<>(officerIds);
		List<Officer> members = officers.findAll(ids);
		Set<UUID> found = members.stream().map(o -> o.id().value()).collect(Collectors.toSet());
		List<UUID> unknown = ids.stream().filter(id -> !found.contains(id)).toList();
		return EnforcementEligibility.team(members, unknown, onDay);
	}

	/**
	 * Refuses a team that may not act: {@link AuxiliaryCannotActAlone} when the only problem is that no eligible sworn
	 * officer accompanies the auxiliaries, {@link EnforcementNotPermitted} (with all reasons) otherwise.
	 */
	public void requireTeam(Collection<UUID> officerIds, LocalDate onDay) {
		Eligibility eligibility = checkTeam(officerIds, onDay);
		if (eligibility.eligible()) {
			return;
		}
		if (eligibility.reasons().equals(List.of(AuxiliaryCannotActAlone.REASON))) {
			throw new AuxiliaryCannotActAlone();
		}
		throw new EnforcementNotPermitted(eligibility.reasons());
	}
}
