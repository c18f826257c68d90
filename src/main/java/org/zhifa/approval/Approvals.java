package org.zhifa.approval;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.calendar.ClockSubject;
import org.zhifa.calendar.DeadlineContext;
import org.zhifa.calendar.NewStatutoryClock;
import org.zhifa.calendar.Deadlines;
import org.zhifa.calendar.StatutoryClocks;
import org.zhifa.document.DocumentIssuing;
import org.zhifa.document.LegalDocument;
import org.zhifa.document.NewDocument;
import org.zhifa.officer.OfficerDirectory;
import org.zhifa.officer.OfficerSummary;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.organization.UnitKind;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.StaleVersion;
import org.zhifa.shared.Visibilities;

/**
 * Runs requests through their chains. Every action locks the submission, checks the version the actor read (two people
 * acting on one step at once: one wins, the other gets 409), checks the actor against the step ({@link StepAuthority}),
 * records the step, the history entry and the audit entry, and gives the step that now waits its due time from the calendar
 * ({@code approval.step.response}); the sweep escalates an overdue step to its supervisors' 工作台.
 */
@Service
@Transactional(readOnly = true)
public class Approvals {

	static final String SUBJECT = "approval-submission";
	static final String STEP_RULE = "approval.step.response";
	static final String ESCALATION_RULE = "approval.step.escalation";
	static final String SUBMIT = "approval:submit";
	private static final int MAX_OPINION = 2000;

