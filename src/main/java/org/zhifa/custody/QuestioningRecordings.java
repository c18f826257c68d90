package org.zhifa.custody;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questioning sessions as a recording module sees them: which sessions ran in a room during a span (to link a room
 * recorder's file to its session), one session by id, the ended sessions of a period (to check their coverage), and
 * recording a session's 同步录音录像 once linked recordings cover its whole span — which clears the centre's "未登记录音录像"
 * alarm. Applies no data scope: the calling module decides who may see what.
 */
@Service
@Transactional(readOnly = true)
public class QuestioningRecordings {

	/** A session with what a recording needs to name it: the person, the case, the centre and the handling unit. */
	public record Session(UUID id, UUID visitId, QuestioningKind kind, UUID roomId, String roomName, UUID centerId, UUID unitId,
			@Nullable UUID caseId, @Nullable String caseLabel, String personName, Instant startedAt, @Nullable Instant endedAt,
			@Nullable String recordingFile) {

		public String label() {
			return personName + " " + kind.label() + "（" + roomName + "）";
		}
	}

	/** A custody room a room recorder can be installed in. */
	public record RoomRef(UUID id, String name, UUID centerId) {
	}

	private static final String SELECT = """
			SELECT q.id, q.visit_id, q.kind, q.room_id, r.name AS room_name, v.center_id, v.unit_id, v.case_id, v.case_label, v.person_name,
			  q.started_at, q.ended_at, q.recording_file
			FROM custody_questioning q JOIN custody_visit v ON v.id = q.visit_id JOIN custody_room r ON r.id = q.room_id
			""";

	private final JdbcClient jdbc;
	private final CustodyAlarms alarms;

	QuestioningRecordings(JdbcClient jdbc, CustodyAlarms alarms) {
		this.jdbc = jdbc;
		this.alarms = alarms;
	}

	/** Sessions in the room whose span (a running one: up to now) overlaps [from, to). */
	public List<Session> inRoom(UUID roomId, Instant from, Instant to) {
		return jdbc.sql(SELECT + " WHERE q.room_id = ? AND q.started_at < ? AND coalesce(q.ended_at, 'infinity') > ? ORDER BY q.started_at")
			.params(roomId, Timestamp.from(to), Timestamp.from(from)).query(QuestioningRecordings::map).list();
	}

	public Optional<RoomRef> room(UUID roomId) {
		return jdbc.sql("SELECT id, name, center_id FROM custody_room WHERE id = ?").param(roomId)
			.query((rs, n) -> new RoomRef(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("center_id", UUID.class))).optional();
	}

	/** The rooms where questioning happens (讯问室, 询问室) of a centre. */
	public List<RoomRef> questioningRooms(UUID centerId) {
		return jdbc.sql("SELECT id, name, center_id FROM custody_room WHERE center_id = ? AND kind IN ('INTERROGATION', 'INQUIRY') AND active ORDER BY name")
			.param(centerId)
			.query((rs, n) -> new RoomRef(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("center_id", UUID.class))).list();
	}

	public Optional<Session> find(UUID sessionId) {
		return jdbc.sql(SELECT + " WHERE q.id = ?").param(sessionId).query(QuestioningRecordings::map).optional();
	}

	/** Ended sessions whose end lies in [from, to), of the given centres or handling units (all with null), newest first. */
	public List<Session> ended(Instant from, Instant to, @Nullable Collection<UUID> unitIds, int limit) {
		return jdbc.sql(SELECT + " " + """
				 WHERE q.ended_at >= :from AND q.ended_at < :to
				   AND (CAST(:all AS boolean) OR v.center_id = ANY(CAST(:units AS uuid[])) OR v.unit_id = ANY(CAST(:units AS uuid[])))
				 ORDER BY q.ended_at DESC LIMIT :limit""")
			.param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("all", unitIds == null)
			.param("units", unitIds == null ? new UUID[0] : unitIds.toArray(UUID[]::new)).param("limit", limit)
			.query(QuestioningRecordings::map).list();
	}

	/**
	 * Records the session's recording (file reference and span) when it has none yet, clears the session's open
	 * "未登记录音录像" alarm (an event alarm, which the evaluation never clears by itself: here its cause is answered) and
	 * re-evaluates the centre's alarms. Called by the recording module once its linked recordings cover the session from start
	 * to end. Returns whether it wrote.
	 */
	@Transactional
	public boolean recordCovered(UUID sessionId, String recordingFile, Instant from, Instant to) {
		int n = jdbc.sql("""
				UPDATE custody_questioning SET recording_file = ?, recording_from = ?, recording_to = ?
				WHERE id = ? AND ended_at IS NOT NULL AND recording_file IS NULL""")
			.params(recordingFile, Timestamp.from(from), Timestamp.from(to), sessionId).update();
		if (n == 1) {
			alarms.answered(AlarmKind.QUESTIONING_UNRECORDED, sessionId, "系统（录像已覆盖全程）");
			alarms.evaluate(find(sessionId).orElseThrow().centerId());
		}
		return n == 1;
	}

	private static Session map(ResultSet rs, int row) throws SQLException {
		Timestamp ended = rs.getTimestamp("ended_at");
		return new Session(rs.getObject("id", UUID.class), rs.getObject("visit_id", UUID.class), QuestioningKind.valueOf(rs.getString("kind")),
				rs.getObject("room_id", UUID.class), rs.getString("room_name"), rs.getObject("center_id", UUID.class),
				rs.getObject("unit_id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("case_label"), rs.getString("person_name"),
				rs.getTimestamp("started_at").toInstant(), ended == null ? null : ended.toInstant(), rs.getString("recording_file"));
	}
}
