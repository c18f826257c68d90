package org.zhifa.cases;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhifa.approval.ApprovalSubjects;
import org.zhifa.approval.SubjectFacts;
import org.zhifa.calendar.Deadlines;
import org.zhifa.calendar.Extension;
import org.zhifa.calendar.StatutoryClock;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;

/**
 * Cases as subjects of approval requests: describes a case (and party) to the approval module within the caller's case
 * scope ({@code case:read}, and {@code case:manage} to make a request), and checks that what is requested may happen
 * now — a measure in its legal order ({@link MeasureOrder}), an extension the rule allows and not granted yet, a closing
 * that fits the case — with the same problems the case page gives.
 */
@Component
class CaseApprovalSubjects implements ApprovalSubjects {

	private final Cases cases;
	private final Parties parties;
	private final Measures measures;
	private final CaseClocks clocks;
	private final CaseAccess access;
	private final OffenceCatalogue offences;
	private final Deadlines deadlines;
	private final Clock clock;

	CaseApprovalSubjects(Cases cases, Parties parties, Measures measures, CaseClocks clocks, CaseAccess access, OffenceCatalogue offences,
			Deadlines deadlines, Clock clock) {
		this.cases = cases;
		this.parties = parties;
		this.measures = measures;
		this.clocks = clocks;
		this.access = access;
		this.offences = offences;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	@Override
	public SubjectFacts describe(UUID caseId, @Nullable UUID partyId) {
		Case c = cases.find(caseId).filter(access::canRead).orElseThrow(() -> new NotFound("案件", caseId));
		access.requireManageable(c);
		Offence offence = offences.find(c.offenceCode()).orElseThrow();
		List<Party> all = parties.ofCase(c.id());
		Party party = null;
		if (partyId != null) {
			party = all.stream().filter(p -> p.id().equals(partyId)).findFirst()
				.orElseThrow(() -> new InvalidInput("partyId", "本案没有这个当事人"));
		}
		String caseLabel = CaseManagement.label(c, offence);
		Map<String, String> draft = new HashMap<>();
		draft.put("caseName", caseLabel);
		draft.put("offence", offence.name());
		if (party != null) {
			draft.put("person", party.name());
			draft.put("holder", party.name());
			if (party.birthDate() != null) {
				draft.put("birthDate", party.birthDate().toString());
			}
			if (party.citizenId() != null) {
				draft.put("gender", (party.citizenId().charAt(16) - '0') % 2 == 1 ? "男" : "女");
			}
		}
		boolean minor = party != null ? party.minor() : all.stream().anyMatch(Party::minor);
		return new SubjectFacts(c.id(), caseLabel, c.kind(), c.unitId(), c.officerIds(), offence.name(), party == null ? null : party.id(),
				party == null ? null : party.name(), minor, draft);
	}

	@Override
	public void checkRequest(String requestType, SubjectFacts subject, Map<String, String> params) {
		Case c = cases.find(subject.caseId()).orElseThrow(() -> new NotFound("案件", subject.caseId()));
		if (!c.open()) {
			throw new CaseAlreadyClosed(c);
		}
		Party party = subject.partyId() == null ? null : parties.find(subject.partyId()).orElseThrow();
		Optional<MeasureKind> measure = ApprovalRoutes.measureOf(requestType, c.kind());
		if (measure.isPresent()) {
			if (measure.get().onPerson() && party == null) {
				throw new InvalidInput("partyId", measure.get().label() + "须选择当事人");
			}
			MeasureOrder.check(c, measure.get().onPerson() ? party : null, measures.ofCase(c.id()), measure.get(), clock.instant(), clock.instant());
		}
		if (ApprovalRoutes.extensionOf(requestType).isPresent()) {
			String code = params.get("extensionCode");
			StatutoryClock running = runningArrestRequestClock(c, party);
			List<Extension> allowed = deadlines.rule(MeasureKind.ClockPlan.ARREST_REQUEST).extensions();
			if (code == null || allowed.stream().noneMatch(e -> e.code().equals(code))) {
				throw new InvalidInput("params.extensionCode", "请选择延长方式：" + String.join("、", allowed.stream().map(Extension::name).toList()));
			}
			if (running.context().extensions().contains(code)) {
				throw new ExtensionAlreadyGranted(running.label(), code);
			}
		}
		Optional<Closing> closing = ApprovalRoutes.closingOf(requestType);
		if (closing.isPresent() && closing.get().kind() != c.kind()) {
			throw new InvalidInput("requestType", "“" + closing.get().label() + "”不适用于" + c.kind().label());
		}
	}

	StatutoryClock runningArrestRequestClock(Case c, @Nullable Party party) {
		CoerciveMeasure detention = measures.ofCase(c.id()).stream()
			.filter(m -> m.active() && m.kind() == MeasureKind.CRIMINAL_DETENTION && party != null && party.id().equals(m.partyId()))
			.findFirst().orElseThrow(() -> new MeasureOutOfOrder("延长提请批准逮捕期限须以正在执行的刑事拘留为前提。"));
		return clocks.running(clocks.ofMeasure(detention.id()), MeasureKind.ClockPlan.ARREST_REQUEST)
			.orElseThrow(() -> new MeasureOutOfOrder("刑事拘留的提请批准逮捕期限已停止计算，不能再延长。"));
	}
}
