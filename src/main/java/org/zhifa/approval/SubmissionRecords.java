package org.zhifa.approval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.intake.CaseKind;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.SqlArrays;
import org.zhifa.shared.StaleVersion;
import org.zhifa.shared.Visibility;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores submissions ({@code approval_submission}), their steps and their history; updates check the version read. */
@Repository
class SubmissionRecords {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
	};
	private static final String COLUMNS = """
			id, number, request_type, case_id, case_label, case_kind, unit_id, party_id, party_name, title, facts, reasons, legal_basis,
			amount, penalty_kind, major_case, minor_involved, params, document_fields, officer_ids, submitted_by, submitted_by_name,
			submitted_at, policy_id, policy_version, state, current_step, round, waiting_since, step_due_at, escalated_at,
			candidate_ids, decided_at, document_id, document_number, version""";

	private final JdbcClient jdbc;

	SubmissionRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String nextNumber(Instant at) {
		long seq = jdbc.sql("SELECT nextval('approval_submission_seq')").query(Long.class).single();
		return "SP" + at.atZone(java.time.ZoneId.of("Asia/Shanghai")).getYear() + String.format("%07d", seq);
	}

	void insert(Submission s, @Nullable UUID requestKey) {
		jdbc.sql("INSERT INTO approval_submission (" + COLUMNS + ", request_key) VALUES (:id, :number, :requestType, :caseId, :caseLabel,"
				+ " :caseKind, :unitId, :partyId, :partyName, :title, :facts, :reasons, :legalBasis, :amount, :penaltyKind, :majorCase,"
				+ " :minorInvolved, CAST(:params AS jsonb), CAST(:documentFields AS jsonb), CAST(:officerIds AS uuid[]), :submittedBy,"
				+ " :submittedByName, :submittedAt, :policyId, :policyVersion, :state, :currentStep, :round, :waitingSince,"
				+ " :stepDueAt, :escalatedAt, CAST(:candidateIds AS uuid[]), :decidedAt, :documentId, :documentNumber, :version, :requestKey)")
			.params(params(s)).param("requestKey", requestKey).update();
	}

	/**
	 * Writes where the request stands (state, step, round, due time, candidates, decision) if the row still has the version
	 * before it; otherwise someone else acted first (409). The report itself changes only through {@link #revise}.
	 */
	void update(Submission s) {
		int n = jdbc.sql("""
				UPDATE approval_submission SET state = :state, current_step = :currentStep, round = :round, waiting_since = :waitingSince,
				  step_due_at = :stepDueAt, escalated_at = :escalatedAt,
				  candidate_ids = CAST(:candidateIds AS uuid[]), decided_at = :decidedAt, document_id = :documentId,
				  document_number = :documentNumber, version = :version
				WHERE id = :id AND version = :version - 1""")
			.param("id", s.id()).param("state", s.state().name()).param("currentStep", s.currentStep()).param("round", s.round())
			.param("waitingSince", offset(s.waitingSince())).param("stepDueAt", offset(s.stepDueAt()))
			.param("escalatedAt", offset(s.escalatedAt())).param("candidateIds", SqlArrays.uuids(s.candidateIds()))
			.param("decidedAt", offset(s.decidedAt())).param("documentId", s.documentId()).param("documentNumber", s.documentNumber())
			.param("version", s.version())
			.update();
		if (n != 1) {
			throw new StaleVersion("呈请", s.id(), s.version() - 1);
		}
	}

	/** Writes the submitter's revised report (within the transaction that then moves the request on). */
	void revise(Submission s) {
		jdbc.sql("UPDATE approval_submission SET facts = :facts, reasons = :reasons, legal_basis = :legalBasis,"
				+ " document_fields = CAST(:documentFields AS jsonb) WHERE id = :id")
			.param("id", s.id()).param("facts", s.facts()).param("reasons", s.reasons()).param("legalBasis", s.legalBasis())
			.param("documentFields", JSON.writeValueAsString(s.documentFields()))
			.update();
	}

	private static Map<String, Object> params(Submission s) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", s.id());
		p.put("number", s.number());
		p.put("requestType", s.requestType());
		p.put("caseId", s.caseId());
		p.put("caseLabel", s.caseLabel());
		p.put("caseKind", s.caseKind().name());
		p.put("unitId", s.unitId());
		p.put("partyId", s.partyId());
		p.put("partyName", s.partyName());
		p.put("title", s.title());
		p.put("facts", s.facts());
		p.put("reasons", s.reasons());
		p.put("legalBasis", s.legalBasis());
		p.put("amount", s.amount());
		p.put("penaltyKind", s.penaltyKind() == null ? null : s.penaltyKind().name());
		p.put("majorCase", s.majorCase());
		p.put("minorInvolved", s.minorInvolved());
		p.put("params", JSON.writeValueAsString(s.params()));
		p.put("documentFields", JSON.writeValueAsString(s.documentFields()));
		p.put("officerIds", SqlArrays.uuids(s.officerIds()));
		p.put("submittedBy", s.submittedBy());
		p.put("submittedByName", s.submittedByName());
		p.put("submittedAt", offset(s.submittedAt()));
		p.put("policyId", s.policyId());
		p.put("policyVersion", s.policyVersion());
		p.put("state", s.state().name());
		p.put("currentStep", s.currentStep());
		p.put("round", s.round());
		p.put("waitingSince", offset(s.waitingSince()));
		p.put("stepDueAt", offset(s.stepDueAt()));
		p.put("escalatedAt", offset(s.escalatedAt()));
		p.put("candidateIds", SqlArrays.uuids(s.candidateIds()));
		p.put("decidedAt", offset(s.decidedAt()));
		p.put("documentId", s.documentId());
		p.put("documentNumber", s.documentNumber());
		p.put("version", s.version());
		return p;
	}

	Optional<Submission> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM approval_submission WHERE id = :id").param("id", id).query(SubmissionRecords::map).optional();
	}

	Optional<Submission> findForUpdate(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM approval_submission WHERE id = :id FOR UPDATE").param("id", id)
			.query(SubmissionRecords::map).optional();
	}

	Optional<Submission> byRequestKey(UUID key) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM approval_submission WHERE request_key = :key").param("key", key)
			.query(SubmissionRecords::map).optional();
	}

	/** Whether a submission of this type is still open for the same case and party (the same request twice). */
	Optional<Submission> openDuplicate(String requestType, UUID caseId, @Nullable UUID partyId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM approval_submission WHERE request_type = :type AND case_id = :caseId"
				+ " AND party_id IS NOT DISTINCT FROM :partyId AND state IN ('IN_REVIEW', 'WITH_SUBMITTER') LIMIT 1")
			.param("type", requestType).param("caseId", caseId).param("partyId", partyId).query(SubmissionRecords::map).optional();
	}

	/** The requests on a case still open (in review or back with their submitter), oldest first. */
	List<Submission> openOnCase(UUID caseId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM approval_submission WHERE case_id = :caseId AND state IN ('IN_REVIEW', 'WITH_SUBMITTER')"
				+ " ORDER BY submitted_at, id")
			.param("caseId", caseId).query(SubmissionRecords::map).list();
	}

	/** What waits for this officer, longest-waiting first. */
	PageResult<Submission> waitingFor(UUID officerId, PageRequest page) {
		long total = jdbc.sql("SELECT count(*) FROM approval_submission WHERE state = 'IN_REVIEW' AND candidate_ids @> ARRAY[CAST(:me AS uuid)]")
			.param("me", officerId).query(Long.class).single();
		List<Submission> items = jdbc.sql("SELECT " + COLUMNS + " FROM approval_submission WHERE state = 'IN_REVIEW'"
				+ " AND candidate_ids @> ARRAY[CAST(:me AS uuid)] ORDER BY waiting_since, id LIMIT :limit OFFSET :offset")
			.param("me", officerId).param("limit", page.size()).param("offset", page.offset()).query(SubmissionRecords::map).list();
		return new PageResult<>(items, total, page.page(), page.size());
	}

	/** Visible submissions, newest first, filtered by state, case, submitter and request type. */
	PageResult<Submission> search(Visibility visibility, @Nullable SubmissionState state, @Nullable UUID caseId, @Nullable UUID submittedBy,
			@Nullable String requestType, PageRequest page) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> p = new HashMap<>();
		if (!visibility.isAll()) {
			if (visibility.isOwn()) {
				where.append(" AND (submitted_by = :me OR officer_ids @> ARRAY[CAST(:me AS uuid)])");
				p.put("me", visibility.officerId() == null ? new UUID(0, 0) : visibility.officerId());
			}
			else {
				where.append(" AND unit_id = ANY(CAST(:units AS uuid[]))");
				p.put("units", SqlArrays.uuids(visibility.unitIds()));
			}
		}
		if (state != null) {
			where.append(" AND state = :state");
			p.put("state", state.name());
		}
		if (caseId != null) {
			where.append(" AND case_id = :caseId");
			p.put("caseId", caseId);
		}
		if (submittedBy != null) {
			where.append(" AND submitted_by = :submittedBy");
			p.put("submittedBy", submittedBy);
		}
		if (requestType != null) {
			where.append(" AND request_type = :requestType");
			p.put("requestType", requestType);
		}
		long total = jdbc.sql("SELECT count(*) FROM approval_submission" + where).params(p).query(Long.class).single();
		List<Submission> items = jdbc.sql("SELECT " + COLUMNS + " FROM approval_submission" + where
				+ " ORDER BY submitted_at DESC, id LIMIT :limit OFFSET :offset")
			.params(p).param("limit", page.size()).param("offset", page.offset()).query(SubmissionRecords::map).list();
		return new PageResult<>(items, total, page.page(), page.size());
	}

	/** Waiting steps past their due time and not escalated yet, oldest first. */
	List<UUID> overdue(Instant now, int limit) {
		return jdbc.sql("SELECT id FROM approval_submission WHERE state = 'IN_REVIEW' AND escalated_at IS NULL AND step_due_at < :now"
				+ " ORDER BY step_due_at LIMIT :limit")
			.param("now", offset(now)).param("limit", limit).query(UUID.class).list();
	}

	// ---- steps ------------------------------------------------------------------------------------------------------

	List<ApprovalStep> steps(UUID submissionId) {
		return jdbc.sql("""
				SELECT position, kind, assignee_id, deputy_id, delegated_by, delegation_reason, state, acted_by, acted_by_name,
				  on_behalf_of, acted_at, opinion FROM approval_step WHERE submission_id = :id ORDER BY position""")
			.param("id", submissionId)
			.query((rs, n) -> new ApprovalStep(rs.getInt("position"), StepKind.valueOf(rs.getString("kind")),
					rs.getObject("assignee_id", UUID.class), rs.getObject("deputy_id", UUID.class), rs.getObject("delegated_by", UUID.class),
					rs.getString("delegation_reason"), rs.getString("state").equals("APPROVED"), rs.getObject("acted_by", UUID.class),
					rs.getString("acted_by_name"), rs.getObject("on_behalf_of", UUID.class), instant(rs, "acted_at"), rs.getString("opinion")))
			.list();
	}

	void replaceSteps(UUID submissionId, List<ApprovalStep> steps) {
		jdbc.sql("DELETE FROM approval_step WHERE submission_id = :id").param("id", submissionId).update();
		for (ApprovalStep s : steps) {
			jdbc.sql("""
					INSERT INTO approval_step (submission_id, position, kind, assignee_id, deputy_id, delegated_by, delegation_reason, state,
					  acted_by, acted_by_name, on_behalf_of, acted_at, opinion)
					VALUES (:id, :position, :kind, :assignee, :deputy, :delegatedBy, :delegationReason, :state, :actedBy, :actedByName,
					  :onBehalfOf, :actedAt, :opinion)""")
				.param("id", submissionId).param("position", s.position()).param("kind", s.kind().name()).param("assignee", s.assigneeId())
				.param("deputy", s.deputyId()).param("delegatedBy", s.delegatedBy()).param("delegationReason", s.delegationReason())
				.param("state", s.approved() ? "APPROVED" : "PENDING").param("actedBy", s.actedBy()).param("actedByName", s.actedByName())
				.param("onBehalfOf", s.onBehalfOf()).param("actedAt", offset(s.actedAt())).param("opinion", s.opinion())
				.update();
		}
	}

	void updateStep(UUID submissionId, ApprovalStep s) {
		jdbc.sql("""
				UPDATE approval_step SET deputy_id = :deputy, delegated_by = :delegatedBy, delegation_reason = :delegationReason,
				  state = :state, acted_by = :actedBy, acted_by_name = :actedByName, on_behalf_of = :onBehalfOf, acted_at = :actedAt,
				  opinion = :opinion
				WHERE submission_id = :id AND position = :position""")
			.param("id", submissionId).param("position", s.position()).param("deputy", s.deputyId()).param("delegatedBy", s.delegatedBy())
			.param("delegationReason", s.delegationReason()).param("state", s.approved() ? "APPROVED" : "PENDING")
			.param("actedBy", s.actedBy()).param("actedByName", s.actedByName()).param("onBehalfOf", s.onBehalfOf())
			.param("actedAt", offset(s.actedAt())).param("opinion", s.opinion())
			.update();
	}

	// ---- history ----------------------------------------------------------------------------------------------------

	void append(UUID submissionId, ApprovalAction a) {
		jdbc.sql("""
				INSERT INTO approval_action (id, submission_id, seq, action, step_position, step_kind, round, actor_id, actor_name,
				  on_behalf_of, on_behalf_of_name, opinion, at, deliberation)
				VALUES (:id, :submissionId, (SELECT coalesce(max(seq), 0) + 1 FROM approval_action WHERE submission_id = :submissionId),
				  :action, :stepPosition, :stepKind, :round, :actorId, :actorName, :onBehalfOf, :onBehalfOfName, :opinion, :at,
				  CAST(:deliberation AS jsonb))""")
			.param("id", UUID.randomUUID()).param("submissionId", submissionId).param("action", a.action().name())
			.param("stepPosition", a.stepPosition()).param("stepKind", a.stepKind() == null ? null : a.stepKind().name())
			.param("round", a.round()).param("actorId", a.actorId()).param("actorName", a.actorName()).param("onBehalfOf", a.onBehalfOf())
			.param("onBehalfOfName", a.onBehalfOfName()).param("opinion", a.opinion()).param("at", offset(a.at()))
			.param("deliberation", a.deliberation() == null ? null : JSON.writeValueAsString(a.deliberation()))
			.update();
	}

	List<ApprovalAction> history(UUID submissionId) {
		return jdbc.sql("""
				SELECT seq, action, step_position, step_kind, round, actor_id, actor_name, on_behalf_of, on_behalf_of_name, opinion, at,
				  deliberation FROM approval_action WHERE submission_id = :id ORDER BY seq""")
			.param("id", submissionId)
			.query((rs, n) -> new ApprovalAction(rs.getInt("seq"), ApprovalAction.Kind.valueOf(rs.getString("action")),
					(Integer) rs.getObject("step_position"), rs.getString("step_kind") == null ? null : StepKind.valueOf(rs.getString("step_kind")),
					rs.getInt("round"), rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), rs.getObject("on_behalf_of", UUID.class),
					rs.getString("on_behalf_of_name"), rs.getString("opinion"), instant(rs, "at"),
					rs.getString("deliberation") == null ? null : JSON.readValue(rs.getString("deliberation"), ApprovalAction.Deliberation.class)))
			.list();
	}

	/** Whether the officer has ever approved a legal-review step (then he or she is no longer a first-time reviewer). */
	boolean hasReviewedBefore(UUID officerId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM approval_action WHERE actor_id = :id AND step_kind = 'LEGAL_REVIEW' AND action = 'APPROVED')")
			.param("id", officerId).query(Boolean.class).single();
	}

	private static @Nullable OffsetDateTime offset(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Submission map(ResultSet rs, int row) throws SQLException {
		return new Submission(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("request_type"),
				rs.getObject("case_id", UUID.class), rs.getString("case_label"), CaseKind.valueOf(rs.getString("case_kind")),
				rs.getObject("unit_id", UUID.class), rs.getObject("party_id", UUID.class), rs.getString("party_name"), rs.getString("title"),
				rs.getString("facts"), rs.getString("reasons"), rs.getString("legal_basis"), rs.getBigDecimal("amount"),
				rs.getString("penalty_kind") == null ? null : PenaltyKind.valueOf(rs.getString("penalty_kind")), rs.getBoolean("major_case"),
				rs.getBoolean("minor_involved"), JSON.readValue(rs.getString("params"), MAP), JSON.readValue(rs.getString("document_fields"), MAP),
				Arrays.asList((UUID[]) rs.getArray("officer_ids").getArray()), rs.getObject("submitted_by", UUID.class),
				rs.getString("submitted_by_name"), instant(rs, "submitted_at"), rs.getObject("policy_id", UUID.class), rs.getInt("policy_version"),
				SubmissionState.valueOf(rs.getString("state")), rs.getInt("current_step"), rs.getInt("round"), instant(rs, "waiting_since"),
				instant(rs, "step_due_at"), instant(rs, "escalated_at"),
				Arrays.asList((UUID[]) rs.getArray("candidate_ids").getArray()), instant(rs, "decided_at"), rs.getObject("document_id", UUID.class),
				rs.getString("document_number"), rs.getLong("version"));
	}
}
