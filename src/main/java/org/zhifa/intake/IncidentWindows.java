package org.zhifa.intake;

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
 * The incidents an officer handled during a span, for a module that links its records by officer and time (a body-camera
 * recording to the 警情 it was worn at). An incident is handled from its receipt until it is disposed (still open: until
 * now); merged repeat reports are left out. Applies no data scope: the calling module decides who may see what.
 */
@Service
@Transactional(readOnly = true)
public class IncidentWindows {

	/** An incident as a link target: number, unit, handling officers and the span it was handled in. */
	public record Window(UUID id, String number, UUID unitId, String place, List<UUID> officerIds, Instant receivedAt,
			@Nullable Instant disposedAt) {

		public String label() {
			return "警情 " + number + "（" + place + "）";
		}
	}

	private static final String SELECT = "SELECT id, number, unit_id, place, officer_ids, received_at, disposed_at FROM incident";

	private final JdbcClient jdbc;

	IncidentWindows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Incidents the officer handled whose span overlaps [from, to). */
	public List<Window> ofOfficer(UUID officerId, Instant from, Instant to) {
		return jdbc.sql(SELECT + " " + """
				 WHERE officer_ids @> ARRAY[CAST(? AS uuid)] AND status <> 'MERGED'
				   AND received_at < ? AND coalesce(disposed_at, 'infinity') > ? ORDER BY received_at""")
			.params(officerId, Timestamp.from(to), Timestamp.from(from)).query(IncidentWindows::map).list();
	}

	public Optional<Window> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(IncidentWindows::map).optional();
	}

	/** The incident an acceptance (受案) was made from. */
	public Optional<Window> ofAcceptance(UUID acceptanceId) {
		return jdbc.sql(SELECT + " WHERE id = (SELECT incident_id FROM acceptance WHERE id = ?)").param(acceptanceId).query(IncidentWindows::map)
			.optional();
	}

	private static Window map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp disposed = rs.getTimestamp("disposed_at");
		return new Window(rs.getObject("id", UUID.class), rs.getString("number"), rs.getObject("unit_id", UUID.class), rs.getString("place"),
				List.of((UUID[]) rs.getArray("officer_ids").getArray()), rs.getTimestamp("received_at").toInstant(),
				disposed == null ? null : disposed.toInstant());
	}
}
