package org.zhifa.workbench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.shared.Alert;
import org.zhifa.shared.SqlArrays;

/** Stores {@link WorkbenchAlert}s in {@code workbench_alert}; an alert delivered again is written once. */
@Repository
class Alerts {

	/** Rows per statement: 9 bind parameters each. */
	private static final int BATCH = 1000;

	private static final String ROW = """
			(CAST(:source# AS varchar), CAST(:id# AS uuid), CAST(:title# AS varchar), CAST(:detail# AS varchar), CAST(:unit# AS uuid),
			 CAST(:case# AS uuid), CAST(:assignees# AS uuid[]), CAST(:link# AS varchar), CAST(:raisedAt# AS timestamptz))""";

	private final JdbcClient jdbc;

	Alerts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the alerts not stored yet; returns how many were new. */
	int raiseAll(List<Alert> alerts) {
		int written = 0;
		for (int from = 0; from < alerts.size(); from += BATCH) {
			List<Alert> chunk = alerts.subList(from, Math.min(alerts.size(), from + BATCH));
			StringBuilder values = new StringBuilder();
			Map<String, @Nullable Object> params = new HashMap<>();
			for (int i = 0; i < chunk.size(); i++) {
				Alert a = chunk.get(i);
				values.append(i == 0 ? "" : ", ").append(ROW.replace("#", Integer.toString(i)));
				params.put("source" + i, a.source());
				params.put("id" + i, a.id());
				params.put("title" + i, a.title());
				params.put("detail" + i, a.detail().length() <= 1000 ? a.detail() : a.detail().substring(0, 999) + "…");
				params.put("unit" + i, a.unitId());
				params.put("case" + i, a.caseId());
				params.put("assignees" + i, SqlArrays.uuids(a.assigneeIds()));
				params.put("link" + i, a.link());
				params.put("raisedAt" + i, Tasks.utc(a.raisedAt()));
			}
			written += jdbc.sql("INSERT INTO workbench_alert (source, alert_id, title, detail, unit_id, case_id, assignee_ids, link, raised_at) VALUES "
					+ values + " ON CONFLICT (source, alert_id) DO NOTHING").params(params).update();
		}
		return written;
	}

	/** Marks the open alerts given cleared; returns how many were open. */
	int clearAll(String source, List<UUID> ids, Instant at, @Nullable String by) {
		if (ids.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				UPDATE workbench_alert SET cleared_at = :at, cleared_by = :by
				WHERE source = :source AND alert_id = ANY(CAST(:ids AS uuid[])) AND cleared_at IS NULL""")
			.param("at", Tasks.utc(at)).param("by", by).param("source", source).param("ids", SqlArrays.uuids(ids)).update();
	}

	/** The officer's open alerts, newest first, then (when {@code clearedSince} is given) those cleared since then. */
	List<WorkbenchAlert> assignedTo(UUID officerId, @Nullable Instant clearedSince, int limit) {
		return jdbc.sql("""
				SELECT * FROM workbench_alert
				WHERE assignee_ids @> ARRAY[CAST(:officer AS uuid)]
				  AND (cleared_at IS NULL OR (CAST(:since AS timestamptz) IS NOT NULL AND cleared_at >= CAST(:since AS timestamptz)))
				ORDER BY cleared_at IS NOT NULL, raised_at DESC, alert_id LIMIT :limit""")
			.param("officer", officerId).param("since", Tasks.utc(clearedSince)).param("limit", limit).query(Alerts::map).list();
	}

	long openCount(UUID officerId) {
		return jdbc.sql("SELECT count(*) FROM workbench_alert WHERE assignee_ids @> ARRAY[CAST(:officer AS uuid)] AND cleared_at IS NULL")
			.param("officer", officerId).query(Long.class).single();
	}

	private static WorkbenchAlert map(ResultSet rs, int row) throws SQLException {
		UUID[] assignees = (UUID[]) rs.getArray("assignee_ids").getArray();
		return new WorkbenchAlert(rs.getString("source"), rs.getObject("alert_id", UUID.class), rs.getString("title"), rs.getString("detail"),
				rs.getObject("unit_id", UUID.class), rs.getObject("case_id", UUID.class), Arrays.asList(assignees), rs.getString("link"),
				Tasks.instant(rs, "raised_at"), Tasks.instant(rs, "cleared_at"), rs.getString("cleared_by"));
	}
}
