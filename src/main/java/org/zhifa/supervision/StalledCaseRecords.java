package org.zhifa.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.SqlArrays;
import org.zhifa.shared.Visibility;

/** Tables {@code supervised_case} (what the module knows of each case) and {@code stalled_case_review}. */
@Repository
class StalledCaseRecords {

	private static final String COLUMNS = """
			id, case_id, case_label, unit_id, officer_ids, idle_since, opened_at, state, review_clock_id, review_due_at,
			escalation_clock_id, escalated_at, proposal_clock_id, answer_reason, answered_by, answered_at, extended_until,
			decision_reason, decided_by, resolution, resolved_at, version""";

	/** A case the sweep found idle. */
	record IdleCase(UUID caseId, String caseLabel, UUID unitId, List<UUID> officerIds, Instant lastActivityAt) {
	}

	/** On conflict: an older event never moves the last activity back. */
	private static final String LATER_ACTIVITY_WINS = """
			  last_activity = CASE WHEN EXCLUDED.last_activity_at >= supervised_case.last_activity_at
			                       THEN EXCLUDED.last_activity ELSE supervised_case.last_activity END,
			  last_activity_at = greatest(supervised_case.last_activity_at, EXCLUDED.last_activity_at)""";

	private final JdbcClient jdbc;

	StalledCaseRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- supervised cases ---------------------------------------------------------------------------------------

	/** Records progress on a case (creating the row on first sight); an older event never moves the activity back. */
	void recordActivity(UUID caseId, String label, UUID unitId, List<UUID> officerIds, Instant at, String what) {
		jdbc.sql("""
				INSERT INTO supervised_case (case_id, case_label, unit_id, officer_ids, last_activity_at, last_activity)
				VALUES (:id, :label, :unit, CAST(:officers AS uuid[]), :at, :what)
				ON CONFLICT (case_id) DO UPDATE SET case_label = EXCLUDED.case_label, unit_id = EXCLUDED.unit_id,
				  officer_ids = EXCLUDED.officer_ids,
				""" + LATER_ACTIVITY_WINS)
			.param("id", caseId).param("label", label).param("unit", unitId).param("officers", SqlArrays.uuids(officerIds))
			.param("at", offset(at)).param("what", what).update();
	}

	/** The case got its number: the label becomes the case number; officers already known are kept. */
	void recordOpened(UUID caseId, String label, UUID unitId, Instant at, String what) {
		jdbc.sql("""
				INSERT INTO supervised_case (case_id, case_label, unit_id, officer_ids, last_activity_at, last_activity)
				VALUES (:id, :label, :unit, '{}', :at, :what)
				ON CONFLICT (case_id) DO UPDATE SET case_label = EXCLUDED.case_label,
				""" + LATER_ACTIVITY_WINS)
			.param("id", caseId).param("label", label).param("unit", unitId).param("at", offset(at)).param("what", what).update();
	}

	/** The case was filed with its officers; a label set from the case number is kept. */
	void recordFiled(UUID caseId, String label, UUID unitId, List<UUID> officerIds, Instant at, String what) {
		jdbc.sql("""
				INSERT INTO supervised_case (case_id, case_label, unit_id, officer_ids, last_activity_at, last_activity)
				VALUES (:id, :label, :unit, CAST(:officers AS uuid[]), :at, :what)
				ON CONFLICT (case_id) DO UPDATE SET officer_ids = EXCLUDED.officer_ids,
				""" + LATER_ACTIVITY_WINS)
			.param("id", caseId).param("label", label).param("unit", unitId).param("officers", SqlArrays.uuids(officerIds))
			.param("at", offset(at)).param("what", what).update();
	}

	/** Progress on a known case; false when the case is unknown here. */
	boolean recordProgress(UUID caseId, Instant at, String what) {
		return jdbc.sql("""
				UPDATE supervised_case SET
				  last_activity = CASE WHEN :at >= last_activity_at THEN :what ELSE last_activity END,
				  last_activity_at = greatest(last_activity_at, :at)
				WHERE case_id = :id""").param("id", caseId).param("at", offset(at)).param("what", what).update() == 1;
	}

