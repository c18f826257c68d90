package org.zhifa.custody;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.shared.SqlArrays;
import org.zhifa.shared.StaleVersion;

/**
 * Stores alarms ({@code custody_alarm}) and evaluates the conditions set-based: one statement raises what holds and is not
 * open yet (an event alarm only once per subject), one clears the condition alarms whose condition is gone.
 */
@Repository
class AlarmRecords {

	/** Every alarm condition that holds now, of one centre or (center null) of all; the people inside are read with the columns the conditions use only, so the CTE stays in memory for a province. */
	private static final String CONDITIONS = """
			WITH inside AS (
			  SELECT v.id, v.room_id, v.center_id, v.unit_id, v.case_id, v.suspect, v.person_name, v.due_at
			  FROM custody_visit v WHERE v.exited_at IS NULL AND (CAST(:center AS uuid) IS NULL OR v.center_id = CAST(:center AS uuid))
			), cond AS (
			  SELECT 'CLOCK_EXPIRED' AS kind, v.id AS subject_id, v.id AS visit_id, v.room_id, v.center_id, v.unit_id,
			    v.person_name || ' 已超过法定时限（' || to_char(v.due_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') || ' 届满）' AS detail
			  FROM inside v WHERE v.due_at <= :now
			  UNION ALL
			  SELECT 'CLOCK_EXPIRING', v.id, v.id, v.room_id, v.center_id, v.unit_id,
			    v.person_name || ' 的法定时限将于 ' || to_char(v.due_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') || ' 届满'
			  FROM inside v WHERE v.due_at > :now AND v.due_at <= :warn
			  UNION ALL
			  SELECT 'NO_WATCHER', v.id, v.id, v.room_id, v.center_id, v.unit_id, v.person_name || ' 无人看管'
			  FROM inside v WHERE NOT EXISTS (SELECT 1 FROM custody_watch w WHERE w.visit_id = v.id AND w.to_at IS NULL)
			  UNION ALL
			  SELECT 'ROOM_OVER_CAPACITY', r.id, NULL, r.id, r.center_id, r.center_id,
			    r.name || ' 内有 ' || count(*) || ' 人，超过容纳人数 ' || r.capacity
			  FROM inside v JOIN custody_room r ON r.id = v.room_id GROUP BY r.id HAVING count(*) > r.capacity
			  UNION ALL
			  SELECT * FROM (
			    SELECT DISTINCT ON (a.id) 'CO_SUSPECTS_TOGETHER', a.id, a.id, a.room_id, a.center_id, a.unit_id,
			      a.person_name || ' 与同案嫌疑人 ' || b.person_name || ' 同在一室'
			    FROM inside a JOIN inside b ON b.room_id = a.room_id AND b.case_id = a.case_id AND b.id <> a.id AND b.suspect
			    WHERE a.suspect ORDER BY a.id, b.person_name) co
			  UNION ALL
			  SELECT 'QUESTIONING_UNRECORDED', q.id, v.id, q.room_id, v.center_id, v.unit_id,
			    v.person_name || ' 的' || CASE q.kind WHEN 'INTERROGATION' THEN '讯问' ELSE '询问' END || '（'
			      || to_char(q.started_at AT TIME ZONE 'Asia/Shanghai', 'MM-DD HH24:MI') || '）未登记录音录像'
			  FROM custody_questioning q JOIN custody_visit v ON v.id = q.visit_id
			  WHERE q.ended_at >= :since AND q.recording_file IS NULL
			    AND (CAST(:center AS uuid) IS NULL OR v.center_id = CAST(:center AS uuid))
			  UNION ALL
			  SELECT 'SINGLE_OFFICER_UNRECORDED', q.id, v.id, q.room_id, v.center_id, v.unit_id,
			    v.person_name || ' 由一名民警询问（' || to_char(q.started_at AT TIME ZONE 'Asia/Shanghai', 'MM-DD HH24:MI') || '），未全程录音录像'
			  FROM custody_questioning q JOIN custody_visit v ON v.id = q.visit_id
			  WHERE q.ended_at >= :since AND cardinality(q.officer_ids) = 1 AND (q.recording_file IS NULL OR NOT q.full_recording)
			    AND (CAST(:center AS uuid) IS NULL OR v.center_id = CAST(:center AS uuid))
			  UNION ALL
			  SELECT 'BELONGINGS_NOT_RETURNED', v.id, v.id, NULL, v.center_id, v.unit_id,
			    v.person_name || ' 已出区，' || (SELECT count(*) FROM custody_belonging b WHERE b.visit_id = v.id AND b.disposition = 'KEPT')
			      || ' 项随身物品仍在 ' || coalesce(v.locker, '') || ' 号柜暂存'
			  FROM custody_visit v WHERE v.exited_at >= :since
			    AND EXISTS (SELECT 1 FROM custody_belonging b WHERE b.visit_id = v.id AND b.disposition = 'KEPT')
			    AND (CAST(:center AS uuid) IS NULL OR v.center_id = CAST(:center AS uuid))
			)
			""";

