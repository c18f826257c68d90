package org.zhifa.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.calendar.DeadlineContext.Excluded;
import org.zhifa.shared.SqlArrays;

/** Stores {@link StatutoryClock}s in table {@code statutory_clock}; updates check the version read. */
@Repository
class StatutoryClockRecords {

	private static final String COLUMNS = """
			id, label, subject_type, subject_id, case_id, case_label, unit_id, officer_ids, started_at, in_custody, extensions,
			excluded, restart_at, restart_reason, rule_code, rule_version, due_at, due_at_text, basis, steps, state, stopped_at,
			stop_reason, version""";

	/** Rows per UPDATE statement: 16 bind parameters each, far below PostgreSQL's 65,535. */
	private static final int BATCH = 500;

	private static final String VALUES_ROW = """
			(CAST(:id# AS uuid), CAST(:expected# AS bigint), CAST(:inCustody# AS boolean), CAST(:extensions# AS text[]),
			 CAST(:excluded# AS text), CAST(:restartAt# AS timestamptz), CAST(:restartReason# AS varchar), CAST(:ruleVersion# AS int),
			 CAST(:dueAt# AS timestamptz), CAST(:dueAtText# AS varchar), CAST(:basis# AS text), CAST(:steps# AS text),
			 CAST(:state# AS varchar), CAST(:stoppedAt# AS timestamptz), CAST(:stopReason# AS varchar), CAST(:version# AS bigint))""";

	private final JdbcClient jdbc;

	StatutoryClockRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(StatutoryClock c) {
		ClockSubject s = c.subject();
		DeadlineContext x = c.context();
		Deadline d = c.deadline();
		jdbc.sql("INSERT INTO statutory_clock (" + COLUMNS + ") VALUES (:id, :label, :subjectType, :subjectId, :caseId, :caseLabel,"
				+ " :unitId, CAST(:officerIds AS uuid[]), :startedAt, :inCustody, CAST(:extensions AS text[]), :excluded, :restartAt,"
				+ " :restartReason, :ruleCode, :ruleVersion, :dueAt, :dueAtText, :basis, :steps, :state, :stoppedAt, :stopReason, :version)")
			.param("id", c.id().value()).param("label", c.label()).param("subjectType", s.type()).param("subjectId", s.id())
			.param("caseId", s.caseId()).param("caseLabel", s.caseLabel()).param("unitId", s.unitId())
			.param("officerIds", SqlArrays.uuids(s.officerIds())).param("startedAt", offset(c.startedAt()))
			.param("inCustody", x.inCustody()).param("extensions", SqlArrays.codes(x.extensions()))
			.param("excluded", excluded(x.excluded())).param("restartAt", offset(x.restartAt() == null ? null : x.restartAt().toInstant()))
			.param("restartReason", x.restartReason()).param("ruleCode", d.ruleCode()).param("ruleVersion", d.ruleVersion())
			.param("dueAt", offset(d.dueAt())).param("dueAtText", d.dueAtText()).param("basis", d.basis())
			.param("steps", String.join("\n", d.steps())).param("state", c.state().name()).param("stoppedAt", offset(c.stoppedAt()))
			.param("stopReason", c.stopReason()).param("version", c.version())
			.update();
	}