	private final SubmissionRecords records;
	private final RequestTypes types;
	private final ApprovalPolicies policies;
	private final StepAuthority authority;
	private final ApprovalSubjects subjects;
	private final List<RequestCheck> checks;
	private final StatutoryClocks clocks;
	private final Deadlines deadlines;
	private final DocumentIssuing documents;
	private final OfficerDirectory officers;
	private final UnitDirectory units;
	private final Visibilities visibilities;
	private final SubmissionScope scope;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Approvals(SubmissionRecords records, RequestTypes types, ApprovalPolicies policies, StepAuthority authority, ApprovalSubjects subjects,
			List<RequestCheck> checks, StatutoryClocks clocks, Deadlines deadlines, DocumentIssuing documents, OfficerDirectory officers,
			UnitDirectory units, Visibilities visibilities, SubmissionScope scope, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.types = types;
		this.policies = policies;
		this.authority = authority;
		this.subjects = subjects;
		this.checks = List.copyOf(checks);
		this.clocks = clocks;
		this.deadlines = deadlines;
		this.documents = documents;
		this.officers = officers;
		this.units = units;
		this.visibilities = visibilities;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	// ---- the submitter ----------------------------------------------------------------------------------------------

	/** Submits a request: routed by the policy table, waiting at its first step. The same {@code requestKey} again returns it. */
	@Transactional
	public Submission submit(NewSubmission request) {
		OfficerSummary me = me();
		if (request.requestKey() != null) {
			Optional<Submission> earlier = records.byRequestKey(request.requestKey());
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		RequestType type = types.get("requestType", request.requestType());
		if (type.partyRequired() && request.partyId() == null) {
			throw new InvalidInput("partyId", "“" + type.name() + "”须选择当事人");
		}
		SubjectFacts subject = subjects.describe(request.caseId(), request.partyId());
		if (!visibilities.current(SUBMIT).coversUnit(subject.unitId())) {
			throw new NotFound("案件", request.caseId());
		}
		if (type.caseKind() != null && type.caseKind() != subject.caseKind()) {
			throw new InvalidInput("requestType", "“" + type.name() + "”只适用于" + (type.caseKind().name().equals("CRIMINAL") ? "刑事" : "行政") + "案件");
		}
		String facts = text("facts", "事实", request.facts(), 4000);
		String reasons = text("reasons", "呈请理由", request.reasons(), 2000);
		String basis = text("legalBasis", "法律依据", request.legalBasis(), 500);
		BigDecimal amount = amount(request.amount());
		if (type.code().equals("ADMINISTRATIVE_PENALTY") && request.penaltyKind() == null) {
			throw new InvalidInput("penaltyKind", "行政处罚呈请须选择处罚种类");
		}
		records.openDuplicate(type.code(), subject.caseId(), subject.partyId()).ifPresent(open -> {
			throw new DuplicateSubmission(open);
		});
		subjects.checkRequest(type.code(), subject, request.params());
		checkParams(type.code(), subject, request.params(), null);
		checkDraft(type, request.documentFields());
		List<UUID> executing = request.officerIds().isEmpty() ? subject.officerIds() : List.copyOf(new LinkedHashSet<>(request.officerIds()));
		UnitKind unitKind = units.find(subject.unitId()).orElseThrow().kind();
		ApprovalPolicy policy = policies.route(type, new RoutingFacts(subject.caseKind(), unitKind, amount, request.penaltyKind(),
				subject.minorInvolved(), request.majorCase()));

		Instant now = now();
		String title = type.name() + (subject.partyName() == null ? "" : "（" + subject.partyName() + "）");
		List<ApprovalStep> steps = new ArrayList<>();
		for (int i = 0; i < policy.steps().size(); i++) {
			steps.add(new ApprovalStep(i + 1, policy.steps().get(i), null, null, null, null, false, null, null, null, null, null));
		}
		Submission draft = new Submission(UUID.randomUUID(), records.nextNumber(now), type.code(), subject.caseId(), subject.caseLabel(),
				subject.caseKind(), subject.unitId(), subject.partyId(), subject.partyName(), title, facts, reasons, basis, amount,
				request.penaltyKind(), request.majorCase(), subject.minorInvolved(), request.params(), request.documentFields(), executing,
				me.id(), me.name(), now, policy.id(), policy.version(), SubmissionState.WITH_SUBMITTER, 0, 1, now, null, null, List.of(),
				null, null, null, -1);
		try {
			records.insert(draft, request.requestKey());
		}
		catch (DuplicateKeyException race) {
			throw new InvalidInput("requestKey", "请求编号已用于其他呈请，请重新提交");
		}
		records.replaceSteps(draft.id(), steps);
		Submission submitted = enter(draft, steps, steps.getFirst(), now);
		records.append(submitted.id(), action(ApprovalAction.Kind.SUBMITTED, null, submitted.round(), me, null, reasons, now));
		audit.record(AuditRecord.of("approval.submitted", SUBJECT, submitted.id(), submitted.number() + " " + submitted.title() + "（"
				+ submitted.caseLabel() + "），按“" + policy.name() + "”第" + policy.version() + "版审批：" + policy.chain()));
		return submitted;
	}

	/** Takes a request back before anyone has signed it in this round; it returns to the submitter to change. */
	@Transactional
	public Submission recall(UUID id, String reason, long version) {
		OfficerSummary me = me();
		Submission s = lock(id, version);
		requireSubmitter(s, me, "撤回");
		if (s.state() != SubmissionState.IN_REVIEW) {
			throw new SubmissionNotWaiting(s, "撤回");
		}
		if (records.steps(id).stream().anyMatch(ApprovalStep::approved)) {
			throw new SubmissionNotWaiting(s, "撤回", "已有审批人签署意见，只能由审批人退回");
		}
		Instant now = now();
		Submission back = toSubmitter(s, now, "呈请人撤回");
		records.append(id, action(ApprovalAction.Kind.RECALLED, null, s.round(), me, null, opinion(reason), now));
		audit.record(AuditRecord.of("approval.recalled", SUBJECT, id, s.number() + " 呈请人撤回：" + opinion(reason)));
		return back;
	}

	/** Submits again, with what the submitter changed, from the first step (a new round). */
	@Transactional
	public Submission resubmit(UUID id, String facts, String reasons, String legalBasis, Map<String, String> documentFields, long version) {
		OfficerSummary me = me();
		Submission s = lock(id, version);
		requireSubmitter(s, me, "重新提交");
		if (s.state() != SubmissionState.WITH_SUBMITTER) {
			throw new SubmissionNotWaiting(s, "重新提交");
		}
		RequestType type = types.get("requestType", s.requestType());
		checkDraft(type, documentFields);
		SubjectFacts subject = subjects.describe(s.caseId(), s.partyId());
		subjects.checkRequest(type.code(), subject, s.params());
		checkParams(type.code(), subject, s.params(), s.id());
		Instant now = now();
		Submission revised = s.revised(text("facts", "事实", facts, 4000), text("reasons", "呈请理由", reasons, 2000),
				text("legalBasis", "法律依据", legalBasis, 500), documentFields, now);
		records.revise(revised);
		List<ApprovalStep> steps = records.steps(id).stream().map(ApprovalStep::reopened).toList();
		records.replaceSteps(id, steps);
		Submission again = enter(revised, steps, steps.getFirst(), now);
		records.append(id, action(ApprovalAction.Kind.RESUBMITTED, null, again.round(), me, null, again.reasons(), now));
		audit.record(AuditRecord.of("approval.resubmitted", SUBJECT, id, s.number() + " 第" + again.round() + "次提交"));
		return again;
	}

	/** Gives up a request that is back with the submitter. */
	@Transactional
	public Submission withdraw(UUID id, String reason, long version) {
		OfficerSummary me = me();
		Submission s = lock(id, version);
		requireSubmitter(s, me, "撤销");
		if (s.state() != SubmissionState.WITH_SUBMITTER) {
			throw new SubmissionNotWaiting(s, "撤销", "审批中的呈请须先撤回");
		}
		Instant now = now();
		Submission done = s.decided(SubmissionState.WITHDRAWN, now, null, null);
		records.update(done);
		records.append(id, action(ApprovalAction.Kind.WITHDRAWN, null, s.round(), me, null, opinion(reason), now));
		audit.record(AuditRecord.of("approval.withdrawn", SUBJECT, id, s.number() + " 撤销呈请：" + opinion(reason)));
		return done;
	}

	// ---- the reviewers ----------------------------------------------------------------------------------------------

	/** Signs the current step with an opinion; after the last step the request is approved and takes effect. */
	@Transactional
	public Submission approve(UUID id, String opinion, long version) {
		Turn t = turn(id, version, "审批");
		if (t.step().kind() == StepKind.COLLECTIVE_DELIBERATION) {
			throw new InvalidInput("opinion", "本环节须登记集体讨论的参加人员、各人意见和决定");
		}
		return signed(t.submission(), t.steps(), t.step(), t.me(), opinion(opinion), ApprovalAction.Kind.APPROVED, null, now());
	}

	/** Refuses the request (不予批准): it ends here, and its subject stays as it was. */
	@Transactional
	public Submission reject(UUID id, String opinion, long version) {
		Turn t = turn(id, version, "不予批准");
		return rejected(t.submission(), t.step(), t.me(), opinion(opinion), null, now());
	}

	/**
	 * Sends the request back to an earlier step ({@code toStep} ≥ 1) or to the submitter ({@code toStep} = 0); the steps from
	 * there on must sign again.
	 */
	@Transactional
	public Submission returnTo(UUID id, int toStep, String opinion, long version) {
		Turn t = turn(id, version, "退回");
		return returned(t.submission(), t.steps(), t.step(), toStep, t.me(), opinion(opinion), null, now());
	}

	/** Names a deputy for the current step (e.g. the 副所长 while the 所长 is away); both are recorded. */
	@Transactional
	public Submission delegate(UUID id, UUID deputyId, String reason, long version) {
		Turn t = turn(id, version, "委托");
		OfficerSummary me = t.me();
		Submission s = t.submission();
		List<ApprovalStep> steps = t.steps();
		ApprovalStep step = t.step();
		if (step.deputyId() != null && step.delegatedBy() != null && step.delegatedBy().equals(me.id())) {
			throw new InvalidInput("deputyId", "本环节已委托" + officerName(step.deputyId()));
		}
		OfficerSummary deputy = activeOfficer("deputyId", deputyId, "受委托人");
		if (deputy.id().equals(me.id()) || deputy.id().equals(s.submittedBy())) {
			throw new InvalidInput("deputyId", "不能委托给本人或呈请人");
		}
		if (!deputy.unitId().equals(me.unitId())) {
			throw new InvalidInput("deputyId", "只能委托本单位的民警代签");
		}
		ApprovalStep delegated = step.delegatedTo(deputy.id(), me.id(), text("reason", "委托理由", reason, 300));
		authority.require(deputy.id(), s, steps, delegated);
		records.updateStep(id, delegated);
		List<ApprovalStep> now = replace(steps, delegated);
		Instant at = now();
		endEscalation(s, at, "审批人变更");
		Submission moved = enter(s, now, delegated, s.waitingSince());
		records.append(id, action(ApprovalAction.Kind.DELEGATED, step, s.round(), me, null, "委托" + deputy.name() + "代签：" + delegated.delegationReason(), at));
		audit.record(AuditRecord.of("approval.delegated", SUBJECT, id, s.number() + " " + step.kind().label() + "委托" + deputy.name() + "代签"));
		return moved;
	}

	/** Asks a named officer for an opinion before the current step signs (加签): a step inserted in front of it. */
	@Transactional
	public Submission addReviewer(UUID id, UUID reviewerId, String reason, long version) {
		Turn t = turn(id, version, "加签");
		OfficerSummary me = t.me();
		Submission s = t.submission();
		List<ApprovalStep> steps = t.steps();
		ApprovalStep step = t.step();
		OfficerSummary reviewer = activeOfficer("reviewerId", reviewerId, "加签审核人");
		if (reviewer.id().equals(me.id()) || reviewer.id().equals(s.submittedBy())) {
			throw new InvalidInput("reviewerId", "不能加签本人或呈请人");
		}
		if (steps.size() >= 12) {
			throw new InvalidInput("reviewerId", "审批环节已达上限，不能再加签");
		}
		List<ApprovalStep> next = new ArrayList<>();
		ApprovalStep added = new ApprovalStep(step.position(), StepKind.ADDED_REVIEWER, reviewer.id(), null, null, null, false, null, null,
				null, null, null);
		for (ApprovalStep other : steps) {
			if (other.position() == step.position()) {
				next.add(added);
			}
			next.add(other.position() >= step.position() ? other.at(other.position() + 1) : other);
		}
		authority.require(reviewer.id(), s, next, added);
		records.replaceSteps(id, next);
		Instant at = now();
		endEscalation(s, at, "审批人变更");
		Submission moved = enter(s, next, added, s.waitingSince());
		records.append(id, action(ApprovalAction.Kind.REVIEWER_ADDED, step, s.round(), me, null,
				"加签" + reviewer.name() + "审核：" + text("reason", "加签理由", reason, 300), at));
		audit.record(AuditRecord.of("approval.reviewer-added", SUBJECT, id, s.number() + " 加签" + reviewer.name()));
		return moved;
	}

	/** Records a collective deliberation (集体讨论) at its step: who attended, each opinion, and what was decided. */
	@Transactional
	public Submission deliberate(UUID id, Instant heldAt, List<ApprovalAction.Opinion> opinions, DeliberationDecision decision,
			String conclusion, long version) {
		OfficerSummary me = me();
		Submission s = lockInReview(id, version, "登记集体讨论");
		List<ApprovalStep> steps = records.steps(id);
		ApprovalStep step = current(s, steps);
		if (step.kind() != StepKind.COLLECTIVE_DELIBERATION) {
			throw new InvalidInput("decision", "当前环节是“" + step.kind().label() + "”，不是集体讨论");
		}
		authority.require(me.id(), s, steps, step);
		Instant now = now();
		if (heldAt.isAfter(now) || heldAt.isBefore(s.waitingSince())) {
			throw new InvalidInput("heldAt", "讨论时间须在呈请送达本环节之后、当前时间之前");
		}
		if (opinions.size() < 3) {
			throw new InvalidInput("opinions", "集体讨论须至少三人参加并逐一记录意见");
		}
		List<ApprovalAction.Opinion> recorded = new ArrayList<>();
		LinkedHashSet<UUID> seen = new LinkedHashSet<>();
		for (int i = 0; i < opinions.size(); i++) {
			ApprovalAction.Opinion o = opinions.get(i);
			OfficerSummary attendee = activeOfficer("opinions[" + i + "].officerId", o.officerId(), "参加人员");
			if (!seen.add(attendee.id())) {
				throw new InvalidInput("opinions[" + i + "].officerId", attendee.name() + "重复登记");
			}
			if (attendee.id().equals(s.submittedBy())) {
				throw new InvalidInput("opinions[" + i + "].officerId", "呈请人可以汇报案情，但不参与表决");
			}
			recorded.add(new ApprovalAction.Opinion(attendee.id(), attendee.name(), o.agrees(), text("opinions[" + i + "].text", "意见", o.text(), 500)));
		}
		if (!seen.contains(me.id())) {
			throw new InvalidInput("opinions", "主持人（本人）的意见须一并记录");
		}
		String text = text("conclusion", "讨论决定", conclusion, MAX_OPINION);
		ApprovalAction.Deliberation record = new ApprovalAction.Deliberation(heldAt, recorded, decision, text);
		long agree = recorded.stream().filter(ApprovalAction.Opinion::agrees).count();
		String summary = "集体讨论（" + recorded.size() + "人，同意" + agree + "人）决定：" + decision.label() + "。" + text;
		return switch (decision) {
			case APPROVE -> signed(s, steps, step, me, summary, ApprovalAction.Kind.DELIBERATED, record, now);
			case REJECT -> rejected(s, step, me, summary, record, now);
			case RETURN -> returned(s, steps, step, 0, me, summary, record, now);
		};
	}

	/** The sweep: a step waiting past its due time is put on its supervisors' workbench, once. */
	@Transactional
	public boolean escalate(UUID id, Instant now) {
		Submission s = records.findForUpdate(id).orElseThrow(() -> new NotFound("呈请", id));
		if (s.state() != SubmissionState.IN_REVIEW || s.escalatedAt() != null || s.stepDueAt() == null || !s.stepDueAt().isBefore(now)) {
			return false;
		}
		List<ApprovalStep> steps = records.steps(id);
		ApprovalStep step = current(s, steps);
		List<UUID> supervisors = authority.supervisors(step, s.unitId());
		if (!supervisors.isEmpty()) {
			clocks.start(new NewStatutoryClock(ESCALATION_RULE, "审批逾期督办：" + s.title() + "（" + step.kind().label() + "）", now,
					DeadlineContext.none(), new ClockSubject(SUBJECT, s.id(), s.caseId(), s.caseLabel(), s.unitId(), supervisors)));
		}
		records.update(s.escalated(now));
		records.append(id, new ApprovalAction(0, ApprovalAction.Kind.ESCALATED, step.position(), step.kind(), s.round(), null, "系统", null,
				null, step.kind().label() + "超过办理时限，已提醒" + supervisors.size() + "名上级督办", now, null));
		audit.record(AuditRecord.of("approval.escalated", SUBJECT, id, s.number() + " " + step.kind().label() + "逾期，督办人数 " + supervisors.size()));
		return true;
	}

	// ---- moving along the chain ---------------------------------------------------------------------------------------

	private Submission signed(Submission s, List<ApprovalStep> steps, ApprovalStep step, OfficerSummary me, String opinion,
			ApprovalAction.Kind kind, ApprovalAction.@Nullable Deliberation deliberation, Instant now) {
		UUID behalfOf = step.deputyId() != null && step.deputyId().equals(me.id()) ? step.delegatedBy() : null;
		ApprovalStep done = step.approvedBy(me.id(), me.name(), behalfOf, now, opinion);
		records.updateStep(s.id(), done);
		endEscalation(s, now, step.kind().label() + "：" + kind.label());
		records.append(s.id(), new ApprovalAction(0, kind, step.position(), step.kind(), s.round(), me.id(), me.name(), behalfOf,
				behalfOf == null ? null : officerName(behalfOf), opinion, now, deliberation));
		audit.record(AuditRecord.of("approval.approved", SUBJECT, s.id(), s.number() + " " + step.kind().label() + "：" + opinion
				+ (behalfOf == null ? "" : "（代" + officerName(behalfOf) + "签）")));
		List<ApprovalStep> now2 = replace(steps, done);
		Optional<ApprovalStep> next = now2.stream().filter(x -> !x.approved()).findFirst();
		if (next.isPresent()) {
			return enter(s, now2, next.get(), now);
		}
		return approved(s, me, now);
	}

	private Submission approved(Submission s, OfficerSummary me, Instant now) {
		RequestType type = types.get("requestType", s.requestType());
		UUID documentId = null;
		String documentNumber = null;
		if (type.documentType() != null) {
			LegalDocument issued = documents.issue(new NewDocument(type.documentType(), s.unitId(), s.caseId(), s.caseLabel(),
					s.documentFields(), me.id(), null, null, "approval:" + s.id(), authority.issuingUnit(s.unitId(), records.steps(s.id()))));
			documentId = issued.id();
			documentNumber = issued.number();
		}
		Submission decided = s.decided(SubmissionState.APPROVED, now, documentId, documentNumber);
		records.update(decided);
		audit.record(AuditRecord.of("approval.decided", SUBJECT, s.id(), s.number() + " " + s.title() + " 批准"
				+ (documentNumber == null ? "" : "，签发 " + documentNumber)));
		events.publishEvent(new SubmissionApproved(s.id(), s.number(), s.requestType(), s.caseId(), s.partyId(), s.params(), s.officerIds(),
				now, me.id(), documentId, documentNumber));
		return decided;
	}

	private Submission rejected(Submission s, ApprovalStep step, OfficerSummary me, String opinion,
			ApprovalAction.@Nullable Deliberation deliberation, Instant now) {
		endEscalation(s, now, step.kind().label() + "：不予批准");
		Submission decided = s.decided(SubmissionState.REJECTED, now, null, null);
		records.update(decided);
		records.append(s.id(), new ApprovalAction(0, ApprovalAction.Kind.REJECTED, step.position(), step.kind(), s.round(), me.id(), me.name(),
				null, null, opinion, now, deliberation));
		audit.record(AuditRecord.of("approval.rejected", SUBJECT, s.id(), s.number() + " " + step.kind().label() + "不予批准：" + opinion));
		events.publishEvent(new SubmissionRejected(s.id(), s.number(), s.requestType(), s.caseId(), now, opinion));
		return decided;
	}

	private Submission returned(Submission s, List<ApprovalStep> steps, ApprovalStep step, int toStep, OfficerSummary me, String opinion,
			ApprovalAction.@Nullable Deliberation deliberation, Instant now) {
		if (toStep < 0 || toStep >= step.position()) {
			throw new InvalidInput("toStep", "只能退回到本环节之前的环节（0 为呈请人，1 至 " + (step.position() - 1) + " 为已签署的环节）");
		}
		endEscalation(s, now, step.kind().label() + "：退回");
		String target = toStep == 0 ? "呈请人" : steps.get(toStep - 1).kind().label();
		records.append(s.id(), new ApprovalAction(0, ApprovalAction.Kind.RETURNED, step.position(), step.kind(), s.round(), me.id(), me.name(),
				null, null, "退回" + target + "：" + opinion, now, deliberation));
		audit.record(AuditRecord.of("approval.returned", SUBJECT, s.id(), s.number() + " " + step.kind().label() + "退回" + target + "：" + opinion));
		if (toStep == 0) {
			return toSubmitter(s, now, null);
		}
		List<ApprovalStep> reopened = steps.stream().map(x -> x.position() >= toStep ? x.reopened() : x).toList();
		for (ApprovalStep x : reopened) {
			if (x.position() >= toStep) {
				records.updateStep(s.id(), x);
			}
		}
		return enter(s, reopened, reopened.get(toStep - 1), now);
	}

	private Submission toSubmitter(Submission s, Instant now, @Nullable String reason) {
		if (reason != null) {
			endEscalation(s, now, reason);
		}
		List<ApprovalStep> reopened = records.steps(s.id()).stream().map(ApprovalStep::reopened).toList();
		records.replaceSteps(s.id(), reopened);
		Submission back = s.waiting(SubmissionState.WITH_SUBMITTER, 0, now, null, List.of());
		records.update(back);
		return back;
	}

	/**
	 * The request now waits at {@code step} from {@code since}: its candidates are computed (the inbox) and its due time is
	 * computed by the calendar from the period rule {@code approval.step.response}. No running clock per step: the inbox is
	 * the approvers' to-do list; a clock (and a 工作台 task) starts only for the supervisors when a step is escalated.
	 */
	private Submission enter(Submission s, List<ApprovalStep> steps, ApprovalStep step, Instant since) {
		List<UUID> candidates = authority.candidates(s, steps, step);
		if (candidates.isEmpty()) {
			throw new NoOneCanAct(step.kind().label(), authority.whoMay(step, s.unitId()));
		}
		Instant dueAt = deadlines.compute(STEP_RULE, since.atZone(clock.getZone()), DeadlineContext.none()).dueAt();
		Submission waiting = s.waiting(SubmissionState.IN_REVIEW, step.position(), since, dueAt, candidates);
		records.update(waiting);
		return waiting;
	}

	/** Stops the supervisors' escalation task, if the waiting step was escalated. */
	private void endEscalation(Submission s, Instant now, String reason) {
		if (s.escalatedAt() != null) {
			clocks.stopAll(SUBJECT, s.id(), now, reason);
		}
	}

	// ---- helpers ------------------------------------------------------------------------------------------------------

	/** Now, to the microsecond PostgreSQL keeps, so what is returned equals what is read back. */
	private Instant now() {
		return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	private Submission lock(UUID id, long version) {
		Submission s = records.findForUpdate(id).filter(scope::canRead).orElseThrow(() -> new NotFound("呈请", id));
		if (s.version() != version) {
			throw new StaleVersion("呈请", id, version);
		}
		return s;
	}

	/** The signed-in reviewer's turn at the current step: the request locked at the version read, the actor checked. */
	private record Turn(OfficerSummary me, Submission submission, List<ApprovalStep> steps, ApprovalStep step) {
	}

	private Turn turn(UUID id, long version, String what) {
		OfficerSummary me = me();
		Submission s = lockInReview(id, version, what);
		List<ApprovalStep> steps = records.steps(id);
		ApprovalStep step = current(s, steps);
		authority.require(me.id(), s, steps, step);
		return new Turn(me, s, steps, step);
	}

	private Submission lockInReview(UUID id, long version, String what) {
		Submission s = lock(id, version);
		if (s.state() != SubmissionState.IN_REVIEW) {
			throw new SubmissionNotWaiting(s, what);
		}
		return s;
	}

	private static ApprovalStep current(Submission s, List<ApprovalStep> steps) {
		return steps.stream().filter(x -> x.position() == s.currentStep()).findFirst().orElseThrow();
	}

	private static List<ApprovalStep> replace(List<ApprovalStep> steps, ApprovalStep changed) {
		return steps.stream().map(x -> x.position() == changed.position() ? changed : x).toList();
	}

	private void requireSubmitter(Submission s, OfficerSummary me, String what) {
		if (!s.submittedBy().equals(me.id())) {
			throw new NotEligibleToAct("呈请人操作", List.of("只有呈请人" + s.submittedByName() + "可以" + what));
		}
	}

	/** Every {@link RequestCheck} covering the type, with the other requests still open on the case. */
	private void checkParams(String requestType, SubjectFacts subject, Map<String, String> params, @Nullable UUID self) {
		List<RequestCheck> covering = checks.stream().filter(c -> c.covers(requestType)).toList();
		if (covering.isEmpty()) {
			return;
		}
		List<Submission> open = records.openOnCase(subject.caseId()).stream().filter(o -> !o.id().equals(self)).toList();
		for (RequestCheck c : covering) {
			c.check(requestType, subject, params, open);
		}
	}

	private void checkDraft(RequestType type, Map<String, String> fields) {
		if (type.documentType() != null) {
			documents.checkDraft(type.documentType(), fields);
		}
		else if (!fields.isEmpty()) {
			throw new InvalidInput("documentFields", "“" + type.name() + "”批准后不在此签发文书，不需要填写文书内容");
		}
	}

	private OfficerSummary me() {
		UUID officerId = CurrentActor.get().officerId();
		if (officerId == null) {
			throw new NotEligibleToAct("审批", List.of("当前账号没有对应的民警"));
		}
		return officers.find(officerId).filter(OfficerSummary::active)
			.orElseThrow(() -> new NotEligibleToAct("审批", List.of("当前账号对应的民警不在岗")));
	}

	private OfficerSummary activeOfficer(String field, @Nullable UUID id, String label) {
		if (id == null) {
			throw new InvalidInput(field, "请选择" + label);
		}
		return officers.find(id).filter(OfficerSummary::active).orElseThrow(() -> new InvalidInput(field, label + "不存在或不在岗"));
	}

	private String officerName(UUID id) {
		return officers.find(id).map(OfficerSummary::name).orElse("（未知）");
	}

	private static ApprovalAction action(ApprovalAction.Kind kind, @Nullable ApprovalStep step, int round, OfficerSummary me,
			@Nullable UUID behalfOf, @Nullable String opinion, Instant at) {
		return new ApprovalAction(0, kind, step == null ? null : step.position(), step == null ? null : step.kind(), round, me.id(), me.name(),
				behalfOf, null, opinion, at, null);
	}

	private static String opinion(@Nullable String text) {
		return text("opinion", "意见", text, MAX_OPINION);
	}

	private static String text(String field, String label, @Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput(field, "请填写" + label);
		}
		String stripped = text.strip();
		if (stripped.length() > max) {
			throw new InvalidInput(field, label + "不能超过" + max + "个字");
		}
		return stripped;
	}

	private static @Nullable BigDecimal amount(@Nullable BigDecimal amount) {
		if (amount != null && (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12)) {
			throw new InvalidInput("amount", "金额须为不超过12位整数、2位小数的非负数");
		}
		return amount;
	}
}