	private final JdbcClient jdbc;

	AlarmRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the alarms whose condition holds and that are not open (event alarms: never raised before). The two tests
	 * are apart so each has its index: the open one on {@code custody_alarm_open}, the history of an event alarm's subject
	 * on {@code custody_alarm_subject} — not a scan of every alarm ever raised.
	 */
	static final String RAISE = CONDITIONS + """
			, raised AS (
			  INSERT INTO custody_alarm (id, kind, subject_id, visit_id, room_id, center_id, unit_id, detail, raised_at, version)
			  SELECT gen_random_uuid(), c.kind, c.subject_id, c.visit_id, c.room_id, c.center_id, c.unit_id, c.detail, :now, 0 FROM cond c
			  WHERE NOT EXISTS (SELECT 1 FROM custody_alarm a WHERE a.kind = c.kind AND a.subject_id = c.subject_id AND a.cleared_at IS NULL)
			    AND (c.kind = ANY(CAST(:selfClearing AS text[]))
			      OR NOT EXISTS (SELECT 1 FROM custody_alarm a WHERE a.kind = c.kind AND a.subject_id = c.subject_id))
			  ON CONFLICT DO NOTHING
			  RETURNING id, kind, visit_id, center_id, unit_id, detail, raised_at)
			SELECT r.*, v.case_id, v.escort_ids FROM raised r LEFT JOIN custody_visit v ON v.id = r.visit_id""";

	/** Clears the open condition alarms whose condition no longer holds. */
	static final String CLEAR = CONDITIONS + """
			UPDATE custody_alarm a SET cleared_at = :now, version = a.version + 1
			WHERE a.cleared_at IS NULL AND a.kind = ANY(CAST(:selfClearing AS text[]))
			  AND (CAST(:center AS uuid) IS NULL OR a.center_id = CAST(:center AS uuid))
			  AND NOT EXISTS (SELECT 1 FROM cond c WHERE c.kind = a.kind AND c.subject_id = a.subject_id)
			RETURNING a.id""";

	/** Raises the alarms whose condition holds and that are not open (event alarms: never raised before); returns them. */
	List<Raised> raise(@Nullable UUID centerId, Instant now, Instant warnUntil, Instant since) {
		return bind(jdbc.sql(RAISE), centerId, now, warnUntil, since).query((rs, row) -> new Raised(rs.getObject("id", UUID.class),
				AlarmKind.valueOf(rs.getString("kind")), rs.getObject("visit_id", UUID.class), rs.getObject("center_id", UUID.class),
				rs.getObject("unit_id", UUID.class), rs.getString("detail"), VisitRecords.instant(rs, "raised_at"),
				rs.getObject("case_id", UUID.class), escorts(rs))).list();
	}

	/** Clears the open condition alarms whose condition no longer holds; returns their ids. */
	List<UUID> clearResolved(@Nullable UUID centerId, Instant now, Instant warnUntil, Instant since) {
		return bind(jdbc.sql(CLEAR), centerId, now, warnUntil, since).query(UUID.class).list();
	}

	/** An alarm just raised, with what the workbench needs: the case and the escorting officers of its visit. */
	record Raised(UUID id, AlarmKind kind, @Nullable UUID visitId, UUID centerId, UUID unitId, String detail, Instant raisedAt,
			@Nullable UUID caseId, List<UUID> escortIds) {
	}

	private static List<UUID> escorts(ResultSet rs) throws SQLException {
		java.sql.Array a = rs.getArray("escort_ids");
		return a == null ? List.of() : Arrays.asList((UUID[]) a.getArray());
	}