	/** Writes the new state if the row still has {@code expectedVersion}; false when someone else changed it. */
	boolean update(StatutoryClock c, long expectedVersion) {
		DeadlineContext x = c.context();
		Deadline d = c.deadline();
		return jdbc.sql("""
				UPDATE statutory_clock SET in_custody = :inCustody, extensions = CAST(:extensions AS text[]), excluded = :excluded,
				  restart_at = :restartAt, restart_reason = :restartReason, rule_version = :ruleVersion, due_at = :dueAt,
				  due_at_text = :dueAtText, basis = :basis, steps = :steps, state = :state, stopped_at = :stoppedAt,
				  stop_reason = :stopReason, version = :version
				WHERE id = :id AND version = :expected""")
			.param("id", c.id().value()).param("expected", expectedVersion)
			.param("inCustody", x.inCustody()).param("extensions", SqlArrays.codes(x.extensions()))
			.param("excluded", excluded(x.excluded())).param("restartAt", offset(x.restartAt() == null ? null : x.restartAt().toInstant()))
			.param("restartReason", x.restartReason()).param("ruleVersion", d.ruleVersion())
			.param("dueAt", offset(d.dueAt())).param("dueAtText", d.dueAtText()).param("basis", d.basis())
			.param("steps", String.join("\n", d.steps())).param("state", c.state().name()).param("stoppedAt", offset(c.stoppedAt()))
			.param("stopReason", c.stopReason()).param("version", c.version())
			.update() == 1;
	}

	/**
	 * Writes the new state of several clocks in one statement, each only if its row still has the version expected;
	 * returns how many rows were written (fewer than given: someone else changed one, and the caller must roll back).
	 */
	int updateAll(List<Write> writes) {
		int written = 0;
		for (int from = 0; from < writes.size(); from += BATCH) {
			written += updateChunk(writes.subList(from, Math.min(writes.size(), from + BATCH)));
		}
		return written;
	}

	/** A clock's next state and the version its row must still have. */
	record Write(StatutoryClock next, long expectedVersion) {
	}

	private int updateChunk(List<Write> writes) {
		StringBuilder values = new StringBuilder();
		Map<String, @Nullable Object> params = new HashMap<>();
		for (int i = 0; i < writes.size(); i++) {
			StatutoryClock c = writes.get(i).next();
			DeadlineContext x = c.context();
			Deadline d = c.deadline();
			values.append(i == 0 ? "" : ", ").append(VALUES_ROW.replace("#", Integer.toString(i)));
			params.put("id" + i, c.id().value());
			params.put("expected" + i, writes.get(i).expectedVersion());
			params.put("inCustody" + i, x.inCustody());
			params.put("extensions" + i, SqlArrays.codes(x.extensions()));
			params.put("excluded" + i, excluded(x.excluded()));
			params.put("restartAt" + i, offset(x.restartAt() == null ? null : x.restartAt().toInstant()));
			params.put("restartReason" + i, x.restartReason());
			params.put("ruleVersion" + i, d.ruleVersion());
			params.put("dueAt" + i, offset(d.dueAt()));
			params.put("dueAtText" + i, d.dueAtText());
			params.put("basis" + i, d.basis());
			params.put("steps" + i, String.join("\n", d.steps()));
			params.put("state" + i, c.state().name());
			params.put("stoppedAt" + i, offset(c.stoppedAt()));
			params.put("stopReason" + i, c.stopReason());
			params.put("version" + i, c.version());
		}
		return jdbc.sql("""
				UPDATE statutory_clock s SET in_custody = v.in_custody, extensions = v.extensions, excluded = v.excluded,
				  restart_at = v.restart_at, restart_reason = v.restart_reason, rule_version = v.rule_version, due_at = v.due_at,
				  due_at_text = v.due_at_text, basis = v.basis, steps = v.steps, state = v.state, stopped_at = v.stopped_at,
				  stop_reason = v.stop_reason, version = v.version
				FROM (VALUES\s""" + values + """
				) AS v (id, expected, in_custody, extensions, excluded, restart_at, restart_reason, rule_version, due_at, due_at_text,
				  basis, steps, state, stopped_at, stop_reason, version)
				WHERE s.id = v.id AND s.version = v.expected""")
			.params(params).update();
	}

	Optional<StatutoryClock> find(StatutoryClockId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM statutory_clock WHERE id = :id").param("id", id.value())
			.query(StatutoryClockRecords::map).optional();
	}

	Optional<StatutoryClock> findForUpdate(StatutoryClockId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM statutory_clock WHERE id = :id FOR UPDATE").param("id", id.value())
			.query(StatutoryClockRecords::map).optional();
	}

