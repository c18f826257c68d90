package org.zhifa.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.calendar.ClockSubject;
import org.zhifa.calendar.DeadlineContext;
import org.zhifa.calendar.NewStatutoryClock;
import org.zhifa.calendar.StatutoryClock;
import org.zhifa.calendar.StatutoryClockId;
import org.zhifa.calendar.StatutoryClocks;
import org.zhifa.officer.EnforcementQualificationGate;
import org.zhifa.officer.OfficerDirectory;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.organization.UnitSummary;
import org.zhifa.shared.Actor;
import org.zhifa.shared.CitizenId;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.StaleVersion;
import org.zhifa.shared.Visibilities;

/**
 * The intake desk (接处警台): registers incidents in the actor's unit, lists and reads them within the data scope, and
 * records their disposition — 受案 (with the evidence handed in and the receipt), 非警务, 移交 (with its 24h clock) and
 * 合并. Each write is one transaction with its audit entry and clocks; the same {@code requestId} twice returns the
 * first result.
 */
@Service
@Transactional
public class IntakeDesk {

	static final String READ = "intake:read";
	static final String REGISTER = "intake:register";
	static final String TRANSFER_RULE = "intake.jurisdiction-transfer";
	private static final String SUBJECT = "incident";

	private final Incidents incidents;
	private final Acceptances acceptances;
	private final IntakeNumbers numbers;
	private final IntakeViews views;
	private final FilingClocks filingClocks;
	private final EnforcementQualificationGate gate;
	private final OfficerDirectory officers;
	private final UnitDirectory units;
	private final StatutoryClocks clocks;
	private final Visibilities visibilities;
	private final AuditTrail audit;
	private final Clock clock;

