package org.zhifa.supervision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import org.zhifa.officer.OfficerDirectory;
import org.zhifa.officer.Role;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.StaleVersion;
import org.zhifa.shared.Visibilities;
import org.zhifa.shared.Visibility;

/**
 * Stalled cases (挂案清理). Case events feed {@link #recordActivity} and {@link #recordClosed}; {@link #sweep} opens a review
 * for each open case idle longer than the configured period and escalates unanswered ones; the case officers answer with
 * {@link #explain} (a reason and how long to hold off the next review) or {@link #proposeClosing}; the department head may
 * {@link #returnProposal return} a proposal. Every review step starts or stops a statutory clock, so the workbench shows
 * it to the right people and takes it off when the step is done. Reads and answers apply the caller's data scope.
 */
@Service
@Transactional(readOnly = true)
public class StalledCases {

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日");
	static final String REVIEW_RULE = "supervision.stalled-case.review";
	static final String ESCALATION_RULE = "supervision.stalled-case.escalation";
	static final String PROPOSAL_RULE = "supervision.stalled-case.closing-proposal";
	static final String SUBJECT = "stalled-case-review";
	static final String READ = "stalled-case:read";
	static final String ANSWER = "stalled-case:answer";
	static final String DECIDE = "stalled-case:decide";

	private final StalledCaseRecords records;
	private final StatutoryClocks clocks;
	private final OfficerDirectory officers;
	private final Visibilities visibilities;
	private final AuditTrail audit;
	private final StalledCaseSettings settings;
	private final Clock clock;

