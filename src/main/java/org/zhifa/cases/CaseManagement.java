package org.zhifa.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.approval.RequestType;
import org.zhifa.approval.RequestTypes;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.calendar.DeadlineContext;
import org.zhifa.calendar.DeadlineContext.Excluded;
import org.zhifa.calendar.StatutoryClock;
import org.zhifa.intake.CaseKind;
import org.zhifa.officer.EnforcementQualificationGate;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.organization.UnitSummary;
import org.zhifa.shared.Actor;
import org.zhifa.shared.CitizenId;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.StaleVersion;

/**
 * Handling a case: opening it, its parties, coercive measures in their legal order ({@link MeasureOrder}) with the
 * acts, extensions, restarts and releases that stop or recompute their clocks, and closing. Each use case runs in one
 * transaction that first locks the case row, so concurrent acts on one case are serialized and a refused one leaves
 * nothing behind; each is audited and appended to the case timeline. Callers need {@code case:manage} on the case's
 * unit (a case outside {@code case:read} reads as not found, one readable but not manageable is refused with 403).
 */
@Service
public class CaseManagement {

	static final String MANAGE = "case:manage";
	private static final String SUBJECT = "legal-case";
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Cases cases;
	private final Parties parties;
	private final Measures measures;
	private final CaseEvents timeline;
	private final CaseClocks clocks;
	private final CaseAccess access;
	private final OffenceCatalogue offences;
	private final UnitDirectory units;
	private final EnforcementQualificationGate gate;
	private final RequestTypes requestTypes;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CaseManagement(Cases cases, Parties parties, Measures measures, CaseEvents timeline, CaseClocks clocks, CaseAccess access,
			OffenceCatalogue offences, UnitDirectory units, EnforcementQualificationGate gate, RequestTypes requestTypes, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.parties = parties;
		this.measures = measures;
		this.timeline = timeline;
		this.clocks = clocks;
		this.access = access;
		this.offences = offences;
		this.units = units;
		this.gate = gate;
		this.requestTypes = requestTypes;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	// ---- opening ----------------------------------------------------------------------------------------------

	/**
	 * Opens the case under the id intake chose; opening the same id again returns the case already opened. The number is
	 * A (criminal) / B (administrative) + the unit's code + the filing year + the unit's next sequence number of that
	 * kind and year. An administrative case starts its case period (治安管理处罚法 118 / 行规165).
	 */
	@Transactional
	public Case open(NewCase request) {
		cases.lockId(request.caseId());
		Optional<Case> existing = cases.find(request.caseId());
		if (existing.isPresent()) {
			return existing.get();
		}
		Offence offence = offences.find(request.offenceCode())
			.orElseThrow(() -> new InvalidInput("offenceCode", "案由不存在：" + request.offenceCode()));
		if (offence.kind() != request.kind()) {
			throw new InvalidInput("offenceCode", "案由“" + offence.name() + "”属于" + offence.kind().label() + "，与案件类别不符");
		}
		UnitSummary unit = units.find(request.unitId()).orElseThrow(() -> new InvalidInput("unitId", "办案单位不存在"));
		Instant now = clock.instant();
		MeasureOrder.requireNotFuture("filedAt", "立案时间", request.filedAt(), now);
		MeasureOrder.requireBetween("occurredAt", "立案时间", request.filedAt(), request.occurredAt(), "案发时间", now);
		List<UUID> officers = List.copyOf(new LinkedHashSet<>(request.officerIds()));
		if (officers.size() < 2) {
			throw new InvalidInput("officerIds", "办案民警不得少于二人");
		}
		gate.requireTeam(officers, day(request.filedAt()));
		requireText("summary", "简要案情", request.summary(), 2000);
		requireText("place", "案发地点", request.place(), 200);
		int year = request.filedAt().atZone(CHINA).getYear();
		int sequence = cases.nextNumber(unit.id(), request.kind(), year);
		String number = (request.kind() == CaseKind.CRIMINAL ? "A" : "B") + unit.code() + year + "%05d".formatted(sequence);
		Case opened = new Case(request.caseId(), request.kind(), number, unit.id(), offence.code(), request.summary().strip(),
				request.place().strip(), request.acceptanceId(), request.acceptanceNumber(), officers, request.occurredAt(),
				request.filedAt(), CaseStatus.OPEN, null, null, null, 0);
		cases.insert(opened);
		List<String> started = new ArrayList<>();
		if (opened.kind() == CaseKind.ADMINISTRATIVE) {
			started.add(CaseClocks.describe(clocks.startForCase(opened, CaseClocks.CASE_PERIOD, "治安案件办案期限", opened.filedAt(),
					label(opened, offence))));
		}
		String summary = (opened.kind() == CaseKind.CRIMINAL ? "刑事立案" : "行政案件受案") + "：" + number + "，案由" + offence.name();
		audit.record(AuditRecord.of("case.opened", SUBJECT, opened.id(), summary));
		append(opened.id(), opened.filedAt(), "OPENED", summary, started, List.of());
		events.publishEvent(new CaseOpened(opened.id(), opened.kind(), number, opened.unitId(), offence.code(), opened.filedAt()));
		return opened;
	}

	// ---- parties ----------------------------------------------------------------------------------------------

	/** Adds a party; the same {@code requestId} again returns the party added the first time. */
	@Transactional
	public Party addParty(UUID caseId, NewParty request, @Nullable UUID requestId) {
		Case c = lock(caseId);
		if (requestId != null) {
			Optional<Party> earlier = parties.byRequest(requestId).filter(p -> p.caseId().equals(c.id()));
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		requireOpen(c);
		Party party = party(c, UUID.randomUUID(), request, 0, null);
		try {
			parties.insert(party, requestId);
		}
		catch (DuplicateKeyException race) {
			// writes to one case are serialized by the case row lock, so only a request id reused on another case gets here
			throw new InvalidInput("requestId", "请求编号已用于其他记录，请重新提交");
		}
		String summary = "登记" + party.role().label() + "：" + party.name() + describeIdentity(party);
		audit.record(AuditRecord.of("case.party-added", SUBJECT, c.id(), summary));
		touch(c, clock.instant(), "PARTY_ADDED", summary, List.of(), List.of());
		return party;
	}

	/** Corrects a party's name or number (e.g. a suspect identified later); the role never changes. */
	@Transactional
	public Party updateParty(UUID caseId, UUID partyId, NewParty changes, long version) {
		Case c = lockOpen(caseId);
		Party current = partyOf(c, partyId);
		if (current.version() != version) {
			throw new StaleVersion("当事人", current.name(), version);
		}
		if (changes.role() != current.role()) {
			throw new InvalidInput("role", "当事人身份不能修改；如登记有误，请另行登记");
		}
		Party next = party(c, current.id(), changes, current.version() + 1, current.terminatedAt());
		parties.update(next, version);
		String summary = "修改当事人：" + current.name() + describeIdentity(current) + " → " + next.name() + describeIdentity(next);
		audit.record(AuditRecord.of("case.party-updated", SUBJECT, c.id(), summary));
		touch(c, clock.instant(), "PARTY_UPDATED", summary, List.of(), List.of());
		return next;
	}

	// ---- measures ---------------------------------------------------------------------------------------------

	/**
	 * Starts a coercive measure if {@link MeasureOrder} allows it and the executing officers may act together (two at
	 * least, each with valid 执法资格); ends the measures it replaces and starts its clocks. The same {@code requestId}
	 * again returns the measure started the first time. A measure the law routes through approval ({@link ApprovalRoutes})
	 * starts only when its request is approved; taken directly it is refused with {@link ApprovalRequired}.
	 */
	@Transactional
	public CoerciveMeasure startMeasure(UUID caseId, NewMeasure request, @Nullable UUID requestId) {
		Case c = lock(caseId);
		if (requestId != null) {
			Optional<CoerciveMeasure> earlier = measures.byRequest(requestId).filter(m -> m.caseId().equals(c.id()));
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		requireDirect(ApprovalRoutes.toStart(request.kind(), c.kind()), request.kind().label());
		Party party = request.partyId() == null ? null : partyOf(c, request.partyId());
		List<CoerciveMeasure> all = measures.ofCase(c.id());
		Instant now = clock.instant();
		MeasureOrder.Decision decision = MeasureOrder.check(c, party, all, request.kind(), request.startedAt(), now);
		List<UUID> officers = request.officerIds().isEmpty() ? c.officerIds() : List.copyOf(new LinkedHashSet<>(request.officerIds()));
		if (officers.size() < 2) {
			throw new InvalidInput("officerIds", "执行强制措施的民警不得少于二人");
		}
		gate.requireTeam(officers, day(request.startedAt()));
		String who = party == null ? "" : party.name();
		String caseLabel = label(c);
		List<String> stopped = new ArrayList<>();
		for (CoerciveMeasure previous : decision.superseded()) {
			stopped.addAll(end(c, previous, request.startedAt(), "变更为" + request.kind().label(), null));
		}
		if (request.kind() == MeasureKind.ARREST_REQUEST) {
			CoerciveMeasure detention = all.stream().filter(m -> m.active() && m.kind() == MeasureKind.CRIMINAL_DETENTION
					&& m.partyId() != null && m.partyId().equals(request.partyId())).findFirst().orElseThrow();
			clocks.running(clocks.ofMeasure(detention.id()), MeasureKind.ClockPlan.ARREST_REQUEST)
				.map(running -> clocks.stop(running, request.startedAt(), "已提请批准逮捕"))
				.ifPresent(s -> stopped.add(CaseClocks.describe(s)));
		}
		CoerciveMeasure measure = new CoerciveMeasure(UUID.randomUUID(), c.id(), party == null ? null : party.id(), request.kind(),
				CoerciveMeasure.Status.ACTIVE, null, officers, request.startedAt(), null, null, blankToNull(request.note()), 0);
		try {
			measures.insert(measure, requestId);
		}
		catch (DuplicateKeyException race) {
			throw new InvalidInput("requestId", "请求编号已用于其他记录，请重新提交");
		}
		List<String> started = clocks.startFor(measure, who.isEmpty() ? c.number() : who, caseLabel, c.unitId()).stream()
			.map(CaseClocks::describe).toList();
		String summary = request.kind().label() + (who.isEmpty() ? "" : "：" + who) + (measure.note() == null ? "" : "（" + measure.note() + "）");
		audit.record(AuditRecord.of("case.measure-started", SUBJECT, c.id(), summary));
		touch(c, request.startedAt(), "MEASURE_STARTED", summary, started, stopped);
		events.publishEvent(new CoerciveMeasureStarted(c.id(), measure.id(), measure.partyId(), measure.kind(), measure.startedAt()));
		return measure;
	}

	/**
	 * Records an act on a running measure that meets one of its clocks: 送看守所, 通知家属 (or the statutory reason for not
	 * notifying), 首次讯问, the procuratorate's decision on a 提请批准逮捕 (a refusal releases the suspect, 刑规140).
	 */
	@Transactional
	public CoerciveMeasure recordAct(UUID caseId, UUID measureId, MeasureAct act, Instant at,
			MeasureAct.@Nullable NoticeWithheld withheld, long version) {
		Case c = lockOpen(caseId);
		CoerciveMeasure m = activeMeasure(c, measureId, version);
		if (!act.appliesTo(m.kind())) {
			throw new MeasureOutOfOrder("“" + act.label() + "”不适用于" + m.kind().label() + "。");
		}
		MeasureOrder.requireBetween("at", act.label() + "时间", at, m.startedAt(), m.kind().label() + "开始时间", clock.instant());
		String reason = act.label();
		if (act == MeasureAct.FAMILY_NOT_NOTIFIED) {
			if (withheld == null) {
				throw new InvalidInput("withheld", "请选择不通知家属的法定事由");
			}
			if (withheld == MeasureAct.NoticeWithheld.WOULD_OBSTRUCT_INVESTIGATION && m.kind() != MeasureKind.CRIMINAL_DETENTION) {
				throw new MeasureOutOfOrder("“有碍侦查”不通知家属只适用于刑事拘留（刑规127），逮捕后须在24小时内通知家属。");
			}
			reason = "不通知家属：" + withheld.label();
		}
		StatutoryClock clockToStop = clocks.running(clocks.ofMeasure(m.id()), act.stopsRule())
			.orElseThrow(() -> new MeasureOutOfOrder("“" + act.label() + "”已记录过，对应期限已停止计算。"));
		List<String> stopped = new ArrayList<>();
		stopped.add(CaseClocks.describe(clocks.stop(clockToStop, at, reason)));
		CoerciveMeasure result = m.touched();
		String who = personName(m);
		if (act == MeasureAct.ARREST_APPROVED || act == MeasureAct.ARREST_REFUSED) {
			CoerciveMeasure.Outcome outcome = act == MeasureAct.ARREST_APPROVED ? CoerciveMeasure.Outcome.APPROVED
					: CoerciveMeasure.Outcome.REFUSED;
			result = m.ended(at, act.label(), outcome);
			measures.update(result, version);
			events.publishEvent(new CoerciveMeasureEnded(c.id(), m.id(), m.partyId(), m.kind(), at, act.label()));
			if (outcome == CoerciveMeasure.Outcome.REFUSED) {
				for (CoerciveMeasure held : measures.ofCase(c.id())) {
					if (held.active() && held.kind().custody() && held.partyId() != null && held.partyId().equals(m.partyId())) {
						stopped.addAll(end(c, held, at, "检察院不批准逮捕，立即释放", null));
					}
				}
			}
		}
		else {
			measures.update(result, version);
		}
		String summary = m.kind().label() + (who.isEmpty() ? "" : "（" + who + "）") + "：" + reason;
		audit.record(AuditRecord.of("case.measure-act", SUBJECT, c.id(), summary));
		touch(c, at, "ACT_" + act.name(), summary, List.of(), stopped);
		return result;
	}

	/**
	 * Grants an extension the period rule allows (e.g. 提请逮捕 延长至30日 for 流窜、多次、结伙作案; 侦查羁押 +1 month), and
	 * recomputes the clock. An extension not in the rule is refused by the calendar with 400. Extending a 刑事拘留's period
	 * needs an approved 延长提请逮捕期限 ({@link ApprovalRoutes}); asked directly it is refused with {@link ApprovalRequired}.
	 */
	@Transactional
	public CoerciveMeasure extend(UUID caseId, UUID measureId, String extensionCode, String reason, Instant at, long version) {
		Case c = lockOpen(caseId);
		CoerciveMeasure m = activeMeasure(c, measureId, version);
		requireDirect(ApprovalRoutes.toExtend(m.kind()), "延长" + m.kind().label() + "的期限");
		String rule = extensibleRule(m.kind());
		MeasureOrder.requireBetween("at", "批准延长时间", at, m.startedAt(), m.kind().label() + "开始时间", clock.instant());
		StatutoryClock running = clocks.running(clocks.ofMeasure(m.id()), rule)
			.orElseThrow(() -> new MeasureOutOfOrder(m.kind().label() + "的对应期限已停止计算，不能再延长。"));
		if (running.context().extensions().contains(extensionCode)) {
			throw new ExtensionAlreadyGranted(running.label(), extensionCode);
		}
		List<String> codes = new ArrayList<>(running.context().extensions());
		codes.add(extensionCode);
		StatutoryClock recomputed = clocks.recompute(running, running.context().withExtensions(codes.toArray(String[]::new)),
				"延长（" + requireText("reason", "延长理由", reason, 300) + "）");
		CoerciveMeasure result = m.touched();
		measures.update(result, version);
		String summary = recomputed.label() + "延长：" + reason.strip() + "；届满时间 " + running.deadline().dueAtText() + " → "
				+ recomputed.deadline().dueAtText();
		audit.record(AuditRecord.of("case.measure-extended", SUBJECT, c.id(), summary));
		touch(c, at, "EXTENDED", summary, List.of(CaseClocks.describe(recomputed)), List.of());
		return result;
	}

	/**
	 * The investigative custody period counts anew (刑规151–152): from the day identity was established, or from the
	 * discovery of another major crime.
	 */
	@Transactional
	public CoerciveMeasure restartCustody(UUID caseId, UUID measureId, CustodyRestart why, Instant at, long version) {
		Case c = lockOpen(caseId);
		CoerciveMeasure m = activeMeasure(c, measureId, version);
		if (m.kind() != MeasureKind.ARREST) {
			throw new MeasureOutOfOrder("重新计算侦查羁押期限只适用于逮捕后的羁押。");
		}
		MeasureOrder.requireBetween("at", why.label() + "时间", at, m.startedAt(), "逮捕时间", clock.instant());
		StatutoryClock running = clocks.running(clocks.ofMeasure(m.id()), MeasureKind.ClockPlan.INVESTIGATION_PERIOD)
			.orElseThrow(() -> new MeasureOutOfOrder("侦查羁押期限已停止计算。"));
		StatutoryClock recomputed = clocks.recompute(running, running.context().restartingAt(at.atZone(CHINA), why.label()),
				"重新计算侦查羁押期限（" + why.label() + "）");
		CoerciveMeasure result = m.touched();
		measures.update(result, version);
		String summary = recomputed.label() + "重新计算：" + why.label() + "；届满时间 " + running.deadline().dueAtText() + " → "
				+ recomputed.deadline().dueAtText();
		audit.record(AuditRecord.of("case.custody-restarted", SUBJECT, c.id(), summary));
		touch(c, at, "CUSTODY_RESTARTED", summary, List.of(CaseClocks.describe(recomputed)), List.of());
		return result;
	}

	/** Ends a measure (释放, 解除): its running clocks stop. A 提请批准逮捕 ends only by the procuratorate's decision. */
	@Transactional
	public CoerciveMeasure release(UUID caseId, UUID measureId, String reason, Instant at, long version) {
		Case c = lockOpen(caseId);
		CoerciveMeasure m = activeMeasure(c, measureId, version);
		if (m.kind() == MeasureKind.ARREST_REQUEST) {
			throw new MeasureOutOfOrder("提请批准逮捕由检察院作出批准或不批准决定后结束。");
		}
		MeasureOrder.requireBetween("at", "解除时间", at, m.startedAt(), m.kind().label() + "开始时间", clock.instant());
		String why = requireText("reason", "解除原因", reason, 300);
		List<String> stopped = end(c, m, at, why, null);
		String summary = "解除" + m.kind().label() + (personName(m).isEmpty() ? "" : "（" + personName(m) + "）") + "：" + why;
		audit.record(AuditRecord.of("case.measure-ended", SUBJECT, c.id(), summary));
		touch(c, at, "MEASURE_ENDED", summary, List.of(), stopped);
		return measures.find(m.id()).orElseThrow();
	}

	// ---- the administrative case period -----------------------------------------------------------------------

	/** Extends the administrative case period (上一级公安机关批准; at most twice under the 2025 law). */
	@Transactional
	public Case extendCasePeriod(UUID caseId, String extensionCode, String reason, long version) {
		Case c = lockOpen(caseId, version);
		StatutoryClock running = casePeriod(c);
		if (running.context().extensions().contains(extensionCode)) {
			throw new ExtensionAlreadyGranted(running.label(), extensionCode);
		}
		List<String> codes = new ArrayList<>(running.context().extensions());
		codes.add(extensionCode);
		String why = requireText("reason", "延长理由", reason, 300);
		StatutoryClock recomputed = clocks.recompute(running, running.context().withExtensions(codes.toArray(String[]::new)),
				"延长办案期限（" + why + "）");
		String summary = "办案期限延长：" + why + "；届满时间 " + running.deadline().dueAtText() + " → " + recomputed.deadline().dueAtText();
		audit.record(AuditRecord.of("case.period-extended", SUBJECT, c.id(), summary));
		return touch(c, clock.instant(), "CASE_PERIOD_EXTENDED", summary, List.of(CaseClocks.describe(recomputed)), List.of());
	}

	/** Leaves a span (鉴定, 听证) out of the administrative case period (治安管理处罚法 118). */
	@Transactional
	public Case excludeFromCasePeriod(UUID caseId, Instant from, Instant to, String reason, long version) {
		Case c = lockOpen(caseId, version);
		if (!from.isBefore(to)) {
			throw new InvalidInput("to", "不计入期间的结束时间须晚于开始时间");
		}
		MeasureOrder.requireBetween("from", "不计入期间的开始时间", from, c.filedAt(), "受案时间", clock.instant());
		MeasureOrder.requireNotFuture("to", "不计入期间的结束时间", to, clock.instant());
		StatutoryClock running = casePeriod(c);
		List<Excluded> spans = new ArrayList<>(running.context().excluded());
		spans.add(new Excluded(from, to));
		String why = requireText("reason", "事由", reason, 300);
		StatutoryClock recomputed = clocks.recompute(running, running.context().withExcluded(spans.toArray(Excluded[]::new)),
				why + "期间不计入办案期限");
		String summary = why + "（" + MeasureOrder.text(from) + " 至 " + MeasureOrder.text(to) + "）不计入办案期限；届满时间 "
				+ running.deadline().dueAtText() + " → " + recomputed.deadline().dueAtText();
		audit.record(AuditRecord.of("case.period-tolled", SUBJECT, c.id(), summary));
		return touch(c, to, "CASE_PERIOD_TOLLED", summary, List.of(CaseClocks.describe(recomputed)), List.of());
	}

	// ---- closing ----------------------------------------------------------------------------------------------

	/**
	 * 终止侦查 for one suspect (刑规186): the suspect's measures end, and the notice to him or her is due within 3 days
	 * (刑规189); the case goes on.
	 */
	@Transactional
	public Party terminateInvestigation(UUID caseId, UUID partyId, String reason, Instant at, long version) {
		Case c = lockOpen(caseId);
		if (c.kind() != CaseKind.CRIMINAL) {
			throw new MeasureOutOfOrder("终止侦查只适用于刑事案件。");
		}
		Party p = partyOf(c, partyId);
		if (p.version() != version) {
			throw new StaleVersion("当事人", p.name(), version);
		}
		if (!p.suspect() || p.terminatedAt() != null) {
			throw new MeasureOutOfOrder(p.terminatedAt() != null ? "对" + p.name() + "已终止侦查。" : "终止侦查只针对犯罪嫌疑人。");
		}
		MeasureOrder.requireBetween("at", "终止侦查时间", at, c.filedAt(), "立案时间", clock.instant());
		String why = requireText("reason", "终止侦查理由", reason, 500);
		List<String> stopped = new ArrayList<>();
		for (CoerciveMeasure m : measures.ofCase(c.id())) {
			if (m.active() && p.id().equals(m.partyId())) {
				requireNotBefore(at, m, "终止侦查时间");
				stopped.addAll(end(c, m, at, "终止侦查", null));
			}
		}
		Party next = new Party(p.id(), p.caseId(), p.role(), p.name(), p.citizenId(), p.unidentified(), p.birthDate(), p.minor(), at,
				p.version() + 1);
		parties.update(next, version);
		StatutoryClock notice = clocks.startForParty(c, next, CaseClocks.PARTY_NOTICE, "终止侦查通知（" + p.name() + "）", at, label(c));
		String summary = "对" + p.name() + "终止侦查：" + why;
		audit.record(AuditRecord.of("case.investigation-terminated", SUBJECT, c.id(), summary));
		touch(c, at, "INVESTIGATION_TERMINATED", summary, List.of(CaseClocks.describe(notice)), stopped);
		return next;
	}

	/**
	 * Closes the case: every running measure ends and every clock of the case stops; 撤销案件 starts the 3-day notice to
	 * the parties (刑规189). Every closing is decided by approval ({@link ApprovalRoutes}); asked directly it is refused
	 * with {@link ApprovalRequired}.
	 */
	@Transactional
	public Case close(UUID caseId, Closing how, String reason, Instant at, long version) {
		Case c = lockOpen(caseId);
		if (how.kind() != c.kind()) {
			throw new InvalidInput("closing", "“" + how.label() + "”不适用于" + c.kind().label());
		}
		requireDirect(ApprovalRoutes.toClose(how), how.label());
		if (c.version() != version) {
			throw new StaleVersion("案件", c.number(), version);
		}
		MeasureOrder.requireBetween("at", "结案时间", at, c.filedAt(), c.kind() == CaseKind.CRIMINAL ? "立案时间" : "受案时间", clock.instant());
		String why = requireText("reason", "结案理由", reason, 500);
		List<String> stopped = new ArrayList<>();
		for (CoerciveMeasure m : measures.ofCase(c.id())) {
			if (m.active()) {
				requireNotBefore(at, m, "结案时间");
				stopped.addAll(end(c, m, at, "结案（" + how.label() + "）", null));
			}
		}
		clocks.stopRunning(clocks.ofCase(c.id()), at, "结案（" + how.label() + "）").forEach(s -> stopped.add(CaseClocks.describe(s)));
		Case closed = c.closed(how, why, at);
		cases.update(closed, version);
		List<String> started = new ArrayList<>();
		if (how == Closing.WITHDRAWN) {
			started.add(CaseClocks.describe(clocks.startForCase(closed, CaseClocks.PARTY_NOTICE, "撤销案件通知当事人", at, label(closed))));
		}
		String summary = how.label() + "：" + why;
		audit.record(AuditRecord.of("case.closed", SUBJECT, c.id(), c.number() + " " + summary));
		append(c.id(), at, "CLOSED", summary, started, stopped);
		events.publishEvent(new CaseClosed(c.id(), c.number(), how, at));
		return closed;
	}

	/** The parties were notified of 撤销案件 or 终止侦查: the notice clocks stop. */
	@Transactional
	public Case recordPartyNotice(UUID caseId, Instant at, long version) {
		Case c = lock(caseId);
		if (c.version() != version) {
			throw new StaleVersion("案件", c.number(), version);
		}
		List<StatutoryClock> notices = clocks.ofCase(c.id()).stream()
			.filter(k -> k.running() && k.deadline().ruleCode().equals(CaseClocks.PARTY_NOTICE)).toList();
		if (notices.isEmpty()) {
			throw new MeasureOutOfOrder("本案没有待通知当事人的撤销案件或终止侦查决定。");
		}
		Instant startedAt = notices.stream().map(StatutoryClock::startedAt).max(Instant::compareTo).orElseThrow();
		MeasureOrder.requireBetween("at", "通知时间", at, startedAt, "撤销案件或终止侦查时间", clock.instant());
		List<String> stopped = clocks.stopRunning(notices, at, "已通知当事人").stream().map(CaseClocks::describe).toList();
		audit.record(AuditRecord.of("case.parties-notified", SUBJECT, c.id(), "已通知当事人"));
		return touch(c, at, "PARTIES_NOTIFIED", "已通知当事人", List.of(), stopped);
	}

	// ---- helpers ----------------------------------------------------------------------------------------------

	/** Refuses an act the law routes through the request type given, unless that request's approval is being applied. */
	private void requireDirect(Optional<String> requestType, String what) {
		if (requestType.isPresent() && !CaseAccess.applyingApprovedDecision()) {
			String code = requestType.get();
			throw new ApprovalRequired(what, code, requestTypes.find(code).map(RequestType::name).orElse(code));
		}
	}

	private List<String> end(Case c, CoerciveMeasure m, Instant at, String reason, CoerciveMeasure.@Nullable Outcome outcome) {
		measures.update(m.ended(at, reason, outcome), m.version());
		List<String> stopped = clocks.stopRunning(clocks.ofMeasure(m.id()), at, reason).stream().map(CaseClocks::describe).toList();
		events.publishEvent(new CoerciveMeasureEnded(c.id(), m.id(), m.partyId(), m.kind(), at, reason));
		return stopped;
	}

	private static void requireNotBefore(Instant at, CoerciveMeasure m, String what) {
		if (at.isBefore(m.startedAt())) {
			throw new TimeBeforePredecessor("at", what, m.kind().label() + "开始时间", MeasureOrder.text(m.startedAt()));
		}
	}

	private StatutoryClock casePeriod(Case c) {
		if (c.kind() != CaseKind.ADMINISTRATIVE) {
			throw new MeasureOutOfOrder("办案期限的延长和不计入期间只适用于行政案件。");
		}
		return clocks.running(clocks.ofCaseItself(c.id()), CaseClocks.CASE_PERIOD)
			.orElseThrow(() -> new MeasureOutOfOrder("本案办案期限已停止计算。"));
	}

	private static String extensibleRule(MeasureKind kind) {
		return switch (kind) {
			case SUMMONS, COMPELLED_APPEARANCE, QUESTIONING_PERIOD, SEIZURE -> kind.clocks().get(0).ruleCode();
			case CRIMINAL_DETENTION -> MeasureKind.ClockPlan.ARREST_REQUEST;
			case ARREST -> MeasureKind.ClockPlan.INVESTIGATION_PERIOD;
			default -> throw new MeasureOutOfOrder(kind.label() + "没有可延长的期限。");
		};
	}

	/** Locks the case for this transaction after checking the caller may handle it. */
	private Case lock(UUID caseId) {
		return access.requireManageable(cases.findForUpdate(caseId).filter(access::canRead)
			.orElseThrow(() -> new NotFound("案件", caseId)));
	}

	private static void requireOpen(Case c) {
		if (!c.open()) {
			throw new CaseAlreadyClosed(c);
		}
	}

	private Case lockOpen(UUID caseId) {
		Case c = lock(caseId);
		requireOpen(c);
		return c;
	}

	private Case lockOpen(UUID caseId, long version) {
		Case c = lockOpen(caseId);
		if (c.version() != version) {
			throw new StaleVersion("案件", c.number(), version);
		}
		return c;
	}

	private CoerciveMeasure activeMeasure(Case c, UUID measureId, long version) {
		CoerciveMeasure m = measures.find(measureId).filter(x -> x.caseId().equals(c.id()))
			.orElseThrow(() -> new NotFound("强制措施", measureId));
		if (m.version() != version) {
			throw new StaleVersion("强制措施", m.kind().label(), version);
		}
		if (!m.active()) {
			throw new MeasureOutOfOrder(m.kind().label() + "已于 " + MeasureOrder.text(java.util.Objects.requireNonNull(m.endedAt()))
					+ " 结束（" + m.endReason() + "）。");
		}
		return m;
	}

	private Party partyOf(Case c, UUID partyId) {
		return parties.find(partyId).filter(p -> p.caseId().equals(c.id())).orElseThrow(() -> new NotFound("当事人", partyId));
	}

	private String personName(CoerciveMeasure m) {
		return m.partyId() == null ? "" : parties.find(m.partyId()).map(Party::name).orElse("");
	}

	/** Validates a party: a valid 公民身份号码 unless a suspect is 身份不明; minor on the filing day. */
	private Party party(Case c, UUID id, NewParty request, long version, @Nullable Instant terminatedAt) {
		String name = requireText("name", "姓名", request.name(), 50);
		LocalDate filedOn = day(c.filedAt());
		String text = request.citizenId() == null ? "" : request.citizenId().strip();
		if (text.isEmpty()) {
			if (request.role() != PartyRole.SUSPECT) {
				throw new InvalidInput("citizenId", "请填写公民身份号码（仅嫌疑人可登记为身份不明）");
			}
			return new Party(id, c.id(), request.role(), name, null, true, null, false, terminatedAt, version);
		}
		CitizenId citizenId = CitizenId.parse("citizenId", text, LocalDate.now(clock.withZone(CHINA)));
		if (parties.citizenIdTaken(c.id(), request.role(), citizenId.value(), version == 0 ? null : id)) {
			throw new PartyAlreadyRecorded(request.role());
		}
		return new Party(id, c.id(), request.role(), name, citizenId.value(), false, citizenId.birthDate(),
				citizenId.minorOn(filedOn), terminatedAt, version);
	}

	private static String describeIdentity(Party p) {
		return p.unidentified() ? "（身份不明）" : "（" + p.maskedCitizenId() + (p.minor() ? "，未成年人" : "") + "）";
	}

	private Case touch(Case c, Instant at, String kind, String summary, List<String> started, List<String> stopped) {
		Case next = c.touched();
		cases.update(next, c.version());
		append(c.id(), at, kind, summary, started, stopped);
		return next;
	}

	private void append(UUID caseId, Instant at, String kind, String summary, List<String> started, List<String> stopped) {
		Actor actor = CurrentActor.get();
		timeline.append(caseId, new CaseEvent(at, clock.instant(), actor.username(), actor.displayName(), kind, summary, started, stopped));
	}

	private String label(Case c) {
		return label(c, offences.find(c.offenceCode()).orElseThrow());
	}

	static String label(Case c, Offence offence) {
		return c.number() + " " + offence.name() + "案";
	}

	private static LocalDate day(Instant at) {
		return at.atZone(CHINA).toLocalDate();
	}

	private static String requireText(String field, String what, @Nullable String value, int max) {
		String v = value == null ? "" : value.strip();
		if (v.isEmpty()) {
			throw new InvalidInput(field, what + "不能为空");
		}
		if (v.length() > max) {
			throw new InvalidInput(field, what + "不能超过" + max + "个字");
		}
		return v;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