	IntakeDesk(Incidents incidents, Acceptances acceptances, IntakeNumbers numbers, IntakeViews views, FilingClocks filingClocks,
			EnforcementQualificationGate gate, OfficerDirectory officers, UnitDirectory units, StatutoryClocks clocks, Visibilities visibilities,
			AuditTrail audit, Clock clock) {
		this.incidents = incidents;
		this.acceptances = acceptances;
		this.numbers = numbers;
		this.views = views;
		this.filingClocks = filingClocks;
		this.gate = gate;
		this.officers = officers;
		this.units = units;
		this.clocks = clocks;
		this.visibilities = visibilities;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers a report in the actor's own unit. The two officers must pass the enforcement qualification gate on the
	 * day received (a 辅警 never alone); a reporter's 公民身份号码, when given, must be valid.
	 */
	public IncidentDetails register(NewIncident details) {
		Optional<Incident> earlier = incidents.findByRequestId(details.requestId());
		if (earlier.isPresent()) {
			return views.incident(visibleForChange(earlier.get()));
		}
		Actor actor = CurrentActor.get();
		UUID unitId = actor.unitId();
		if (unitId == null || !visibilities.current(REGISTER).coversUnit(unitId)) {
			throw new InvalidInput("unitId", "当前账号没有所属单位，不能登记警情");
		}
		UnitSummary unit = units.find(unitId).orElseThrow(() -> new InvalidInput("unitId", "单位不存在"));
		Instant now = clock.instant();
		Reporter reporter = reporter(details);
		Incident probe = Incident.register(UUID.randomUUID(), "J", details.requestId(), unitId, details, reporter, now);
		for (UUID officerId : probe.officerIds()) {
			officers.find(officerId).filter(o -> !visibilities.current(REGISTER).coversUnit(o.unitId())).ifPresent(o -> {
				throw new InvalidInput("officerIds", "处警民警须为本单位民警：" + o.name() + "不在您的单位范围内");
			});
		}
		gate.requireTeam(probe.officerIds(), details.receivedAt().atZone(clock.getZone()).toLocalDate());
		String number = numbers.next('J', unitId, unit.code(), details.receivedAt(), clock.getZone());
		Incident incident = Incident.register(probe.id(), number, details.requestId(), unitId, details, reporter, now);
		if (!incidents.insert(incident, now, actor.username())) {
			// the same submission raced in and committed first: answer with its incident (the drawn number stays unused)
			return views.incident(visibleForChange(incidents.findByRequestId(details.requestId()).orElseThrow()));
		}
		audit.record(AuditRecord.of("incident.registered", SUBJECT, incident.id(), "登记" + incident.label() + "，来源："
				+ incident.source().label() + "，报警人：" + reporter.name() + maskedId(reporter)));
		return views.incident(incident);
	}

	@Transactional(readOnly = true)
	public PageResult<IncidentDetails> search(IncidentSearch search, PageRequest page) {
		if (search.from() != null && search.to() != null && search.to().isBefore(search.from())) {
			throw new InvalidInput("to", "结束日期不能早于开始日期");
		}
		return incidents.search(search, visibilities.current(READ), page, clock.getZone()).map(views::incident);
	}

	/** One visible incident with the reporter's number in full; the read is audited (personal data). */
	public IncidentDetails get(UUID id) {
		Incident incident = incidents.find(id).filter(i -> IntakeViews.visible(visibilities.current(READ), i.unitId(), i.officerIds()))
			.orElseThrow(() -> new NotFound("警情", id));
		audit.record(AuditRecord.of("incident.read", SUBJECT, id, "查看" + incident.label() + "（含报警人身份信息）"));
		return views.incident(incident);
	}

	/** 非警务: the reporter was told why at once (行规61③). */
	public IncidentDetails declareNotPoliceMatter(UUID id, String reason, @Nullable Instant at, long version) {
		Incident incident = loadForChange(id, version);
		incident.declareNotPoliceMatter(reason, at == null ? clock.instant() : at, clock.instant());
		return saved(incident, "incident.not-police-matter", "非警务，已告知报警人：" + incident.dispositionNote());
	}

	/** 移交: starts the 24-hour hand-over clock, counted from the time the report was received. */
	public IncidentDetails transfer(UUID id, String to, String reason, @Nullable Instant at, long version) {
		Incident incident = loadForChange(id, version);
		incident.transfer(to, reason, at == null ? clock.instant() : at, clock.instant());
		StatutoryClock started = clocks.start(new NewStatutoryClock(TRANSFER_RULE, "移交" + incident.transferTo() + "（"
				+ incident.number() + "）", incident.receivedAt(), DeadlineContext.none(), new ClockSubject(SUBJECT, incident.id(),
						null, incident.label(), incident.unitId(), incident.officerIds())));
		incident.startedTransferClock(started.id().value());
		return saved(incident, "incident.transferred", "移交" + incident.transferTo() + "，理由：" + incident.dispositionNote()
				+ "；移交期限 " + started.deadline().dueAtText());
	}

	/** The hand-over act stops the transfer clock. */
	public IncidentDetails recordHandOver(UUID id, @Nullable Instant at, long version) {
		Incident incident = loadForChange(id, version);
		Instant when = at == null ? clock.instant() : at;
		incident.recordHandOver(when, clock.instant());
		if (incident.transferClockId() != null) {
			clocks.stop(StatutoryClockId.of(incident.transferClockId()), when, "已移交" + incident.transferTo());
		}
		return saved(incident, "incident.handed-over", "已移交" + incident.transferTo() + "，状态：移交中 → 已移交");
	}

	/** 合并: a repeat report joins an earlier incident of the same unit. */
	public IncidentDetails merge(UUID id, UUID targetId, long version) {
		Incident incident = loadForChange(id, version);
		Incident target = incidents.find(targetId)
			.filter(t -> IntakeViews.visible(visibilities.current(READ), t.unitId(), t.officerIds()))
			.orElseThrow(() -> new InvalidMergeTarget("目标警情不存在或无权访问。"));
		incident.mergeInto(target, clock.instant(), clock.instant());
		return saved(incident, "incident.merged", incident.dispositionNote());
	}

	/**
	 * 受案 with the three on-the-spot acts (三个当场): the acceptance form, the list of evidence handed in, and the receipt
	 * with its number and query code. Starts the filing (criminal) or acceptance (administrative) decision clock.
	 */
	public AcceptanceDetails accept(UUID incidentId, UUID requestId, CaseKind kind, List<EvidenceItem> evidence,
			@Nullable Instant at, long version) {
		// the incident's row lock serializes two submissions of the same form: the second sees the first's acceptance
		Incident locked = visibleForChange(incidents.findForUpdate(incidentId).orElseThrow(() -> new NotFound("警情", incidentId)));
		Optional<Acceptance> earlier = acceptances.findByRequestId(requestId);
		if (earlier.isPresent()) {
			if (!earlier.get().incidentId().equals(incidentId)) {
				throw new InvalidInput("requestId", "该请求编号已用于其他警情的受案");
			}
			return views.acceptance(earlier.get());
		}
		Incident incident = requireVersion(locked, version);
		Instant now = clock.instant();
		Instant acceptedAt = at == null ? now : at;
		UUID acceptanceId = UUID.randomUUID();
		incident.accept(acceptanceId, acceptedAt, now);
		gate.requireTeam(incident.officerIds(), acceptedAt.atZone(clock.getZone()).toLocalDate());
		String unitCode = units.find(incident.unitId()).map(UnitSummary::code).orElseThrow();
		Acceptance acceptance = Acceptance.accept(acceptanceId, numbers.next('S', incident.unitId(), unitCode, acceptedAt,
				clock.getZone()), numbers.next('H', incident.unitId(), unitCode, acceptedAt, clock.getZone()), numbers.queryCode(),
				requestId, incident, kind, evidence, acceptedAt);
		acceptance.waitsOn(filingClocks.startDecisionClock(acceptance, incident).id().value());
		acceptances.insert(acceptance, CurrentActor.get().username());
		incidents.update(incident);
		audit.record(AuditRecord.of("incident.accepted", SUBJECT, incident.id(), "受案：" + acceptance.number()));
		audit.record(AuditRecord.of("acceptance.created", FilingDecisions.SUBJECT, acceptance.id(), "受案 " + acceptance.number()
				+ "（" + kind.label() + "），" + incident.label() + "，证据材料 " + evidence.size() + " 项，回执 "
				+ acceptance.receiptNumber()));
		return views.acceptance(acceptance);
	}

	private IncidentDetails saved(Incident incident, String action, @Nullable String summary) {
		incidents.update(incident);
		audit.record(AuditRecord.of(action, SUBJECT, incident.id(), incident.label() + "：" + summary));
		return views.incident(incidents.find(incident.id()).orElseThrow());
	}

	private Incident visibleForChange(Incident incident) {
		if (!IntakeViews.visible(visibilities.current(REGISTER), incident.unitId(), incident.officerIds())) {
			throw new NotFound("警情", incident.id());
		}
		return incident;
	}

	private Incident loadForChange(UUID id, long version) {
		return requireVersion(visibleForChange(incidents.findForUpdate(id).orElseThrow(() -> new NotFound("警情", id))), version);
	}

	private static Incident requireVersion(Incident incident, long version) {
		if (incident.version() != version) {
			throw new StaleVersion("警情", incident.number(), version);
		}
		return incident;
	}

	private Reporter reporter(NewIncident details) {
		String citizenId = details.reporterCitizenId();
		LocalDate today = LocalDate.now(clock);
		return new Reporter(Incident.required("reporterName", "报警人姓名", details.reporterName()),
				details.reporterPhone() == null || details.reporterPhone().isBlank() ? null : details.reporterPhone().strip(),
				citizenId == null || citizenId.isBlank() ? null : CitizenId.parse("reporterCitizenId", citizenId, today));
	}

	private static String maskedId(Reporter reporter) {
		return reporter.citizenId() == null ? "" : "（" + reporter.maskedCitizenId() + "）";
	}
}
