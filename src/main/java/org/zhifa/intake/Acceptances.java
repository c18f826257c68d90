package org.zhifa.intake;

import static org.zhifa.intake.Incidents.instant;
import static org.zhifa.intake.Incidents.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.SqlArrays;
import org.zhifa.shared.StaleVersion;
import org.zhifa.shared.Visibility;

/** Stores {@link Acceptance}s in {@code acceptance} and their evidence list in {@code acceptance_evidence}. */
@Repository
class Acceptances {

	private static final String COLUMNS = """
			id, number, receipt_number, query_code, request_id, incident_id, unit_id, kind, accepted_at, officer_ids, status,
			running_clock_id, decision_reason, offence_code, decided_at, case_id, refusal_notice_served_at,
			reconsideration_applied_at, reconsideration_decided_at, reconsideration_outcome, review_applied_at,
			review_decided_at, review_outcome, version""";

	private final JdbcClient jdbc;

	Acceptances(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Acceptance> find(UUID id) {
		return one("SELECT " + COLUMNS + " FROM acceptance WHERE id = :id", "id", id);
	}

	Optional<Acceptance> findForUpdate(UUID id) {
		return one("SELECT " + COLUMNS + " FROM acceptance WHERE id = :id FOR UPDATE", "id", id);
	}

	Optional<Acceptance> findByRequestId(UUID requestId) {
		return one("SELECT " + COLUMNS + " FROM acceptance WHERE request_id = :id", "id", requestId);
	}

	private Optional<Acceptance> one(String sql, String name, UUID value) {
		return jdbc.sql(sql).param(name, value).query((rs, row) -> map(rs, evidenceOf(rs.getObject("id", UUID.class)))).optional();
	}

	PageResult<Acceptance> search(AcceptanceSearch search, Visibility visibility, PageRequest page, ZoneId zone) {
		var where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new HashMap<>();
		ScopeSql.restrictTo(visibility, where, params);
		if (search.status() != null) {
			where.append(" AND status = :status");
			params.put("status", search.status().name());
		}
		if (search.kind() != null) {
			where.append(" AND kind = :kind");
			params.put("kind", search.kind().name());
		}
		ScopeSql.days("accepted_at", search.from(), search.to(), zone, where, params);
		long total = jdbc.sql("SELECT count(*) FROM acceptance" + where).params(params).query(Long.class).single();
		List<Acceptance> items = jdbc.sql("SELECT " + COLUMNS + " FROM acceptance" + where
				+ " ORDER BY accepted_at DESC, number DESC LIMIT :limit OFFSET :offset")
			.params(params).param("limit", page.size()).param("offset", page.offset())
			.query((rs, row) -> map(rs, List.of())).list();
		return new PageResult<>(items, total, page.page(), page.size());
	}

	private List<EvidenceItem> evidenceOf(UUID acceptanceId) {
		return jdbc.sql("SELECT name, quantity, description FROM acceptance_evidence WHERE acceptance_id = :id ORDER BY position")
			.param("id", acceptanceId)
			.query((rs, row) -> new EvidenceItem(rs.getString("name"), rs.getInt("quantity"), rs.getString("description")))
			.list();
	}

	void insert(Acceptance a, String by) {
		jdbc.sql("""
				INSERT INTO acceptance (id, number, receipt_number, query_code, request_id, incident_id, unit_id, kind, accepted_at,
				                        officer_ids, status, running_clock_id, created_by, version)
				VALUES (:id, :number, :receipt, :code, :requestId, :incident, :unit, :kind, :at, CAST(:officers AS uuid[]), :status,
				        :clock, :by, 0)""")
			.param("id", a.id()).param("number", a.number()).param("receipt", a.receiptNumber()).param("code", a.queryCode())
			.param("requestId", a.requestId()).param("incident", a.incidentId()).param("unit", a.unitId())
			.param("kind", a.kind().name()).param("at", ts(a.acceptedAt())).param("officers", SqlArrays.uuids(a.officerIds()))
			.param("status", a.status().name()).param("clock", a.runningClockId(), Types.OTHER).param("by", by)
			.update();
		List<EvidenceItem> evidence = a.evidence();
		for (int i = 0; i < evidence.size(); i++) {
			EvidenceItem e = evidence.get(i);
			jdbc.sql("""
					INSERT INTO acceptance_evidence (acceptance_id, position, name, quantity, description)
					VALUES (:id, :pos, :name, :qty, :desc)""")
				.param("id", a.id()).param("pos", i).param("name", e.name().strip()).param("qty", e.quantity())
				.param("desc", e.description() == null || e.description().isBlank() ? null : e.description().strip(), Types.VARCHAR)
				.update();
		}
	}

	void update(Acceptance a) {
		int rows = jdbc.sql("""
				UPDATE acceptance SET status = :status, running_clock_id = :clock, decision_reason = :reason,
				       offence_code = :offence, decided_at = :decidedAt, case_id = :caseId, refusal_notice_served_at = :served,
				       reconsideration_applied_at = :rApplied, reconsideration_decided_at = :rDecided,
				       reconsideration_outcome = :rOutcome, review_applied_at = :vApplied, review_decided_at = :vDecided,
				       review_outcome = :vOutcome, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("status", a.status().name()).param("clock", a.runningClockId(), Types.OTHER)
			.param("reason", a.decisionReason(), Types.VARCHAR).param("offence", a.offenceCode(), Types.VARCHAR)
			.param("decidedAt", ts(a.decidedAt()), Types.TIMESTAMP_WITH_TIMEZONE).param("caseId", a.caseId(), Types.OTHER)
			.param("served", ts(a.refusalNoticeServedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("rApplied", ts(a.reconsiderationAppliedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("rDecided", ts(a.reconsiderationDecidedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("rOutcome", name(a.reconsiderationOutcome()), Types.VARCHAR)
			.param("vApplied", ts(a.reviewAppliedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("vDecided", ts(a.reviewDecidedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("vOutcome", name(a.reviewOutcome()), Types.VARCHAR)
			.param("id", a.id()).param("version", a.version())
			.update();
		if (rows == 0) {
			throw new StaleVersion("受案", a.number(), a.version());
		}
	}

	private static @Nullable String name(@Nullable Enum<?> e) {
		return e == null ? null : e.name();
	}

	private static @Nullable ChallengeOutcome outcome(@Nullable String s) {
		return s == null ? null : ChallengeOutcome.valueOf(s);
	}

	private static Acceptance map(ResultSet rs, List<EvidenceItem> evidence) throws SQLException {
		return new Acceptance(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("receipt_number"),
				rs.getString("query_code"), rs.getObject("request_id", UUID.class), rs.getObject("incident_id", UUID.class),
				rs.getObject("unit_id", UUID.class), CaseKind.valueOf(rs.getString("kind")), instant(rs, "accepted_at"),
				Incidents.uuids(rs, "officer_ids"), new ArrayList<>(evidence), AcceptanceStatus.valueOf(rs.getString("status")),
				rs.getObject("running_clock_id", UUID.class), rs.getString("decision_reason"), rs.getString("offence_code"),
				instant(rs, "decided_at"), rs.getObject("case_id", UUID.class), instant(rs, "refusal_notice_served_at"),
				instant(rs, "reconsideration_applied_at"), instant(rs, "reconsideration_decided_at"),
				outcome(rs.getString("reconsideration_outcome")), instant(rs, "review_applied_at"), instant(rs, "review_decided_at"),
				outcome(rs.getString("review_outcome")), rs.getLong("version"));
	}
}
