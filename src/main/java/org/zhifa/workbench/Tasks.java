package org.zhifa.workbench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.calendar.StatutoryClock;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.SqlArrays;
import org.zhifa.shared.Visibility;

/**
 * Stores {@link Task}s in table {@code workbench_task}, one row per statutory clock holding the latest clock version
 * seen. Lists filter by level in SQL with the same boundaries as {@link TaskLevel#at}.
 */
@Repository
class Tasks {

	private static final String COLUMNS = """
			clock_id, label, subject_type, subject_id, case_id, case_label, unit_id, assignee_ids, rule_code, basis, started_at,
			due_at, due_at_text, warn_at, done_at, done_reason""";

	/** Rows per statement: 18 bind parameters each, far below PostgreSQL's 65,535. */
	private static final int BATCH = 500;

	private static final String FOLLOW_ROW = """
			(CAST(:id# AS uuid), CAST(:version# AS bigint), CAST(:label# AS varchar), CAST(:subjectType# AS varchar),
			 CAST(:subjectId# AS uuid), CAST(:caseId# AS uuid), CAST(:caseLabel# AS varchar), CAST(:unitId# AS uuid),
			 CAST(:assignees# AS uuid[]), CAST(:ruleCode# AS varchar), CAST(:basis# AS text), CAST(:startedAt# AS timestamptz),
			 CAST(:dueAt# AS timestamptz), CAST(:dueAtText# AS varchar), CAST(:warnAt# AS timestamptz), CAST(:levelNow# AS text),
			 CAST(:doneAt# AS timestamptz), CAST(:doneReason# AS varchar))""";

	private final JdbcClient jdbc;

	Tasks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes the task of a clock version unless a version at least as new is already stored (so a repeated or late event
	 * changes nothing). A moved due time keeps the announced level only as far as it still holds at {@code now}, so the
	 * new due time is warned again when it comes near. True when the row was written.
	 */
	boolean follow(StatutoryClock clock, Instant warnAt, TaskLevel levelNow, Instant now) {
		return !followAll(List.of(new Following(clock, warnAt, levelNow)), now).isEmpty();
	}

	/**
	 * {@link #follow} for several clocks in one statement (each clock at most once); returns the ids of the clocks whose
	 * task was written, so an event delivered again writes and reports nothing.
	 */
	Set<UUID> followAll(List<Following> clocks, Instant now) {
		Set<UUID> written = new HashSet<>();
		for (int from = 0; from < clocks.size(); from += BATCH) {
			written.addAll(followChunk(clocks.subList(from, Math.min(clocks.size(), from + BATCH)), now));
		}
		return written;
	}

	/** A clock version to follow, with its warning time and the level that holds now. */
	record Following(StatutoryClock clock, Instant warnAt, TaskLevel levelNow) {
	}

	private List<UUID> followChunk(List<Following> rows, Instant now) {
		StringBuilder values = new StringBuilder();
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("now", utc(now));
		for (int i = 0; i < rows.size(); i++) {
			StatutoryClock clock = rows.get(i).clock();
			var s = clock.subject();
			values.append(i == 0 ? "" : ", ").append(FOLLOW_ROW.replace("#", Integer.toString(i)));
			params.put("id" + i, clock.id().value());
			params.put("version" + i, clock.version());
			params.put("label" + i, clock.label());
			params.put("subjectType" + i, s.type());
			params.put("subjectId" + i, s.id());
			params.put("caseId" + i, s.caseId());
			params.put("caseLabel" + i, s.caseLabel());
			params.put("unitId" + i, s.unitId());
			params.put("assignees" + i, SqlArrays.uuids(s.officerIds()));
			params.put("ruleCode" + i, clock.deadline().ruleCode());
			params.put("basis" + i, clock.deadline().basis());
			params.put("startedAt" + i, utc(clock.startedAt()));
			params.put("dueAt" + i, utc(clock.dueAt()));
			params.put("dueAtText" + i, clock.deadline().dueAtText());
			params.put("warnAt" + i, utc(rows.get(i).warnAt()));
			params.put("levelNow" + i, rows.get(i).levelNow().name());
			params.put("doneAt" + i, utc(clock.stoppedAt()));
			params.put("doneReason" + i, clock.running() ? null : clock.stopReason());
		}
		// the level that holds now is not a column of the row inserted, so the update reads it back from the VALUES list
		return jdbc.sql("""
				WITH v (clock_id, clock_version, label, subject_type, subject_id, case_id, case_label, unit_id, assignee_ids, rule_code,
				  basis, started_at, due_at, due_at_text, warn_at, level_now, done_at, done_reason) AS (VALUES\s""" + values + """
				)
				INSERT INTO workbench_task (clock_id, clock_version, label, subject_type, subject_id, case_id, case_label, unit_id,
				  assignee_ids, rule_code, basis, started_at, due_at, due_at_text, warn_at, level_reached, done_at, done_reason, updated_at)
				SELECT clock_id, clock_version, label, subject_type, subject_id, case_id, case_label, unit_id, assignee_ids, rule_code,
				  basis, started_at, due_at, due_at_text, warn_at, 'NORMAL', done_at, done_reason, CAST(:now AS timestamptz)
				FROM v
				ON CONFLICT (clock_id) DO UPDATE SET clock_version = EXCLUDED.clock_version, label = EXCLUDED.label,
				  case_id = EXCLUDED.case_id, case_label = EXCLUDED.case_label, unit_id = EXCLUDED.unit_id,
				  assignee_ids = EXCLUDED.assignee_ids, rule_code = EXCLUDED.rule_code, basis = EXCLUDED.basis,
				  due_at = EXCLUDED.due_at, due_at_text = EXCLUDED.due_at_text, warn_at = EXCLUDED.warn_at,
				  level_reached = CASE
				    WHEN workbench_task.due_at = EXCLUDED.due_at AND workbench_task.warn_at = EXCLUDED.warn_at THEN workbench_task.level_reached
				    WHEN array_position(ARRAY['NORMAL','DUE_SOON','OVERDUE'], workbench_task.level_reached::text)
				      <= array_position(ARRAY['NORMAL','DUE_SOON','OVERDUE'], (SELECT v.level_now FROM v WHERE v.clock_id = EXCLUDED.clock_id))
				      THEN workbench_task.level_reached
				    ELSE (SELECT CAST(v.level_now AS varchar) FROM v WHERE v.clock_id = EXCLUDED.clock_id) END,
				  done_at = EXCLUDED.done_at, done_reason = EXCLUDED.done_reason, updated_at = EXCLUDED.updated_at
				WHERE workbench_task.clock_version < EXCLUDED.clock_version
				RETURNING clock_id""")
			.params(params).query(UUID.class).list();
	}

