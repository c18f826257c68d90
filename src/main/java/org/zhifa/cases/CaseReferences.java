package org.zhifa.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks a case and one of its parties up for a module that links its own records to them (custody links a visit to the
 * case and the person brought in). Applies no data scope: the calling module decides who may link what.
 */
@Service
@Transactional(readOnly = true)
public class CaseReferences {

	private final Cases cases;
	private final Parties parties;
	private final OffenceCatalogue offences;
	private final Measures measures;

	CaseReferences(Cases cases, Parties parties, OffenceCatalogue offences, Measures measures) {
		this.measures = measures;
		this.cases = cases;
		this.parties = parties;
		this.offences = offences;
	}

	/**
	 * The case, with the party when {@code partyId} is given and belongs to it; empty when there is no such case, or the
	 * party is not one of its parties.
	 */
	public Optional<CaseReference> find(UUID caseId, @Nullable UUID partyId) {
		Optional<Case> found = cases.find(caseId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Case c = found.get();
		Party party = null;
		if (partyId != null) {
			party = parties.find(partyId).filter(p -> p.caseId().equals(caseId)).orElse(null);
			if (party == null) {
				return Optional.empty();
			}
		}
		String label = offences.find(c.offenceCode()).map(o -> CaseManagement.label(c, o)).orElse(c.number());
		return Optional.of(new CaseReference(c.id(), c.number(), label, c.kind(), c.unitId(), c.officerIds(), c.filedAt(), c.open(), party));
	}

	/** A suspect of a criminal case brought in under a measure (传唤, 拘传, 刑事拘留): the denominator of 入区率. */
	public record SuspectBroughtIn(UUID unitId, UUID caseId, UUID partyId) {
	}

	/**
	 * The suspects of criminal cases of the units given (null: all units) brought in under 传唤, 拘传 or 刑事拘留 started in
	 * [from, to), one per case and party — whom the 执法办案管理中心 should have received.
	 */
	public List<SuspectBroughtIn> suspectsBroughtIn(Instant from, Instant to, @Nullable Collection<UUID> unitIds) {
		return measures.suspectsBroughtIn(from, to, unitIds == null ? null : List.copyOf(unitIds));
	}
}
