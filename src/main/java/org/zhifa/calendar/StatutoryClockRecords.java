package org.zhifa.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

	Optional<StatutoryClock> find(StatutoryClockId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM statutory_clock WHERE id = :id").param("id", id.value())
			.query(StatutoryClockRecords::map).optional();
	}

	Optional<StatutoryClock> findForUpdate(StatutoryClockId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM statutory_clock WHERE id = :id FOR UPDATE").param("id", id.value())
			.query(StatutoryClockRecords::map).optional();
	}

	List<StatutoryClock> ofSubject(String type, UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM statutory_clock WHERE subject_type = :type AND subject_id = :id ORDER BY started_at, id")
			.param("type", type).param("id", id).query(StatutoryClockRecords::map).list();
	}

	List<StatutoryClock> ofCase(UUID caseId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM statutory_clock WHERE case_id = :caseId ORDER BY started_at, id")
			.param("caseId", caseId).query(StatutoryClockRecords::map).list();
	}

	List<StatutoryClock> runningDueBefore(Instant until) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM statutory_clock WHERE state = 'RUNNING' AND due_at < :until ORDER BY due_at, id")
			.param("until", offset(until)).query(StatutoryClockRecords::map).list();
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