	Optional<Task> find(UUID clockId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM workbench_task WHERE clock_id = :id").param("id", clockId).query(Tasks::map).optional();
	}

	/** The level the scan last announced for a task. */
	Optional<TaskLevel> levelReached(UUID clockId) {
		return jdbc.sql("SELECT level_reached FROM workbench_task WHERE clock_id = :id").param("id", clockId)
			.query(String.class).optional().map(TaskLevel::valueOf);
	}

	/** An officer's open tasks (and, with {@code doneSince}, those done since then), open first, by due time. */
	PageResult<Task> assignedTo(UUID officerId, @Nullable TaskLevel level, @Nullable Instant doneSince, Instant now, PageRequest page) {
		Filter f;
		if (level == null && doneSince != null) {
			// two index look-ups (open: the partial GIN index; done: by done_at) rather than one OR that neither index serves
			f = new Filter("""
					clock_id IN (SELECT clock_id FROM workbench_task WHERE done_at IS NULL AND assignee_ids @> CAST(:officer AS uuid[])
					  UNION ALL SELECT clock_id FROM workbench_task WHERE done_at >= :doneSince AND assignee_ids @> CAST(:officer AS uuid[]))""")
				.param("doneSince", utc(doneSince));
		}
		else {
			f = new Filter("done_at IS NULL AND assignee_ids @> CAST(:officer AS uuid[])");
			if (level != null) {
				f.level(level, now);
			}
		}
		f.param("officer", SqlArrays.uuids(List.of(officerId)));
		return page(f, page);
	}

	/** Open tasks of the visible units, optionally of one officer and one level, by due time. */
	PageResult<Task> openIn(Visibility visibility, @Nullable UUID officerId, @Nullable TaskLevel level, Instant now, PageRequest page) {
		Filter f = new Filter("done_at IS NULL");
		switch (visibility.scope()) {
			case ALL -> {
			}
			case OWN -> f.and("assignee_ids @> CAST(:self AS uuid[])")
				.param("self", SqlArrays.uuids(visibility.officerId() == null ? List.of() : List.of(visibility.officerId())));
			case UNIT, UNIT_AND_BELOW -> f.and("unit_id = ANY(CAST(:units AS uuid[]))").param("units", SqlArrays.uuids(visibility.unitIds()));
		}
		if (officerId != null) {
			f.and("assignee_ids @> CAST(:officer AS uuid[])").param("officer", SqlArrays.uuids(List.of(officerId)));
		}
		if (level != null) {
			f.level(level, now);
		}
		return page(f, page);
	}

	/** Counts of an officer's open tasks by level at {@code now}, and of those done since {@code doneSince}. */
	TaskSummary summaryOf(UUID officerId, Instant now, Instant doneSince) {
		return jdbc.sql("""
				SELECT open.overdue, open.due_soon, open.normal, done.done_today
				FROM (SELECT count(*) FILTER (WHERE due_at < :now) AS overdue,
				             count(*) FILTER (WHERE warn_at <= :now AND due_at >= :now) AS due_soon,
				             count(*) FILTER (WHERE warn_at > :now) AS normal
				      FROM workbench_task WHERE done_at IS NULL AND assignee_ids @> CAST(:officer AS uuid[])) AS open,
				     (SELECT count(*) AS done_today
				      FROM workbench_task WHERE done_at >= :doneSince AND assignee_ids @> CAST(:officer AS uuid[])) AS done""")
			.param("officer", SqlArrays.uuids(List.of(officerId))).param("now", utc(now)).param("doneSince", utc(doneSince))
			.query((rs, n) -> new TaskSummary(rs.getLong("overdue"), rs.getLong("due_soon"), rs.getLong("normal"), rs.getLong("done_today"), now))
			.single();
	}