	boolean recordClosed(UUID caseId, Instant at) {
		return jdbc.sql("UPDATE supervised_case SET closed_at = :at WHERE case_id = :id AND closed_at IS NULL")
			.param("id", caseId).param("at", offset(at)).update() == 1;
	}

	void quietUntil(UUID caseId, Instant until) {
		jdbc.sql("UPDATE supervised_case SET quiet_until = :until WHERE case_id = :id").param("id", caseId).param("until", offset(until))
			.update();
	}

	/** Open cases idle since before {@code cutoff}, not held off by an explanation, without a review in progress. */
	List<IdleCase> idleCases(Instant cutoff, Instant now, int limit) {
		return jdbc.sql("""
				SELECT c.case_id, c.case_label, c.unit_id, c.officer_ids, c.last_activity_at FROM supervised_case c
				WHERE c.closed_at IS NULL AND c.last_activity_at < :cutoff AND (c.quiet_until IS NULL OR c.quiet_until <= :now)
				  AND NOT EXISTS (SELECT 1 FROM stalled_case_review r WHERE r.case_id = c.case_id
				                  AND r.state IN ('AWAITING_ANSWER', 'CLOSING_PROPOSED'))
				ORDER BY c.last_activity_at LIMIT :limit""")
			.param("cutoff", offset(cutoff)).param("now", offset(now)).param("limit", limit)
			.query((rs, n) -> new IdleCase(rs.getObject("case_id", UUID.class), rs.getString("case_label"),
					rs.getObject("unit_id", UUID.class), uuids(rs, "officer_ids"), instant(rs, "last_activity_at")))
			.list();
	}

	// ---- reviews ------------------------------------------------------------------------------------------------

	void insert(StalledCaseReview r) {
		jdbc.sql("INSERT INTO stalled_case_review (" + COLUMNS + ") VALUES (:id, :caseId, :caseLabel, :unitId, CAST(:officerIds AS uuid[]),"
				+ " :idleSince, :openedAt, :state, :reviewClockId, :reviewDueAt, :escalationClockId, :escalatedAt, :proposalClockId,"
				+ " :answerReason, :answeredBy, :answeredAt, :extendedUntil, :decisionReason, :decidedBy, :resolution, :resolvedAt, :version)")
			.param("id", r.id()).param("caseId", r.caseId()).param("caseLabel", r.caseLabel()).param("unitId", r.unitId())
			.param("officerIds", SqlArrays.uuids(r.officerIds())).param("idleSince", offset(r.idleSince()))
			.param("openedAt", offset(r.openedAt())).param("state", r.state().name()).param("reviewClockId", r.reviewClockId())
			.param("reviewDueAt", offset(r.reviewDueAt())).param("escalationClockId", r.escalationClockId())
			.param("escalatedAt", offset(r.escalatedAt())).param("proposalClockId", r.proposalClockId())
			.param("answerReason", r.answerReason()).param("answeredBy", r.answeredBy()).param("answeredAt", offset(r.answeredAt()))
			.param("extendedUntil", offset(r.extendedUntil())).param("decisionReason", r.decisionReason())
			.param("decidedBy", r.decidedBy()).param("resolution", r.resolution()).param("resolvedAt", offset(r.resolvedAt()))
			.param("version", r.version()).update();
	}

	/** Writes the review's new state if it still has {@code expectedVersion}; false when someone else changed it first. */
	boolean update(StalledCaseReview r, long expectedVersion) {
		return jdbc.sql("""
				UPDATE stalled_case_review SET state = :state, review_clock_id = :reviewClockId, review_due_at = :reviewDueAt,
				  escalation_clock_id = :escalationClockId, escalated_at = :escalatedAt, proposal_clock_id = :proposalClockId,
				  answer_reason = :answerReason, answered_by = :answeredBy, answered_at = :answeredAt, extended_until = :extendedUntil,
				  decision_reason = :decisionReason, decided_by = :decidedBy, resolution = :resolution, resolved_at = :resolvedAt,
				  version = :version
				WHERE id = :id AND version = :expected""")
			.param("id", r.id()).param("expected", expectedVersion).param("state", r.state().name())
			.param("reviewClockId", r.reviewClockId()).param("reviewDueAt", offset(r.reviewDueAt()))
			.param("escalationClockId", r.escalationClockId()).param("escalatedAt", offset(r.escalatedAt()))
			.param("proposalClockId", r.proposalClockId()).param("answerReason", r.answerReason()).param("answeredBy", r.answeredBy())
			.param("answeredAt", offset(r.answeredAt())).param("extendedUntil", offset(r.extendedUntil()))
			.param("decisionReason", r.decisionReason()).param("decidedBy", r.decidedBy()).param("resolution", r.resolution())
			.param("resolvedAt", offset(r.resolvedAt())).param("version", r.version())
			.update() == 1;
	}

