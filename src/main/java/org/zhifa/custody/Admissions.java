package org.zhifa.custody;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.calendar.ClockSubject;
import org.zhifa.calendar.DeadlineContext;
import org.zhifa.calendar.NewStatutoryClock;
import org.zhifa.calendar.StatutoryClock;
import org.zhifa.calendar.StatutoryClocks;
import org.zhifa.cases.CaseReference;
import org.zhifa.cases.CaseReferences;
import org.zhifa.cases.Party;
import org.zhifa.intake.CaseKind;
import org.zhifa.officer.EnforcementQualificationGate;
import org.zhifa.officer.OfficerSummary;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.organization.UnitKind;
import org.zhifa.organization.UnitSummary;
import org.zhifa.shared.CitizenId;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;

/**
 * 入区: registers the person (a party of a case, or on the spot with a checked 公民身份号码), checks the two escorting
 * officers through the qualification gate (auxiliaries never alone), and starts the legal clock of the reason
 * ({@link VisitReason#ruleCode}) under subject {@value VisitAccess#SUBJECT} — all in one transaction.
 */
@Service
@Transactional(readOnly = true)
public class Admissions {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final VisitRecords visits;
	private final VisitAccess access;
	private final CaseReferences cases;
	private final UnitDirectory units;
	private final EnforcementQualificationGate gate;
	private final StatutoryClocks clocks;
	private final CustodyAlarms alarms;

	Admissions(VisitRecords visits, VisitAccess access, CaseReferences cases, UnitDirectory units, EnforcementQualificationGate gate,
			StatutoryClocks clocks, CustodyAlarms alarms) {
		this.visits = visits;
		this.access = access;
		this.cases = cases;
		this.units = units;
		this.gate = gate;
		this.clocks = clocks;
		this.alarms = alarms;
	}

	@Transactional
	public Visit admit(NewAdmission r) {
		UnitSummary center = units.find(r.centerId()).filter(UnitSummary::active)
			.filter(u -> u.kind() == UnitKind.CASE_HANDLING_CENTER || u.kind() == UnitKind.POLICE_STATION)
			.orElseThrow(() -> new InvalidInput("centerId", "请选择执法办案管理中心或派出所办案区"));
		CaseReference c = null;
		if (r.caseId() != null) {
			c = cases.find(r.caseId(), r.partyId()).orElseThrow(() -> new NotFound(r.partyId() == null ? "案件" : "案件当事人",
					r.partyId() == null ? r.caseId() : r.partyId()));
			if (!c.open()) {
				throw new InvalidInput("caseId", "案件 " + c.number() + " 已结案，不能入区登记");
			}
		}
		else if (r.partyId() != null) {
			throw new InvalidInput("caseId", "选择当事人时须同时选择案件");
		}
		if (r.reason().needsCase() && c == null) {
			throw new InvalidInput("caseId", r.reason().label() + "须关联案件");
		}
		if (r.reason() == VisitReason.COMPELLED_APPEARANCE && c.kind() != CaseKind.CRIMINAL) {
			throw new InvalidInput("reason", "拘传只适用于刑事案件");
		}
		Instant now = access.now();
		Instant arrived = r.arrivedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as timestamptz keeps it
		if (arrived.isAfter(now.plusSeconds(60))) {
			throw new InvalidInput("arrivedAt", "入区时间不能晚于当前时间");
		}
		if (c != null && arrived.isBefore(c.filedAt())) {
			throw new InvalidInput("arrivedAt", "入区时间不能早于案件受理/立案时间");
		}
		LocalDate day = arrived.atZone(CHINA).toLocalDate();

		// the person
		Party party = c == null ? null : c.party();
		String name;
		String citizenId;
		boolean suspect;
		if (party != null) {
			name = party.name();
			citizenId = party.citizenId();
			suspect = party.suspect();
		}
		else {
			if (r.personName() == null || r.personName().isBlank()) {
				throw new InvalidInput("personName", "请填写姓名或选择案件当事人");
			}
			name = r.personName().strip();
			if (name.length() > 50) {
				throw new InvalidInput("personName", "姓名不能超过50个字");
			}
			citizenId = r.citizenId() == null || r.citizenId().isBlank() ? null
					: CitizenId.parse("citizenId", r.citizenId(), LocalDate.now(CHINA)).value();
			suspect = r.suspect() == null || r.suspect();
		}

		// the escort
		Set<UUID> escorts = new LinkedHashSet<>(r.escortIds());
		if (escorts.size() < 2) {
			throw new InvalidInput("escortIds", "入区须由两名民警带入（辅警不能单独带入）");
		}
		gate.requireTeam(escorts, day);
		OfficerSummary first = access.officer("escortIds", escorts.iterator().next());
		UUID unitId = c != null ? c.unitId() : first.unitId();
		access.requireOperable(unitId, center.id(), center.name() + "的入区登记");

		UUID id = UUID.randomUUID();
		String caseLabel = c == null ? null : c.label();
		StatutoryClock clock = null;
		String rule = r.reason().ruleCode(c == null ? null : c.kind());
		if (rule != null) {
			List<String> granted = r.extensions() == null ? List.of() : r.extensions();
			clock = clocks.start(new NewStatutoryClock(rule, r.reason().label() + "时限（" + name + "）", arrived,
					DeadlineContext.none().withExtensions(granted.toArray(String[]::new)),
					new ClockSubject(VisitAccess.SUBJECT, id, c == null ? null : c.caseId(), caseLabel == null ? "入区 " + name : caseLabel,
							unitId, List.copyOf(escorts))));
		}
		Visit v = new Visit(id, visits.nextNumber(arrived), center.id(), unitId, c == null ? null : c.caseId(), caseLabel,
				c == null ? null : c.kind(), party == null ? null : party.id(), suspect, name, citizenId, r.reason(), arrived, List.copyOf(escorts),
				me(), clock == null ? null : clock.id().value(), clock == null ? null : clock.dueAt(), null, null, null, null, null, Set.of(),
				null, null, null, null, 0);
		try {
			visits.insert(v);
		}
		catch (DuplicateKeyException inside) {
			throw new PersonAlreadyInside(name);
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("reason", r.reason().label());
		details.put("center", center.name());
		if (clock != null) {
			details.put("dueAt", clock.dueAt().toString());
			details.put("basis", clock.deadline().basis());
		}
		String summary = r.reason().label() + "入区" + (caseLabel == null ? "" : "（" + caseLabel + "）")
				+ (clock == null ? "，无法定时限" : "，" + clock.deadline().dueAtText() + " 届满");
		access.write(v, v, "admitted", arrived, List.copyOf(escorts), summary, details);
		alarms.evaluate(v.centerId());
		return v;
	}

	private UUID me() {
		OfficerSummary me = access.me();
		return me == null ? new UUID(0, 0) : me.id();
	}

	static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