	StalledCases(StalledCaseRecords records, StatutoryClocks clocks, OfficerDirectory officers, Visibilities visibilities,
			AuditTrail audit, StalledCaseSettings settings, Clock clock) {
		this.records = records;
		this.clocks = clocks;
		this.officers = officers;
		this.visibilities = visibilities;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	// ---- fed by case events -------------------------------------------------------------------------------------

	/** Progress on a case: remembered as its latest activity; a review in progress is resolved by it. */
	@Transactional
	public void recordActivity(UUID caseId, String caseLabel, UUID unitId, List<UUID> officerIds, Instant at, String what) {
		records.recordActivity(caseId, caseLabel, unitId, officerIds, at, what);
		records.inProgressOf(caseId).ifPresent(review -> resolve(review, at, "案件有新进展：" + what));
	}

	/** The case was closed: never flagged again; a review in progress is resolved. */
	@Transactional
	public void recordClosed(UUID caseId, Instant at, String how) {
		if (records.recordClosed(caseId, at)) {
			records.inProgressOf(caseId).ifPresent(review -> resolve(review, at, "案件已" + how));
		}
	}

	// ---- the sweep ----------------------------------------------------------------------------------------------

	/** Opens reviews for newly stalled cases and escalates unanswered reviews past their due time (both in batches). */
	@Transactional
	public SweepResult sweep(Instant now) {
		int opened = 0;
		for (StalledCaseRecords.IdleCase idle : records.idleCases(now.minus(settings.idlePeriod()), now, settings.sweepBatch())) {
			open(idle, now);
			opened++;
		}
		int escalated = 0;
		for (StalledCaseReview review : records.unansweredPastDue(now, settings.sweepBatch())) {
			escalate(review, now);
			escalated++;
		}
		return new SweepResult(opened, escalated);
	}

	private void open(StalledCaseRecords.IdleCase idle, Instant now) {
		UUID id = UUID.randomUUID();
		StatutoryClock reviewClock = clocks.start(new NewStatutoryClock(REVIEW_RULE, "挂案清理：说明未结原因或提出结案建议", now,
				DeadlineContext.none(), new ClockSubject(SUBJECT, id, idle.caseId(), idle.caseLabel(), idle.unitId(), idle.officerIds())));
		records.insert(new StalledCaseReview(id, idle.caseId(), idle.caseLabel(), idle.unitId(), idle.officerIds(), idle.lastActivityAt(),
				now, ReviewState.AWAITING_ANSWER, reviewClock.id().value(), reviewClock.dueAt(), null, null, null, null, null, null, null,
				null, null, null, null, 0));
		audit.record(AuditRecord.of("stalled-case.review-opened", SUBJECT, id, idle.caseLabel() + "：自"
				+ DAY.format(idle.lastActivityAt().atZone(clock.getZone())) + "起无进展，要求于" + reviewClock.deadline().dueAtText()
				+ "前说明"));
	}

	private void escalate(StalledCaseReview review, Instant now) {
		List<UUID> heads = officers.activeWithRole(Role.DEPARTMENT_HEAD, review.unitId());
		StatutoryClock escalation = clocks.start(new NewStatutoryClock(ESCALATION_RULE, "挂案清理逾期未说明：督办", now,
				DeadlineContext.none(), new ClockSubject(SUBJECT, review.id(), review.caseId(), review.caseLabel(), review.unitId(), heads)));
		save(review, with(review, review.state(), escalation.id().value(), now, review.proposalClockId(), review.answerReason(),
				review.answeredBy(), review.answeredAt(), review.extendedUntil(), review.decisionReason(), review.decidedBy(), null, null,
				review.reviewClockId(), review.reviewDueAt()));
		audit.record(AuditRecord.of("stalled-case.review-escalated", SUBJECT, review.id(),
				review.caseLabel() + "：挂案说明逾期，转办案部门负责人督办（" + heads.size() + "人）"));
	}

	// ---- answers ------------------------------------------------------------------------------------------------

	/** The officers explain why the case has not moved and hold off the next review for {@code days} days. */
	@Transactional
	public StalledCaseReview explain(UUID reviewId, String reason, int days, long version) {
		String why = required(reason, "reason", "请填写未结原因及下一步工作");
		if (days < 1) {
			throw new InvalidInput("days", "延期天数须至少为1日");
		}
		long max = settings.maxExtension().toDays();
		if (days > max) {
			throw new ExtensionTooLong(days, max);
		}
		StalledCaseReview review = visibleForUpdate(reviewId, ANSWER, version);
		if (review.state() != ReviewState.AWAITING_ANSWER) {
			throw new ReviewNotInProgress(review, "说明延期");
		}
		Instant now = clock.instant();
		Instant until = now.plus(Duration.ofDays(days));
		stopClocks(review, now, "已说明未结原因，延期" + days + "日");
		StalledCaseReview next = save(review, with(review, ReviewState.EXTENDED, review.escalationClockId(), review.escalatedAt(),
				review.proposalClockId(), why, CurrentActor.get().officerId(), now, until, null, null, "已说明延期", now,
				review.reviewClockId(), review.reviewDueAt()));
		records.quietUntil(review.caseId(), until);
		audit.record(AuditRecord.of("stalled-case.explained", SUBJECT, review.id(), review.caseLabel() + "：说明未结原因并延期" + days
				+ "日：" + why));
		return next;
	}

	/** The officers propose closing the case; the department head examines the proposal under its own clock. */
	@Transactional
	public StalledCaseReview proposeClosing(UUID reviewId, String reason, long version) {
		String why = required(reason, "reason", "请填写结案建议的理由");
		StalledCaseReview review = visibleForUpdate(reviewId, ANSWER, version);
		if (review.state() != ReviewState.AWAITING_ANSWER) {
			throw new ReviewNotInProgress(review, "提出结案建议");
		}
		Instant now = clock.instant();
		stopClocks(review, now, "已提出结案建议");
		List<UUID> heads = officers.activeWithRole(Role.DEPARTMENT_HEAD, review.unitId());
		StatutoryClock proposal = clocks.start(new NewStatutoryClock(PROPOSAL_RULE, "挂案清理：审查结案建议", now, DeadlineContext.none(),
				new ClockSubject(SUBJECT, review.id(), review.caseId(), review.caseLabel(), review.unitId(), heads)));
		StalledCaseReview next = save(review, with(review, ReviewState.CLOSING_PROPOSED, review.escalationClockId(), review.escalatedAt(),
				proposal.id().value(), why, CurrentActor.get().officerId(), now, null, null, null, null, null, review.reviewClockId(),
				review.reviewDueAt()));
		audit.record(AuditRecord.of("stalled-case.closing-proposed", SUBJECT, review.id(), review.caseLabel() + "：提出结案建议：" + why));
		return next;
	}

	/**
	 * The department head returns a closing proposal with a reason: the officers must answer again under a new review
	 * clock. (Agreeing needs no step here: closing the case resolves the review.)
	 */
	@Transactional
	public StalledCaseReview returnProposal(UUID reviewId, String reason, long version) {
		String why = required(reason, "reason", "请填写退回理由");
		StalledCaseReview review = visibleForUpdate(reviewId, DECIDE, version);
		if (review.state() != ReviewState.CLOSING_PROPOSED) {
			throw new ReviewNotInProgress(review, "退回结案建议");
		}
		Instant now = clock.instant();
		stopClocks(review, now, "结案建议被退回：" + why);
		StatutoryClock reviewClock = clocks.start(new NewStatutoryClock(REVIEW_RULE, "挂案清理：结案建议被退回，重新说明", now,
				DeadlineContext.none(), new ClockSubject(SUBJECT, review.id(), review.caseId(), review.caseLabel(), review.unitId(),
						review.officerIds())));
		StalledCaseReview next = save(review, with(review, ReviewState.AWAITING_ANSWER, null, null, null, review.answerReason(),
				review.answeredBy(), review.answeredAt(), null, why, CurrentActor.get().officerId(), null, null, reviewClock.id().value(),
				reviewClock.dueAt()));
		audit.record(AuditRecord.of("stalled-case.proposal-returned", SUBJECT, review.id(), review.caseLabel() + "：退回结案建议：" + why));
		return next;
	}

	// ---- reads --------------------------------------------------------------------------------------------------

	public PageResult<StalledCaseReview> search(@Nullable ReviewState state, PageRequest page) {
		return records.search(visibilities.current(READ), state, page);
	}

	public StalledCaseReview get(UUID reviewId) {
		StalledCaseReview review = records.find(reviewId).orElseThrow(() -> new NotFound("挂案清理", reviewId));
		if (!covers(visibilities.current(READ), review)) {
			throw new NotFound("挂案清理", reviewId);
		}
		return review;
	}

	/** The reviews of one case, newest first — no data scope: the caller has authorized access to the case. */
	public List<StalledCaseReview> ofCase(UUID caseId) {
		return records.ofCase(caseId);
	}

	// ---- helpers ------------------------------------------------------------------------------------------------

	private void resolve(StalledCaseReview review, Instant at, String why) {
		stopClocks(review, at, why);
		save(review, with(review, ReviewState.RESOLVED, review.escalationClockId(), review.escalatedAt(), review.proposalClockId(),
				review.answerReason(), review.answeredBy(), review.answeredAt(), review.extendedUntil(), review.decisionReason(),
				review.decidedBy(), why, at, review.reviewClockId(), review.reviewDueAt()));
		audit.record(AuditRecord.of("stalled-case.resolved", SUBJECT, review.id(), review.caseLabel() + "：" + why));
	}

	private void stopClocks(StalledCaseReview review, Instant at, String why) {
		for (UUID id : new UUID[] { review.reviewClockId(), review.escalationClockId(), review.proposalClockId() }) {
			if (id != null) {
				clocks.find(StatutoryClockId.of(id)).filter(StatutoryClock::running).ifPresent(c -> clocks.stop(c.id(), at, why));
			}
		}
	}

	private StalledCaseReview visibleForUpdate(UUID reviewId, String permission, long version) {
		StalledCaseReview review = records.find(reviewId).orElseThrow(() -> new NotFound("挂案清理", reviewId));
		if (!covers(visibilities.current(permission), review) || !covers(visibilities.current(READ), review)) {
			throw new NotFound("挂案清理", reviewId);
		}
		if (review.version() != version) {
			throw new StaleVersion("挂案清理", reviewId, version);
		}
		return review;
	}

	private static boolean covers(Visibility visibility, StalledCaseReview review) {
		return switch (visibility.scope()) {
			case ALL -> true;
			case OWN -> visibility.officerId() != null && review.officerIds().contains(visibility.officerId());
			case UNIT, UNIT_AND_BELOW -> visibility.unitIds().contains(review.unitId());
		};
	}

	private StalledCaseReview save(StalledCaseReview current, StalledCaseReview next) {
		if (!records.update(next, current.version())) {
			throw new StaleVersion("挂案清理", current.id(), current.version());
		}
		return next;
	}

	private static StalledCaseReview with(StalledCaseReview r, ReviewState state, @Nullable UUID escalationClockId,
			@Nullable Instant escalatedAt, @Nullable UUID proposalClockId, @Nullable String answerReason, @Nullable UUID answeredBy,
			@Nullable Instant answeredAt, @Nullable Instant extendedUntil, @Nullable String decisionReason, @Nullable UUID decidedBy,
			@Nullable String resolution, @Nullable Instant resolvedAt, UUID reviewClockId, Instant reviewDueAt) {
		return new StalledCaseReview(r.id(), r.caseId(), r.caseLabel(), r.unitId(), r.officerIds(), r.idleSince(), r.openedAt(), state,
				reviewClockId, reviewDueAt, escalationClockId, escalatedAt, proposalClockId, answerReason, answeredBy, answeredAt,
				extendedUntil, decisionReason, decidedBy, resolution, resolvedAt, r.version() + 1);
	}

	private static String required(@Nullable String value, String field, String message) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, message);
		}
		if (value.strip().length() > 500) {
			throw new InvalidInput(field, "不能超过500个字");
		}
		return value.strip();
	}
}
