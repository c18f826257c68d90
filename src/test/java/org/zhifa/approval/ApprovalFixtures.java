package org.zhifa.approval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.DemoActors;
import org.zhifa.TestActors;
import org.zhifa.cases.ApprovalRoutes;
import org.zhifa.cases.Case;
import org.zhifa.cases.Closing;
import org.zhifa.cases.MeasureKind;
import org.zhifa.shared.Actor;

/**
 * Takes the acts the law routes through 审核审批 the way the product does: the case officer submits the request through
 * {@link Approvals#submit}, and each step of the chain the policy table routed it to is signed by the first officer the
 * chain offers for it (its inbox), through {@link Approvals#approve}, until the request is approved and the case module
 * applies it. The document draft fills every required field of the document the request issues. No back door: a
 * refusal anywhere (out of order, no one may sign) fails the caller's test with the product's own problem.
 */
public final class ApprovalFixtures {

	private final Approvals approvals;
	private final JdbcClient jdbc;

	public ApprovalFixtures(Approvals approvals, JdbcClient jdbc) {
		this.approvals = approvals;
		this.jdbc = jdbc;
	}

	/** A plain case officer (办案民警, no reviewing role) of the case's unit, who may submit its requests. */
	public Actor caseOfficer(Case c) {
		UUID id = jdbc.sql("""
				SELECT id FROM officer WHERE unit_id = ? AND active AND kind = 'SWORN' AND roles = ARRAY['CASE_OFFICER']::text[]
				  AND qualification_expires_on > current_date ORDER BY badge_number LIMIT 1""").param(c.unitId()).query(UUID.class).single();
		return DemoActors.officer(jdbc, id, "case-officer");
	}

	/** Starts a measure that needs approval (拘传, 刑事拘留, 提请批准逮捕, 取保候审, 监视居住, administrative 扣押); its id. */
	public UUID startMeasure(Actor submitter, Case c, @Nullable UUID partyId, MeasureKind kind) {
		String type = ApprovalRoutes.toStart(kind, c.kind())
			.orElseThrow(() -> new IllegalArgumentException(kind.label() + "不经审批，直接采取"));
		Submission approved = approve(submitter, type, c.id(), partyId, Map.of());
		return jdbc.sql("SELECT id FROM coercive_measure WHERE request_id = ?").param(approved.id()).query(UUID.class).single();
	}

	/** Extends the 提请批准逮捕 period of the party's running 刑事拘留 (刑规129) by the extension of that code. */
	public Submission extendDetention(Actor submitter, Case c, UUID partyId, String extensionCode) {
		String type = ApprovalRoutes.toExtend(MeasureKind.CRIMINAL_DETENTION).orElseThrow();
		return approve(submitter, type, c.id(), partyId, Map.of("extensionCode", extensionCode));
	}

	/** Closes the case the way given (撤销案件, 移送审查起诉, 行政处罚 with a 警告, 不予处罚), concerning the party if one is named. */
	public Submission close(Actor submitter, Case c, @Nullable UUID partyId, Closing how) {
		return approve(submitter, ApprovalRoutes.toClose(how).orElseThrow(), c.id(), partyId, Map.of());
	}

	/** Submits a request of the type given and has every step approve it; the approved submission. */
	public Submission approve(Actor submitter, String requestType, UUID caseId, @Nullable UUID partyId, Map<String, String> params) {
		NewSubmission request = new NewSubmission(requestType, caseId, partyId, "测试：经查，案件事实清楚。", "测试：依法须经审批。",
				"《中华人民共和国刑事诉讼法》", null, requestType.equals("ADMINISTRATIVE_PENALTY") ? PenaltyKind.WARNING : null, false, params,
				draft(requestType), List.of(), null);
		return signAll(TestActors.callAs(submitter, () -> approvals.submit(request)));
	}

	/** Has every remaining step of a request submitted elsewhere (e.g. in the browser) approve it; the approved submission. */
	public Submission signAll(UUID submissionId) {
		record Waiting(UUID candidate, long version) {
		}
		Waiting first = jdbc.sql("SELECT candidate_ids[1] AS candidate, version FROM approval_submission WHERE id = ? AND state = 'IN_REVIEW'")
			.param(submissionId).query((rs, n) -> new Waiting(rs.getObject("candidate", UUID.class), rs.getLong("version"))).single();
		Actor approver = DemoActors.officer(jdbc, first.candidate(), "approver0");
		return signAll(TestActors.callAs(approver, () -> approvals.approve(submissionId, "同意", first.version())));
	}

	private Submission signAll(Submission submitted) {
		Submission s = submitted;
		int signed = 0;
		while (s.state() == SubmissionState.IN_REVIEW) {
			if (s.candidateIds().isEmpty() || ++signed > 10) {
				throw new IllegalStateException("呈请 " + s.number() + " 第" + s.currentStep() + "环节无人可以审批");
			}
			Submission waiting = s;
			Actor approver = DemoActors.officer(jdbc, waiting.candidateIds().getFirst(), "approver" + signed);
			s = TestActors.callAs(approver, () -> approvals.approve(waiting.id(), "同意", waiting.version()));
		}
		if (s.state() != SubmissionState.APPROVED) {
			throw new IllegalStateException("呈请 " + s.number() + " 未获批准：" + s.state());
		}
		return s;
	}

	/** Every required field of the document the request type issues, filled with its label. */
	private Map<String, String> draft(String requestType) {
		Map<String, String> fields = new HashMap<>();
		jdbc.sql("""
				SELECT f.field_key, f.label FROM document_field f JOIN approval_request_type t ON t.document_type = f.type_code
				WHERE t.code = ? AND f.required""").param(requestType)
			.query((rs, n) -> fields.put(rs.getString("field_key"), "测试" + rs.getString("label"))).list();
		return fields;
	}
}
