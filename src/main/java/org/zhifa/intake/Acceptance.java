package org.zhifa.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.zhifa.shared.InvalidInput;

/**
 * A 受案: an incident accepted as a criminal or administrative matter, with the evidence handed in on the spot, the
 * receipt (受案回执) and the filing decision — the aggregate root of intake's second half.
 * <p>
 * Lifecycle (刑规171–179; 行规61): {@link #accept accepted} PENDING (the decision clock runs; it may be
 * {@link #canExtend extended}) → {@link #decide decided} once: criminal FILE (立案) / CONVERT (转行政) / REFUSE (不予立案);
 * administrative PROCEED. A refusal goes on with {@link #serveRefusalNotice the notice served} → optionally
 * {@link #applyForReconsideration 复议} (RECONSIDERATION) → {@link #decideReconsideration decided}: upheld (REFUSED
 * again, the 复核 window opens) or overturned (FILED) → optionally {@link #applyForReview 复核} (REVIEW) →
 * {@link #decideReview decided} likewise. Each act's time lies between the act it follows and now.
 */
public final class Acceptance {

	/**
	 * The shape of a 案由 code of the cases module's offence catalogue (e.g. {@code XS-0101}, {@code ZA-0103}; its column
	 * is 20 characters). Intake cannot look the code up — the cases module depends on intake, not the other way round —
	 * so it checks presence and shape; the UI offers only catalogue entries of the right kind, and the cases module
	 * checks the entry and its kind when it opens the case.
	 */
	static final Pattern OFFENCE_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");

	private final UUID id;
	private final String number;
	private final String receiptNumber;
	private final String queryCode;
	private final UUID requestId;
	private final UUID incidentId;
	private final UUID unitId;
	private final CaseKind kind;
	private final Instant acceptedAt;
	private final List<UUID> officerIds;
	private final List<EvidenceItem> evidence;
	private AcceptanceStatus status;
	private @Nullable UUID runningClockId;
	private @Nullable String decisionReason;
	private @Nullable String offenceCode;
	private @Nullable Instant decidedAt;
	private @Nullable UUID caseId;
	private @Nullable Instant refusalNoticeServedAt;
	private @Nullable Instant reconsiderationAppliedAt;
	private @Nullable Instant reconsiderationDecidedAt;
	private @Nullable ChallengeOutcome reconsiderationOutcome;
	private @Nullable Instant reviewAppliedAt;
	private @Nullable Instant reviewDecidedAt;
	private @Nullable ChallengeOutcome reviewOutcome;
	private final long version;

	Acceptance(UUID id, String number, String receiptNumber, String queryCode, UUID requestId, UUID incidentId, UUID unitId,
			CaseKind kind, Instant acceptedAt, List<UUID> officerIds, List<EvidenceItem> evidence, AcceptanceStatus status,
			@Nullable UUID runningClockId, @Nullable String decisionReason, @Nullable String offenceCode,
			@Nullable Instant decidedAt, @Nullable UUID caseId, @Nullable Instant refusalNoticeServedAt,
			@Nullable Instant reconsiderationAppliedAt, @Nullable Instant reconsiderationDecidedAt,
			@Nullable ChallengeOutcome reconsiderationOutcome, @Nullable Instant reviewAppliedAt, @Nullable Instant reviewDecidedAt,
			@Nullable ChallengeOutcome reviewOutcome, long version) {
		this.id = id;
		this.number = number;
		this.receiptNumber = receiptNumber;
		this.queryCode = queryCode;
		this.requestId = requestId;
		this.incidentId = incidentId;
		this.unitId = unitId;
		this.kind = kind;
		this.acceptedAt = acceptedAt;
		this.officerIds = List.copyOf(officerIds);
		this.evidence = List.copyOf(evidence);
		this.status = status;
		this.runningClockId = runningClockId;
		this.decisionReason = decisionReason;
		this.offenceCode = offenceCode;
		this.decidedAt = decidedAt;
		this.caseId = caseId;
		this.refusalNoticeServedAt = refusalNoticeServedAt;
		this.reconsiderationAppliedAt = reconsiderationAppliedAt;
		this.reconsiderationDecidedAt = reconsiderationDecidedAt;
		this.reconsiderationOutcome = reconsiderationOutcome;
		this.reviewAppliedAt = reviewAppliedAt;
		this.reviewDecidedAt = reviewDecidedAt;
		this.reviewOutcome = reviewOutcome;
		this.version = version;
	}