	/** Locks these clocks for this transaction, in id order (so two batches over the same clocks cannot deadlock). */
	List<StatutoryClock> findAllForUpdate(Collection<StatutoryClockId> ids) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM statutory_clock WHERE id = ANY(CAST(:ids AS uuid[])) ORDER BY id FOR UPDATE")
			.param("ids", SqlArrays.uuids(ids.stream().map(StatutoryClockId::value).toList())).query(StatutoryClockRecords::map).list();
	}

	/** Locks the running clocks of a case for this transaction, in id order. */
	List<StatutoryClock> runningOfCaseForUpdate(UUID caseId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM statutory_clock WHERE case_id = :caseId AND state = 'RUNNING' ORDER BY id FOR UPDATE")
			.param("caseId", caseId).query(StatutoryClockRecords::map).list();
	}

	List<StatutoryClock> ofSubject(String type, UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM statutory_clock WHERE subject_type = :type AND subject_id = :id ORDER BY started_at, id")
			.param("type", type).param("id", id).query(StatutoryClockRecords::map).list();
	}

	List<StatutoryClock> ofCase(UUID caseId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM statutory_clock WHERE case_id = :caseId ORDER BY started_at, id")
			.param("caseId", caseId).query(StatutoryClockRecords::map).list();
	}

	/** Served by the partial index on running clocks' due times: a range scan that stops after {@code limit} rows. */
	List<StatutoryClock> runningDueBetween(Instant from, Instant until, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM statutory_clock WHERE state = 'RUNNING' AND due_at >= :from AND due_at < :until"
				+ " ORDER BY due_at, id LIMIT :limit")
			.param("from", offset(from)).param("until", offset(until)).param("limit", limit).query(StatutoryClockRecords::map).list();
	}

	private static @Nullable OffsetDateTime offset(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
	}

	private static String excluded(List<Excluded> intervals) {
		return intervals.stream().map(e -> e.from() + "/" + e.to()).collect(Collectors.joining(";"));
	}

	private static List<Excluded> excluded(String text) {
		if (text.isEmpty()) {
			return List.of();
		}
		List<Excluded> intervals = new ArrayList<>();
		for (String part : text.split(";")) {
			String[] ends = part.split("/");
			intervals.add(new Excluded(Instant.parse(ends[0]), Instant.parse(ends[1])));
		}
		return intervals;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static StatutoryClock map(ResultSet rs, int row) throws SQLException {
		Instant restartAt = instant(rs, "restart_at");
		DeadlineContext context = new DeadlineContext(rs.getBoolean("in_custody"), Arrays.asList((String[]) rs.getArray("extensions").getArray()),
				excluded(rs.getString("excluded")), restartAt == null ? null : restartAt.atZone(ZoneId.of("Asia/Shanghai")),
				rs.getString("restart_reason"));
		ClockSubject subject = new ClockSubject(rs.getString("subject_type"), rs.getObject("subject_id", UUID.class),
				rs.getObject("case_id", UUID.class), rs.getString("case_label"), rs.getObject("unit_id", UUID.class),
				Arrays.asList((UUID[]) rs.getArray("officer_ids").getArray()));
		String steps = rs.getString("steps");
		Deadline deadline = new Deadline(instant(rs, "due_at"), rs.getString("due_at_text"), rs.getString("rule_code"),
				rs.getInt("rule_version"), rs.getString("basis"), steps.isEmpty() ? List.of() : List.of(steps.split("\n")));
		return new StatutoryClock(StatutoryClockId.of(rs.getObject("id", UUID.class)), rs.getString("label"), subject,
				instant(rs, "started_at"), context, deadline, ClockState.valueOf(rs.getString("state")), instant(rs, "stopped_at"),
				rs.getString("stop_reason"), rs.getLong("version"));
	}
}
