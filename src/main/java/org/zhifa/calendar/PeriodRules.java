package org.zhifa.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.shared.SqlArrays;

/**
 * Stores {@link PeriodRule} versions in {@code period_rule} and {@code period_rule_extension}. Versions are never
 * changed: a revision inserts the next one, and the primary key (code, version) refuses a second writer.
 */
@Repository
class PeriodRules {

	private static final String COLUMNS = """
			code, version, name, trigger_event, unit, length, counting, roll_over, custody_exception, basis, certainty, source,
			change_reason, changed_at, changed_by""";
	private static final String LATEST = " WHERE (code, version) IN (SELECT code, max(version) FROM period_rule GROUP BY code)";

	private final JdbcClient jdbc;

	PeriodRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest version of every rule, by code. */
	List<PeriodRule> latest() {
		return withExtensions(jdbc.sql("SELECT " + COLUMNS + " FROM period_rule" + LATEST + " ORDER BY code").query(Row::map).list());
	}

	Optional<PeriodRule> latest(String code) {
		return versions(code).stream().findFirst();
	}

	/** All versions of a rule, newest first. */
	List<PeriodRule> versions(String code) {
		return withExtensions(jdbc.sql("SELECT " + COLUMNS + " FROM period_rule WHERE code = :code ORDER BY version DESC")
			.param("code", code).query(Row::map).list());
	}

	void insert(PeriodRule rule) {
		jdbc.sql("INSERT INTO period_rule (" + COLUMNS + ") VALUES (:code, :version, :name, :trigger, :unit, :length, :counting,"
				+ " :rollOver, :custodyException, :basis, :certainty, :source, :reason, :changedAt, :changedBy)")
			.param("code", rule.code()).param("version", rule.version()).param("name", rule.name())
			.param("trigger", rule.trigger()).param("unit", rule.unit().name()).param("length", rule.length())
			.param("counting", rule.counting().name()).param("rollOver", rule.rollOver().name())
			.param("custodyException", rule.custodyException()).param("basis", rule.basis())
			.param("certainty", rule.certainty().name()).param("source", rule.source()).param("reason", rule.changeReason())
			.param("changedAt", rule.changedAt() == null ? null : rule.changedAt().atOffset(ZoneOffset.UTC))
			.param("changedBy", rule.changedBy())
			.update();
		int position = 0;
		for (Extension e : rule.extensions()) {
			jdbc.sql("""
					INSERT INTO period_rule_extension (rule_code, rule_version, position, code, name, mode, length, unit, approver, basis)
					VALUES (:rule, :version, :position, :code, :name, :mode, :length, :unit, :approver, :basis)""")
				.param("rule", rule.code()).param("version", rule.version()).param("position", position++)
				.param("code", e.code()).param("name", e.name()).param("mode", e.mode().name()).param("length", e.length())
				.param("unit", e.unit().name()).param("approver", e.approver()).param("basis", e.basis())
				.update();
		}
	}

	/** A stored rule row before its extensions are attached. */
	private record Row(PeriodRule rule) {

		static Row map(ResultSet rs, int row) throws SQLException {
			OffsetDateTime changedAt = rs.getObject("changed_at", OffsetDateTime.class);
			return new Row(new PeriodRule(rs.getString("code"), rs.getInt("version"), rs.getString("name"),
					rs.getString("trigger_event"), PeriodUnit.valueOf(rs.getString("unit")), rs.getInt("length"),
					Counting.valueOf(rs.getString("counting")), RollOver.valueOf(rs.getString("roll_over")),
					rs.getBoolean("custody_exception"), List.of(), rs.getString("basis"),
					Certainty.valueOf(rs.getString("certainty").strip()), rs.getString("source"), rs.getString("change_reason"),
					changedAt == null ? null : changedAt.toInstant(), rs.getString("changed_by")));
		}
	}

	private List<PeriodRule> withExtensions(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, List<Extension>> byRule = new HashMap<>();
		jdbc.sql("""
				SELECT rule_code, rule_version, code, name, mode, length, unit, approver, basis FROM period_rule_extension
				WHERE rule_code = ANY(CAST(:codes AS text[])) ORDER BY rule_code, rule_version, position""")
			.param("codes", SqlArrays.codes(rows.stream().map(r -> r.rule().code()).distinct().toList()))
			.query((rs, n) -> {
				byRule.computeIfAbsent(rs.getString("rule_code") + "#" + rs.getInt("rule_version"), k -> new ArrayList<>())
					.add(new Extension(rs.getString("code"), rs.getString("name"), Extension.Mode.valueOf(rs.getString("mode")),
							rs.getInt("length"), PeriodUnit.valueOf(rs.getString("unit")), rs.getString("approver"),
							rs.getString("basis")));
				return n;
			}).list();
		return rows.stream().map(Row::rule).map(r -> new PeriodRule(r.code(), r.version(), r.name(), r.trigger(), r.unit(),
				r.length(), r.counting(), r.rollOver(), r.custodyException(), byRule.getOrDefault(r.code() + "#" + r.version(),
						List.of()), r.basis(), r.certainty(), r.source(), r.changeReason(), r.changedAt(), r.changedBy()))
			.toList();
	}
}