	/** 受案 of an incident; the incident itself checks that it is still open and the time. */
	static Acceptance accept(UUID id, String number, String receiptNumber, String queryCode, UUID requestId, Incident incident,
			CaseKind kind, List<EvidenceItem> evidence, Instant acceptedAt) {
		for (int i = 0; i < evidence.size(); i++) {
			EvidenceItem item = evidence.get(i);
			Incident.required("evidence[" + i + "].name", "证据材料名称", item.name());
			if (item.quantity() < 1) {
				throw new InvalidInput("evidence[" + i + "].quantity", "证据材料数量须至少为1");
			}
		}
		return new Acceptance(id, number, receiptNumber, queryCode, requestId, incident.id(), incident.unitId(), kind, acceptedAt,
				incident.officerIds(), evidence, AcceptanceStatus.PENDING, null, null, null, null, null, null, null, null, null,
				null, null, null, 0);
	}

	/**
	 * Records the decision. FILE, CONVERT and REFUSE are criminal decisions, PROCEED the administrative one; FILE,
	 * CONVERT and PROCEED open a case under a new id, so they need the 案由 the case is opened with (a criminal one for
	 * FILE, an administrative one for CONVERT and PROCEED); a refusal may name the 案由 it considered.
	 */
	void decide(FilingDecision decision, @Nullable String reason, @Nullable String offenceCode, Instant at, Instant now) {
		if (status != AcceptanceStatus.PENDING) {
			throw new StepOutOfOrder("受案已作出决定", "受案 " + number + " 已作出决定（" + status.label() + "），不能重复决定。");
		}
		boolean criminal = kind == CaseKind.CRIMINAL;
		if (criminal == (decision == FilingDecision.PROCEED)) {
			throw new InvalidInput("decision", kind.label() + "不能作出“" + decision.label() + "”决定");
		}
		IntakeTimes.checked("decidedAt", "决定时间", at, acceptedAt, "受案时间", now);
		if (decision == FilingDecision.REFUSE || decision == FilingDecision.CONVERT) {
			reason = Incident.required("reason", decision.label() + "的理由", reason);
		}
		String offence = decision == FilingDecision.REFUSE ? optionalOffence(offenceCode)
				: requiredOffence(offenceCode, decision.label() + "须选择案由");
		this.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
		this.offenceCode = offence;
		this.decidedAt = at;
		this.status = switch (decision) {
			case FILE -> AcceptanceStatus.FILED;
			case CONVERT -> AcceptanceStatus.CONVERTED;
			case PROCEED -> AcceptanceStatus.PROCEEDED;
			case REFUSE -> AcceptanceStatus.REFUSED;
		};
		if (decision != FilingDecision.REFUSE) {
			this.caseId = UUID.randomUUID();
		}
	}

	/** The 不予立案通知书 was served on the complainant (within 3 days, 刑规178②). */
	void serveRefusalNotice(Instant at, Instant now) {
		if (status != AcceptanceStatus.REFUSED || refusalNoticeServedAt != null) {
			throw outOfOrder("送达不予立案通知书");
		}
		IntakeTimes.checked("servedAt", "送达时间", at, decidedAt, "不予立案决定时间", now);
		this.refusalNoticeServedAt = at;
	}

	/** The complainant applies for 复议 (刑规179). */
	void applyForReconsideration(Instant at, Instant now) {
		if (status != AcceptanceStatus.REFUSED || refusalNoticeServedAt == null || reconsiderationAppliedAt != null) {
			throw outOfOrder("申请复议");
		}
		IntakeTimes.checked("appliedAt", "申请时间", at, refusalNoticeServedAt, "不予立案通知书送达时间", now);
		this.reconsiderationAppliedAt = at;
		this.status = AcceptanceStatus.RECONSIDERATION;
	}

	/** The 复议 decision; overturning the refusal files the case, with the (criminal) 案由 it is opened with. */
	void decideReconsideration(ChallengeOutcome outcome, @Nullable String reason, @Nullable String offenceCode, Instant at,
			Instant now) {
		if (status != AcceptanceStatus.RECONSIDERATION) {
			throw outOfOrder("作出复议决定");
		}
		IntakeTimes.checked("decidedAt", "复议决定时间", at, reconsiderationAppliedAt, "复议申请时间", now);
		String offence = overturningOffence(outcome, offenceCode);
		this.reconsiderationDecidedAt = at;
		this.reconsiderationOutcome = outcome;
		conclude(outcome, reason, offence, at);
	}

	/** After an upheld 复议, the applicant goes to the next-level office for 复核 (刑规179). */
	void applyForReview(Instant at, Instant now) {
		if (status != AcceptanceStatus.REFUSED || reconsiderationOutcome != ChallengeOutcome.UPHELD || reviewAppliedAt != null) {
			throw outOfOrder("申请复核");
		}
		IntakeTimes.checked("appliedAt", "申请时间", at, reconsiderationDecidedAt, "复议决定时间", now);
		this.reviewAppliedAt = at;
		this.status = AcceptanceStatus.REVIEW;
	}