	/**
	 * Open tasks whose warning ({@code warn_at} reached, nothing announced yet) or overdue notice ({@code due_at} passed,
	 * not announced as overdue yet) is pending at {@code now}, locked for this scan (rows another node's scan holds are
	 * skipped). Each of the two looks runs on its own partial index.
	 */
	List<Pending> pending(Instant now, int limit) {
		List<Pending> found = new ArrayList<>(jdbc.sql("SELECT " + COLUMNS + ", level_reached FROM workbench_task"
				+ " WHERE done_at IS NULL AND level_reached <> 'OVERDUE' AND due_at < :now ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED")
			.param("now", utc(now)).param("limit", limit).query(Tasks::pending).list());
		if (found.size() < limit) {
			List<UUID> seen = found.stream().map(p -> p.task().clockId()).toList();
			jdbc.sql("SELECT " + COLUMNS + ", level_reached FROM workbench_task"
					+ " WHERE done_at IS NULL AND level_reached = 'NORMAL' AND warn_at <= :now ORDER BY warn_at LIMIT :limit FOR UPDATE SKIP LOCKED")
				.param("now", utc(now)).param("limit", limit - found.size()).query(Tasks::pending).list().stream()
				.filter(p -> !seen.contains(p.task().clockId())).forEach(found::add);
		}
		return found;
	}

	/** Open tasks falling due in [from, until), earliest first. */
	List<Task> openDueBetween(Instant from, Instant until) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM workbench_task WHERE done_at IS NULL AND due_at >= :from AND due_at < :until"
				+ " ORDER BY due_at, clock_id").param("from", utc(from)).param("until", utc(until)).query(Tasks::map).list();
	}

	/** Records that {@code level} was announced for these tasks. */
	void reached(TaskLevel level, Collection<UUID> clockIds) {
		if (!clockIds.isEmpty()) {
			jdbc.sql("UPDATE workbench_task SET level_reached = :level WHERE clock_id = ANY(CAST(:ids AS uuid[]))")
				.param("level", level.name()).param("ids", SqlArrays.uuids(clockIds)).update();
		}
	}

	/** A task and the level last announced for it. */
	record Pending(Task task, TaskLevel reached) {
	}

	private PageResult<Task> page(Filter f, PageRequest page) {
		long total = f.bind(jdbc.sql("SELECT count(*) FROM workbench_task WHERE " + f.where)).query(Long.class).single();
		List<Task> items = f.bind(jdbc.sql("SELECT " + COLUMNS + " FROM workbench_task WHERE " + f.where
				+ " ORDER BY done_at IS NOT NULL, due_at, clock_id LIMIT :limit OFFSET :offset"))
			.param("limit", page.size()).param("offset", page.offset()).query(Tasks::map).list();
		return new PageResult<>(items, total, page.page(), page.size());
	}

	/** A WHERE clause built from fixed fragments and bind parameters (never from user text). */
	private static final class Filter {

		private String where;
		private final java.util.Map<String, Object> params = new java.util.HashMap<>();

		Filter(String first) {
			this.where = first;
		}

		Filter and(String condition) {
			where = where + " AND " + condition;
			return this;
		}

		Filter param(String name, @Nullable Object value) {
			params.put(name, value);
			return this;
		}

		void level(TaskLevel level, Instant now) {
			and("done_at IS NULL");
			switch (level) {
				case OVERDUE -> and("due_at < :now");
				case DUE_SOON -> and("warn_at <= :now AND due_at >= :now");
				case NORMAL -> and("warn_at > :now");
			}
			param("now", utc(now));
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
			return spec.params(params);
		}
	}

	static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Task map(ResultSet rs, int row) throws SQLException {
		return new Task(rs.getObject("clock_id", UUID.class), rs.getString("label"), rs.getString("subject_type"),
				rs.getObject("subject_id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("case_label"),
				rs.getObject("unit_id", UUID.class), Arrays.asList((UUID[]) rs.getArray("assignee_ids").getArray()),
				rs.getString("rule_code"), rs.getString("basis"), instant(rs, "started_at"), instant(rs, "due_at"),
				rs.getString("due_at_text"), instant(rs, "warn_at"), instant(rs, "done_at"), rs.getString("done_reason"));
	}

	private static Pending pending(ResultSet rs, int row) throws SQLException {
		return new Pending(map(rs, row), TaskLevel.valueOf(rs.getString("level_reached")));
	}
}
