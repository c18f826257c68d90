package org.zhifa.cases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.calendar.Deadlines;
import org.zhifa.calendar.Extension;
import org.zhifa.calendar.StatutoryClock;
import org.zhifa.officer.OfficerDirectory;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.PageRequest;

/**
 * Reading cases under {@code case:read}: the list filtered in SQL by the caller's data scope, and one case with
 * everything its page shows. Opening a case shows personal data (公民身份号码) and is audited.
 */
@Service
public class CaseQueries {

	private final Cases cases;
	private final Parties parties;
	private final Measures measures;
	private final CaseEvents timeline;
	private final CaseClocks clocks;
	private final CaseAccess access;
	private final OffenceCatalogue offences;
	private final UnitDirectory units;
	private final OfficerDirectory officers;
	private final Deadlines deadlines;
	private final AuditTrail audit;

	CaseQueries(Cases cases, Parties parties, Measures measures, CaseEvents timeline, CaseClocks clocks, CaseAccess access,
			OffenceCatalogue offences, UnitDirectory units, OfficerDirectory officers, Deadlines deadlines, AuditTrail audit) {
		this.cases = cases;
		this.parties = parties;
		this.measures = measures;
		this.timeline = timeline;
		this.clocks = clocks;
		this.access = access;
		this.offences = offences;
		this.units = units;
		this.officers = officers;
		this.deadlines = deadlines;
		this.audit = audit;
	}

	/**
	 * The visible cases matching the search, newest filing first.
	 *
	 * @param unitId a unit to filter by, {@code null} for any
	 * @param includeSubunits with the units below it
	 */
	@Transactional(readOnly = true)
	public CasePage search(CaseSearch search, @Nullable UUID unitId, boolean includeSubunits, PageRequest page) {
		CaseSearch effective = search;
		if (unitId != null) {
			Set<UUID> unitIds = includeSubunits ? units.selfAndDescendants(unitId) : Set.of(unitId);
			effective = new CaseSearch(unitIds, search.status(), search.kind(), search.offenceCode(), search.officerId(),
					search.filedFrom(), search.filedBefore(), search.number());
		}
		CaseList found = cases.search(effective, access.reading(), page);
		Set<UUID> unitIds = found.items().stream().map(Case::unitId).collect(Collectors.toSet());
		Map<UUID, String> unitNames = units.namesOf(unitIds);
		Map<String, Offence> catalogue = offences.list(null).stream().collect(Collectors.toMap(Offence::code, Function.identity()));
		List<CaseSummary> items = found.items().stream().map(c -> new CaseSummary(c.id(), c.kind(), c.number(), c.unitId(),
				unitNames.getOrDefault(c.unitId(), ""), c.offenceCode(), catalogue.get(c.offenceCode()).name(), c.summary(), c.status(),
				c.closing(), c.occurredAt(), c.filedAt())).toList();
		return new CasePage(items, found.total(), found.totalExact(), found.page(), found.size());
	}

	/** One visible case with everything its page shows; the read is audited. */
	@Transactional
	public CaseDetails get(UUID caseId) {
		Case c = cases.find(caseId).filter(access::canRead).orElseThrow(() -> new NotFound("案件", caseId));
		Offence offence = offences.find(c.offenceCode()).orElseThrow();
		List<Party> ps = parties.ofCase(c.id());
		List<CoerciveMeasure> ms = measures.ofCase(c.id());
		List<StatutoryClock> all = clocks.ofCase(c.id());
		Map<String, String> names = ps.stream().collect(Collectors.toMap(p -> p.id().toString(), Party::name));
		List<CaseDetails.PartyView> partyViews = ps.stream().map(p -> new CaseDetails.PartyView(p,
				MeasureOrder.allowed(c, p, ms), all.stream().filter(k -> k.subject().id().equals(p.id())).toList())).toList();
		List<CaseDetails.MeasureView> measureViews = new ArrayList<>();
		for (CoerciveMeasure m : ms) {
			List<String> order = m.kind().clocks().stream().map(MeasureKind.ClockPlan::ruleCode).toList();
			List<StatutoryClock> own = all.stream().filter(k -> k.subject().type().equals(CaseClocks.MEASURE) && k.subject().id().equals(m.id()))
				.sorted(java.util.Comparator.comparingInt(k -> order.indexOf(k.deadline().ruleCode())))
				.toList();
			Set<String> running = new HashSet<>(own.stream().filter(StatutoryClock::running).map(k -> k.deadline().ruleCode()).toList());
			List<MeasureAct> open = new ArrayList<>();
			if (m.active() && c.open()) {
				for (MeasureAct act : MeasureAct.values()) {
					if (act.appliesTo(m.kind()) && running.contains(act.stopsRule())) {
						open.add(act);
					}
				}
			}
			List<Extension> extensions = m.active() && c.open() ? extensionsOf(m.kind(), running) : List.of();
			measureViews.add(new CaseDetails.MeasureView(m, m.partyId() == null ? "" : names.getOrDefault(m.partyId().toString(), ""),
					own, open, extensions));
		}
		List<StatutoryClock> caseClocks = all.stream().filter(k -> k.subject().type().equals(CaseClocks.CASE)).toList();
		List<Extension> periodExtensions = c.open() && caseClocks.stream().anyMatch(k -> k.running()
				&& k.deadline().ruleCode().equals(CaseClocks.CASE_PERIOD))
						? deadlines.rule(CaseClocks.CASE_PERIOD).extensions() : List.of();
		List<CaseDetails.OfficerRef> team = c.officerIds().stream().map(id -> officers.find(id)
			.map(o -> new CaseDetails.OfficerRef(o.id(), o.name(), o.badgeNumber()))
			.orElse(new CaseDetails.OfficerRef(id, "（未知）", ""))).toList();
		audit.record(AuditRecord.of("case.read", "legal-case", c.id(), "查看案件：" + c.number()));
		return new CaseDetails(c, offence, units.namesOf(Set.of(c.unitId())).getOrDefault(c.unitId(), ""), team, partyViews,
				measureViews, caseClocks, periodExtensions, MeasureOrder.allowed(c, null, ms), timeline.ofCase(c.id()));
	}

	private List<Extension> extensionsOf(MeasureKind kind, Set<String> runningRules) {
		for (MeasureKind.ClockPlan plan : kind.clocks()) {
			boolean extensible = switch (kind) {
				case CRIMINAL_DETENTION -> plan.ruleCode().equals(MeasureKind.ClockPlan.ARREST_REQUEST);
				case ARREST -> plan.ruleCode().equals(MeasureKind.ClockPlan.INVESTIGATION_PERIOD);
				default -> true;
			};
			if (extensible && runningRules.contains(plan.ruleCode())) {
				return deadlines.rule(plan.ruleCode()).extensions();
			}
		}
		return List.of();
	}
}