	/** The 复核 decision; overturning the refusal files the case, with the (criminal) 案由 it is opened with. */
	void decideReview(ChallengeOutcome outcome, @Nullable String reason, @Nullable String offenceCode, Instant at, Instant now) {
		if (status != AcceptanceStatus.REVIEW) {
			throw outOfOrder("作出复核决定");
		}
		IntakeTimes.checked("decidedAt", "复核决定时间", at, reviewAppliedAt, "复核申请时间", now);
		String offence = overturningOffence(outcome, offenceCode);
		this.reviewDecidedAt = at;
		this.reviewOutcome = outcome;
		conclude(outcome, reason, offence, at);
	}

	private static @Nullable String overturningOffence(ChallengeOutcome outcome, @Nullable String offenceCode) {
		return outcome == ChallengeOutcome.OVERTURNED ? requiredOffence(offenceCode, "撤销不予立案、予以立案须选择案由") : null;
	}

	private static String requiredOffence(@Nullable String offenceCode, String missing) {
		String code = optionalOffence(offenceCode);
		if (code == null) {
			throw new InvalidInput("offenceCode", missing);
		}
		return code;
	}

	private static @Nullable String optionalOffence(@Nullable String offenceCode) {
		if (offenceCode == null || offenceCode.isBlank()) {
			return null;
		}
		String code = offenceCode.strip();
		if (!OFFENCE_CODE.matcher(code).matches()) {
			throw new InvalidInput("offenceCode", "案由代码格式不正确：" + code);
		}
		return code;
	}

	private void conclude(ChallengeOutcome outcome, @Nullable String reason, @Nullable String offence, Instant at) {
		if (outcome == ChallengeOutcome.OVERTURNED) {
			this.status = AcceptanceStatus.FILED;
			this.offenceCode = offence;
			this.caseId = UUID.randomUUID();
			this.decidedAt = at;
			this.decisionReason = reason == null || reason.isBlank() ? outcome.label() : reason.strip();
		}
		else {
			this.status = AcceptanceStatus.REFUSED;
		}
	}

	/** Only the police's own decision periods can be extended (立案审查, 复议, 复核), not the applicant's. */
	boolean canExtend() {
		return status == AcceptanceStatus.PENDING || status == AcceptanceStatus.RECONSIDERATION || status == AcceptanceStatus.REVIEW;
	}

	/** The decision opened a case (立案, 转行政, 行政受案, or a refusal overturned). */
	boolean opensCase() {
		return caseId != null;
	}

	void waitsOn(@Nullable UUID clockId) {
		this.runningClockId = clockId;
	}

	private StepOutOfOrder outOfOrder(String act) {
		return new StepOutOfOrder("当前状态不能" + act, "受案 " + number + " 当前状态为“" + status.label() + "”，不能" + act + "。");
	}

	public UUID id() { return id; }
	public String number() { return number; }
	public String receiptNumber() { return receiptNumber; }
	public String queryCode() { return queryCode; }
	public UUID requestId() { return requestId; }
	public UUID incidentId() { return incidentId; }
	public UUID unitId() { return unitId; }
	public CaseKind kind() { return kind; }
	public Instant acceptedAt() { return acceptedAt; }
	public List<UUID> officerIds() { return officerIds; }
	public List<EvidenceItem> evidence() { return evidence; }
	public AcceptanceStatus status() { return status; }
	public @Nullable UUID runningClockId() { return runningClockId; }
	public @Nullable String decisionReason() { return decisionReason; }
	public @Nullable String offenceCode() { return offenceCode; }
	public @Nullable Instant decidedAt() { return decidedAt; }
	public @Nullable UUID caseId() { return caseId; }
	public @Nullable Instant refusalNoticeServedAt() { return refusalNoticeServedAt; }
	public @Nullable Instant reconsiderationAppliedAt() { return reconsiderationAppliedAt; }
	public @Nullable Instant reconsiderationDecidedAt() { return reconsiderationDecidedAt; }
	public @Nullable ChallengeOutcome reconsiderationOutcome() { return reconsiderationOutcome; }
	public @Nullable Instant reviewAppliedAt() { return reviewAppliedAt; }
	public @Nullable Instant reviewDecidedAt() { return reviewDecidedAt; }
	public @Nullable ChallengeOutcome reviewOutcome() { return reviewOutcome; }
	public long version() { return version; }
}
