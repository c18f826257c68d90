package org.zhifa.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.calendar.StatutoryClock;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.StaleVersion;
import org.zhifa.shared.Visibilities;

/**
 * Acceptances and their filing decision: read within the data scope (the receipt too), extend the decision period,
 * decide (立案 / 不予立案 / 转行政 / 行政受案办理), record the refusal notice served, and the 复议 and 复核 with their
 * decisions (刑规178–179). Every act stops the clock it answers and starts the next one in the same transaction; a
 * decision that opens a case publishes {@link CaseFiled}, on which the cases module opens it.
 */
@Service
@Transactional
public class FilingDecisions {

	static final String SUBJECT = "acceptance";
	static final String DECIDE = "intake:decide";

	private final Acceptances acceptances;
	private final Incidents incidents;
	private final IntakeViews views;
	private final FilingClocks clocks;
	private final OffenceCodes offences;
	private final Visibilities visibilities;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	FilingDecisions(Acceptances acceptances, Incidents incidents, IntakeViews views, FilingClocks clocks, OffenceCodes offences,
			Visibilities visibilities, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.acceptances = acceptances;
		this.incidents = incidents;
		this.views = views;
		this.clocks = clocks;
		this.offences = offences;
		this.visibilities = visibilities;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageResult<AcceptanceDetails> search(AcceptanceSearch search, PageRequest page) {
		if (search.from() != null && search.to() != null && search.to().isBefore(search.from())) {
			throw new InvalidInput("to", "结束日期不能早于开始日期");
		}
		return acceptances.search(search, visibilities.current(IntakeDesk.READ), page, clock.getZone()).map(views::acceptance);
	}

	/** One visible acceptance with the reporter in full; the read is audited (personal data). */
	public AcceptanceDetails get(UUID id) {
		Acceptance acceptance = visible(id);
		audit.record(AuditRecord.of("acceptance.read", SUBJECT, id, "查看受案 " + acceptance.number() + "（含报案人身份信息）"));
		return views.acceptance(acceptance);
	}

	/** What the 受案回执 prints; the read is audited. */
	public AcceptanceDetails receipt(UUID id) {
		Acceptance acceptance = visible(id);
		audit.record(AuditRecord.of("acceptance.receipt-printed", SUBJECT, id, "调阅受案回执 " + acceptance.receiptNumber()));
		return views.acceptance(acceptance);
	}

	/**
	 * Extends the running decision period with one of its rule's extensions (立案审查: lead-check / major-complex;
	 * 复议 and 复核: complex) — the clock is recomputed and says so in its basis.
	 */
	public AcceptanceDetails extend(UUID id, String extensionCode, String reason, long version) {
		Acceptance acceptance = loadForChange(id, version);
		StatutoryClock running = clocks.running(acceptance);
		if (!acceptance.canExtend() || running == null || !running.running()) {
			throw new StepOutOfOrder("当前期限不能延长", "受案 " + acceptance.number() + " 当前状态为“" + acceptance.status().label()
					+ "”，没有可延长的审查期限。");
		}
		if (running.context().extensions().contains(extensionCode)) {
			throw new InvalidInput("code", "该期限已按此理由延长过");
		}
		String why = Incident.required("reason", "延长理由", reason);
		StatutoryClock extended = clocks.extend(running, extensionCode, why);
		return saved(acceptance, "acceptance.extended", running.label() + "延长（" + extensionCode + "）：" + why + "；到期时间 "
				+ running.deadline().dueAtText() + " → " + extended.deadline().dueAtText());
	}

	/**
	 * The decision on the acceptance; stops the decision clock. 不予立案 starts the 3-day notice clock; the others open a
	 * case and need its 案由 ({@code offenceCode}: criminal for FILE, administrative for CONVERT and PROCEED).
	 */
	public AcceptanceDetails decide(UUID id, FilingDecision decision, @Nullable String reason, @Nullable String offenceCode,
			@Nullable Instant at, long version) {
		Acceptance acceptance = loadForChange(id, version);
		Instant when = at == null ? clock.instant() : at;
		acceptance.decide(decision, reason, offenceCode, when, clock.instant());
		requireCatalogued(acceptance, decision == FilingDecision.REFUSE ? null
				: decision == FilingDecision.FILE ? CaseKind.CRIMINAL : CaseKind.ADMINISTRATIVE);
		clocks.stopRunning(acceptance, when, "已作出决定：" + decision.label());
		Incident incident = incidents.find(acceptance.incidentId()).orElseThrow();
		if (decision == FilingDecision.REFUSE) {
			acceptance.waitsOn(clocks.start(acceptance, incident.label(), FilingClocks.REFUSAL_NOTICE,
					"送达不予立案通知书（" + acceptance.number() + "）", when).id().value());
		}
		else {
			publishCaseFiled(acceptance, incident, decision == FilingDecision.FILE ? CaseKind.CRIMINAL : CaseKind.ADMINISTRATIVE);
		}
		return saved(acceptance, "acceptance.decided", decision.label() + (acceptance.decisionReason() == null ? ""
				: "，理由：" + acceptance.decisionReason()) + (acceptance.offenceCode() == null ? "" : "，案由：" + acceptance.offenceCode()));
	}

	/** The 不予立案通知书 was served: stops the notice clock and opens the complainant's 7-day 复议 window. */
	public AcceptanceDetails serveRefusalNotice(UUID id, @Nullable Instant servedAt, long version) {
		Acceptance acceptance = loadForChange(id, version);
		Instant when = servedAt == null ? clock.instant() : servedAt;
		acceptance.serveRefusalNotice(when, clock.instant());
		next(acceptance, when, "已送达不予立案通知书", FilingClocks.RECONSIDERATION_APPLICATION, "控告人申请复议（");
		return saved(acceptance, "acceptance.refusal-notice-served", "不予立案通知书已送达控告人");
	}

	/** The complainant applied for 复议 within the window: the 30-day decision clock starts. */
	public AcceptanceDetails applyForReconsideration(UUID id, @Nullable Instant appliedAt, long version) {
		Acceptance acceptance = loadForChange(id, version);
		Instant when = appliedAt == null ? clock.instant() : appliedAt;
		acceptance.applyForReconsideration(when, clock.instant());
		withinWindow(acceptance, when, "复议");
		next(acceptance, when, "控告人已申请复议", FilingClocks.RECONSIDERATION_DECISION, "作出复议决定（");
		return saved(acceptance, "acceptance.reconsideration-applied", "控告人申请复议");
	}

	/** The 复议 decision; OVERTURNED needs the 案由 ({@code offenceCode}) of the case it files. */
	public AcceptanceDetails decideReconsideration(UUID id, ChallengeOutcome outcome, @Nullable String reason,
			@Nullable String offenceCode, @Nullable Instant decidedAt, long version) {
		Acceptance acceptance = loadForChange(id, version);
		Instant when = decidedAt == null ? clock.instant() : decidedAt;
		acceptance.decideReconsideration(outcome, reason, offenceCode, when, clock.instant());
		if (outcome == ChallengeOutcome.OVERTURNED) {
			requireCatalogued(acceptance, CaseKind.CRIMINAL);
		}
		concluded(acceptance, outcome, when, "复议", FilingClocks.REVIEW_APPLICATION, "控告人申请复核（");
		return saved(acceptance, "acceptance.reconsideration-decided", "复议决定：" + outcome.label() + reasonText(reason)
				+ offenceText(acceptance, outcome));
	}

	/** After an upheld 复议: the 复核 application to the next-level office; its 30-day decision clock starts. */
	public AcceptanceDetails applyForReview(UUID id, @Nullable Instant appliedAt, long version) {
		Acceptance acceptance = loadForChange(id, version);
		Instant when = appliedAt == null ? clock.instant() : appliedAt;
		acceptance.applyForReview(when, clock.instant());
		withinWindow(acceptance, when, "复核");
		next(acceptance, when, "控告人已申请复核", FilingClocks.REVIEW_DECISION, "上级机关作出复核决定（");
		return saved(acceptance, "acceptance.review-applied", "控告人申请复核");
	}

	/** The 复核 decision; OVERTURNED needs the 案由 ({@code offenceCode}) of the case it files. */
	public AcceptanceDetails decideReview(UUID id, ChallengeOutcome outcome, @Nullable String reason, @Nullable String offenceCode,
			@Nullable Instant decidedAt, long version) {
		Acceptance acceptance = loadForChange(id, version);
		Instant when = decidedAt == null ? clock.instant() : decidedAt;
		acceptance.decideReview(outcome, reason, offenceCode, when, clock.instant());
		if (outcome == ChallengeOutcome.OVERTURNED) {
			requireCatalogued(acceptance, CaseKind.CRIMINAL);
		}
		concluded(acceptance, outcome, when, "复核", null, null);
		return saved(acceptance, "acceptance.review-decided", "复核决定：" + outcome.label() + reasonText(reason)
				+ offenceText(acceptance, outcome));
	}

	private void concluded(Acceptance acceptance, ChallengeOutcome outcome, Instant when, String what, @Nullable String nextRule,
			@Nullable String nextLabel) {
		clocks.stopRunning(acceptance, when, "已作出" + what + "决定：" + outcome.label());
		Incident incident = incidents.find(acceptance.incidentId()).orElseThrow();
		if (outcome == ChallengeOutcome.OVERTURNED) {
			publishCaseFiled(acceptance, incident, CaseKind.CRIMINAL);
		}
		else if (nextRule != null && nextLabel != null) {
			acceptance.waitsOn(clocks.start(acceptance, incident.label(), nextRule, nextLabel + acceptance.number() + "）", when)
				.id().value());
		}
	}

	private void next(Acceptance acceptance, Instant when, String stopReason, String rule, String label) {
		clocks.stopRunning(acceptance, when, stopReason);
		Incident incident = incidents.find(acceptance.incidentId()).orElseThrow();
		acceptance.waitsOn(clocks.start(acceptance, incident.label(), rule, label + acceptance.number() + "）", when).id().value());
	}

	/** A 复议 / 复核 application after its 7-day window closed is refused. */
	private void withinWindow(Acceptance acceptance, Instant appliedAt, String what) {
		StatutoryClock window = clocks.running(acceptance);
		if (window != null && appliedAt.isAfter(window.dueAt())) {
			throw new ApplicationPeriodExpired(what, window.deadline().dueAtText());
		}
	}

	/**
	 * The 案由 the decision named (the aggregate has checked its form) must be in the offence catalogue and, when the
	 * decision opens a case, of that case's kind. Checked before anything is written.
	 */
	private void requireCatalogued(Acceptance acceptance, @Nullable CaseKind opens) {
		String code = acceptance.offenceCode();
		if (code == null) {
			return;
		}
		CaseKind kind = offences.kindOf(code).orElseThrow(() -> new InvalidInput("offenceCode", "案由不在案由目录中：" + code));
		if (opens != null && kind != opens) {
			throw new InvalidInput("offenceCode", "案由 " + code + " 属于" + kind.label() + "，与" + opens.label() + "不符");
		}
	}

	private void publishCaseFiled(Acceptance a, Incident incident, CaseKind kind) {
		UUID caseId = a.caseId();
		Instant filedAt = a.decidedAt();
		String offenceCode = a.offenceCode();
		if (caseId == null || filedAt == null || offenceCode == null) {
			throw new IllegalStateException("a decision that opens a case has a case id, a time and a 案由");
		}
		events.publishEvent(new CaseFiled(caseId, kind, a.id(), a.number(), a.unitId(), offenceCode, incident.summary(),
				incident.place(), a.officerIds(), incident.occurredAt() == null ? incident.receivedAt() : incident.occurredAt(),
				filedAt));
	}

	private AcceptanceDetails saved(Acceptance acceptance, String action, String summary) {
		acceptances.update(acceptance);
		audit.record(AuditRecord.of(action, SUBJECT, acceptance.id(), "受案 " + acceptance.number() + "：" + summary));
		return views.acceptance(acceptances.find(acceptance.id()).orElseThrow());
	}

	private Acceptance visible(UUID id) {
		return acceptances.find(id)
			.filter(a -> IntakeViews.visible(visibilities.current(IntakeDesk.READ), a.unitId(), a.officerIds()))
			.orElseThrow(() -> new NotFound("受案", id));
	}

	private Acceptance loadForChange(UUID id, long version) {
		Acceptance acceptance = acceptances.findForUpdate(id)
			.filter(a -> IntakeViews.visible(visibilities.current(DECIDE), a.unitId(), a.officerIds()))
			.orElseThrow(() -> new NotFound("受案", id));
		if (acceptance.version() != version) {
			throw new StaleVersion("受案", acceptance.number(), version);
		}
		return acceptance;
	}

	private static String offenceText(Acceptance acceptance, ChallengeOutcome outcome) {
		return outcome == ChallengeOutcome.OVERTURNED && acceptance.offenceCode() != null ? "，案由：" + acceptance.offenceCode() : "";
	}

	private static String reasonText(@Nullable String reason) {
		return reason == null || reason.isBlank() ? "" : "，理由：" + reason.strip();
	}
}