	Optional<StalledCaseReview> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM stalled_case_review WHERE id = :id").param("id", id)
			.query(StalledCaseRecords::map).optional();
	}

	Optional<StalledCaseReview> inProgressOf(UUID caseId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM stalled_case_review WHERE case_id = :id"
				+ " AND state IN ('AWAITING_ANSWER', 'CLOSING_PROPOSED') FOR UPDATE").param("id", caseId)
			.query(StalledCaseRecords::map).optional();
	}

	/** Unanswered reviews past their due time that have not gone to the department head yet. */
	List<StalledCaseReview> unansweredPastDue(Instant now, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM stalled_case_review WHERE state = 'AWAITING_ANSWER' AND escalated_at IS NULL"
				+ " AND review_due_at < :now ORDER BY review_due_at LIMIT :limit")
			.param("now", offset(now)).param("limit", limit).query(StalledCaseRecords::map).list();
	}

	List<StalledCaseReview> ofCase(UUID caseId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM stalled_case_review WHERE case_id = :id ORDER BY opened_at DESC")
			.param("id", caseId).query(StalledCaseRecords::map).list();
	}

	PageResult<StalledCaseReview> search(Visibility visibility, @Nullable ReviewState state, PageRequest page) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		var params = new java.util.HashMap<String, Object>();
		switch (visibility.scope()) {
			case ALL -> { }
			case OWN -> {
				where.append(" AND :officer = ANY(officer_ids)");
				params.put("officer", visibility.officerId() == null ? new UUID(0, 0) : visibility.officerId());
			}
			case UNIT, UNIT_AND_BELOW -> {
				where.append(" AND unit_id = ANY(CAST(:units AS uuid[]))");
				params.put("units", SqlArrays.uuids(visibility.unitIds()));
			}
		}
		if (state != null) {
			where.append(" AND state = :state");
			params.put("state", state.name());
		}
		long total = jdbc.sql("SELECT count(*) FROM stalled_case_review" + where).params(params).query(Long.class).single();
		List<StalledCaseReview> items = jdbc.sql("SELECT " + COLUMNS + " FROM stalled_case_review" + where
				+ " ORDER BY CASE WHEN state IN ('AWAITING_ANSWER', 'CLOSING_PROPOSED') THEN 0 ELSE 1 END, review_due_at, id"
				+ " LIMIT :limit OFFSET :offset")
			.params(params).param("limit", page.size()).param("offset", page.offset()).query(StalledCaseRecords::map).list();
		return new PageResult<>(items, total, page.page(), page.size());
	}

	private static StalledCaseReview map(ResultSet rs, int row) throws SQLException {
		return new StalledCaseReview(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("case_label"),
				rs.getObject("unit_id", UUID.class), uuids(rs, "officer_ids"), instant(rs, "idle_since"), instant(rs, "opened_at"),
				ReviewState.valueOf(rs.getString("state")), rs.getObject("review_clock_id", UUID.class), instant(rs, "review_due_at"),
				rs.getObject("escalation_clock_id", UUID.class), instant(rs, "escalated_at"), rs.getObject("proposal_clock_id", UUID.class),
				rs.getString("answer_reason"), rs.getObject("answered_by", UUID.class), instant(rs, "answered_at"),
				instant(rs, "extended_until"), rs.getString("decision_reason"), rs.getObject("decided_by", UUID.class),
				rs.getString("resolution"), instant(rs, "resolved_at"), rs.getLong("version"));
	}

	private static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
		java.sql.Array array = rs.getArray(column);
		return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
	}

	@SuppressWarnings("NullAway")
	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static @Nullable OffsetDateTime offset(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