	/** Binds the parameters of {@link #RAISE} and {@link #CLEAR} (also for a benchmark's EXPLAIN). */
	static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, @Nullable UUID centerId, Instant now, Instant warnUntil,
			Instant since) {
		return statement.param("center", centerId).param("now", VisitRecords.offset(now)).param("warn", VisitRecords.offset(warnUntil))
			.param("since", VisitRecords.offset(since)).param("selfClearing", SqlArrays.codes(selfClearing()));
	}

	private static List<String> selfClearing() {
		return Arrays.stream(AlarmKind.values()).filter(AlarmKind::selfClearing).map(Enum::name).toList();
	}

	Optional<Alarm> find(UUID id) {
		return jdbc.sql("SELECT * FROM custody_alarm WHERE id = ?").param(id).query(AlarmRecords::map).optional();
	}

	/** Clears the open alarm of {@code kind} about {@code subjectId} in the name {@code by}; returns its id, if one was open. */
	List<UUID> clearAnswered(AlarmKind kind, UUID subjectId, Instant at, String by) {
		return jdbc.sql("""
				UPDATE custody_alarm SET cleared_at = :at, cleared_by_name = :by, version = version + 1
				WHERE kind = :kind AND subject_id = :subject AND cleared_at IS NULL RETURNING id""")
			.param("at", VisitRecords.offset(at)).param("by", by).param("kind", kind.name()).param("subject", subjectId).query(UUID.class).list();
	}

	/** Marks the alarm seen or cleared by a person, if it still has the version read. */
	void mark(UUID id, long version, boolean clear, Instant at, @Nullable UUID by, String byName) {
		String sets = clear ? "cleared_at = :at, cleared_by = :by, cleared_by_name = :name"
				: "seen_at = :at, seen_by = :by, seen_by_name = :name";
		int n = jdbc.sql("UPDATE custody_alarm SET " + sets + ", version = version + 1 WHERE id = :id AND version = :version")
			.param("at", VisitRecords.offset(at)).param("by", by).param("name", byName).param("id", id).param("version", version).update();
		if (n != 1) {
			throw new StaleVersion("预警", id, version);
		}
	}

	/** Alarms of the centres or units given (null: all), newest first; open ones only when asked. */
	List<Alarm> list(@Nullable List<UUID> units, @Nullable UUID centerId, @Nullable UUID visitId, boolean openOnly, int limit) {
		StringBuilder sql = new StringBuilder("SELECT * FROM custody_alarm a WHERE TRUE");
		if (units != null) {
			sql.append(" AND (a.center_id = ANY(CAST(:units AS uuid[])) OR a.unit_id = ANY(CAST(:units AS uuid[])))");
		}
		if (centerId != null) {
			sql.append(" AND a.center_id = :center");
		}
		if (visitId != null) {
			sql.append(" AND a.visit_id = :visit");
		}
		if (openOnly) {
			sql.append(" AND a.cleared_at IS NULL");
		}
		sql.append(" ORDER BY a.raised_at DESC, a.id LIMIT :limit");
		var statement = jdbc.sql(sql.toString()).param("limit", limit);
		if (units != null) {
			statement = statement.param("units", SqlArrays.uuids(units));
		}
		if (centerId != null) {
			statement = statement.param("center", centerId);
		}
		if (visitId != null) {
			statement = statement.param("visit", visitId);
		}
		return statement.query(AlarmRecords::map).list();
	}

	static Alarm map(ResultSet rs, int row) throws SQLException {
		return new Alarm(rs.getObject("id", UUID.class), AlarmKind.valueOf(rs.getString("kind")), rs.getObject("subject_id", UUID.class),
				rs.getObject("visit_id", UUID.class), rs.getObject("room_id", UUID.class), rs.getObject("center_id", UUID.class),
				rs.getObject("unit_id", UUID.class), rs.getString("detail"), VisitRecords.instant(rs, "raised_at"), VisitRecords.instant(rs, "seen_at"),
				rs.getObject("seen_by", UUID.class), rs.getString("seen_by_name"), VisitRecords.instant(rs, "cleared_at"),
				rs.getObject("cleared_by", UUID.class), rs.getString("cleared_by_name"), rs.getLong("version"));
	}
}
