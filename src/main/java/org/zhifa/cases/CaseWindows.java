package org.zhifa.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases an officer handled during a span, for a module that links its records by officer and time (a body-camera
 * recording to the case its officer was working). A case runs from filing to closing (open: until now). Applies no data
 * scope: the calling module decides who may see what.
 */
@Service
@Transactional(readOnly = true)
public class CaseWindows {

	/** A case as a link target: its label (number and 案由), unit, officers and period. */
	public record Window(UUID id, String label, UUID unitId, List<UUID> officerIds, Instant filedAt, @Nullable Instant closedAt) {
	}

	private static final String SELECT = """
			SELECT c.id, c.number || ' ' || o.name || '案' AS label, c.unit_id, c.officer_ids, c.filed_at, c.closed_at
			FROM legal_case c JOIN offence o ON o.code = c.offence_code""";

	private final JdbcClient jdbc;

	CaseWindows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Cases of the officer whose period overlaps [from, to). */
	public List<Window> ofOfficer(UUID officerId, Instant from, Instant to) {
		return jdbc.sql(SELECT + " " + """
				 WHERE c.officer_ids @> ARRAY[CAST(? AS uuid)] AND c.filed_at < ? AND coalesce(c.closed_at, 'infinity') > ?
				 ORDER BY c.filed_at""")
			.params(officerId, Timestamp.from(to), Timestamp.from(from)).query(CaseWindows::map).list();
	}

	public Optional<Window> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(CaseWindows::map).optional();
	}

	/** The acceptance (受案) the case was filed from, if any: through it a module finds the case's incident. */
	public Optional<UUID> acceptanceOf(UUID caseId) {
		return jdbc.sql("SELECT acceptance_id FROM legal_case WHERE id = ? AND acceptance_id IS NOT NULL").param(caseId).query(UUID.class).optional();
	}

	private static Window map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		return new Window(rs.getObject("id", UUID.class), rs.getString("label"), rs.getObject("unit_id", UUID.class),
				List.of((UUID[]) rs.getArray("officer_ids").getArray()), rs.getTimestamp("filed_at").toInstant(),
				closed == null ? null : closed.toInstant());
	}
}
