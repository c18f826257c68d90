package org.zhifa.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.shared.SqlArrays;
import org.zhifa.shared.StaleVersion;

/** Stores {@link CoerciveMeasure}s in {@code coercive_measure}, oldest first per case. */
@Repository
class Measures {

	private static final String COLUMNS = """
			id, case_id, party_id, kind, status, outcome, officer_ids, started_at, ended_at, end_reason, note, version""";

	private final JdbcClient jdbc;

	Measures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The suspects of criminal cases of the units given (null: all) brought in under 传唤, 拘传 or 刑事拘留 started in
	 * [from, to): one row per case and party.
	 */
	List<CaseReferences.SuspectBroughtIn> suspectsBroughtIn(java.time.Instant from, java.time.Instant to, @Nullable List<UUID> units) {
		return jdbc.sql("""
				SELECT DISTINCT c.unit_id, m.case_id, m.party_id FROM coercive_measure m JOIN legal_case c ON c.id = m.case_id
				WHERE c.kind = 'CRIMINAL' AND m.party_id IS NOT NULL AND m.kind IN ('SUMMONS', 'COMPELLED_APPEARANCE', 'CRIMINAL_DETENTION')
				  AND m.started_at >= :from AND m.started_at < :to
				  AND (CAST(:units AS uuid[]) IS NULL OR c.unit_id = ANY(CAST(:units AS uuid[])))""")
			.param("from", Cases.offset(from)).param("to", Cases.offset(to)).param("units", units == null ? null : SqlArrays.uuids(units))
			.query((rs, n) -> new CaseReferences.SuspectBroughtIn(rs.getObject("unit_id", UUID.class), rs.getObject("case_id", UUID.class),
					rs.getObject("party_id", UUID.class)))
			.list();
	}

	void insert(CoerciveMeasure m, @Nullable UUID requestId) {
		jdbc.sql("INSERT INTO coercive_measure (" + COLUMNS + ", request_id) VALUES (:id, :caseId, :partyId, :kind, :status, :outcome,"
				+ " CAST(:officers AS uuid[]), :startedAt, :endedAt, :endReason, :note, :version, :requestId)")
			.param("id", m.id()).param("caseId", m.caseId()).param("partyId", m.partyId()).param("kind", m.kind().name())
			.param("status", m.status().name()).param("outcome", m.outcome() == null ? null : m.outcome().name())
			.param("officers", SqlArrays.uuids(m.officerIds())).param("startedAt", Cases.offset(m.startedAt()))
			.param("endedAt", Cases.offset(m.endedAt())).param("endReason", m.endReason()).param("note", m.note())
			.param("version", m.version()).param("requestId", requestId)
			.update();
	}

	void update(CoerciveMeasure m, long expectedVersion) {
		int rows = jdbc.sql("""
				UPDATE coercive_measure SET status = :status, outcome = :outcome, ended_at = :endedAt, end_reason = :endReason,
				  version = :version WHERE id = :id AND version = :expected""")
			.param("id", m.id()).param("expected", expectedVersion).param("status", m.status().name())
			.param("outcome", m.outcome() == null ? null : m.outcome().name()).param("endedAt", Cases.offset(m.endedAt()))
			.param("endReason", m.endReason()).param("version", m.version())
			.update();
		if (rows != 1) {
			throw new StaleVersion("强制措施", m.kind().label(), expectedVersion);
		}
	}

	Optional<CoerciveMeasure> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM coercive_measure WHERE id = :id").param("id", id).query(Measures::map).optional();
	}

	Optional<CoerciveMeasure> byRequest(UUID requestId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM coercive_measure WHERE request_id = :r").param("r", requestId)
			.query(Measures::map).optional();
	}

	List<CoerciveMeasure> ofCase(UUID caseId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM coercive_measure WHERE case_id = :c ORDER BY started_at, id").param("c", caseId)
			.query(Measures::map).list();
	}

	private static CoerciveMeasure map(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		return new CoerciveMeasure(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getObject("party_id", UUID.class), MeasureKind.valueOf(rs.getString("kind")),
				CoerciveMeasure.Status.valueOf(rs.getString("status")), outcome == null ? null : CoerciveMeasure.Outcome.valueOf(outcome),
				Arrays.asList((UUID[]) rs.getArray("officer_ids").getArray()), Cases.instant(rs, "started_at"),
				Cases.instant(rs, "ended_at"), rs.getString("end_reason"), rs.getString("note"), rs.getLong("version"));
	}
}
