package org.zhifa.workbench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
		var s = clock.subject();
		return jdbc.sql("""
				INSERT INTO workbench_task (clock_id, clock_version, label, subject_type, subject_id, case_id, case_label, unit_id,
				  assignee_ids, rule_code, basis, started_at, due_at, due_at_text, warn_at, level_reached, done_at, done_reason, updated_at)
				VALUES (:id, :version, :label, :subjectType, :subjectId, :caseId, :caseLabel, :unitId, CAST(:assignees AS uuid[]),
				  :ruleCode, :basis, :startedAt, :dueAt, :dueAtText, :warnAt, 'NORMAL', :doneAt, :doneReason, :now)
				ON CONFLICT (clock_id) DO UPDATE SET clock_version = EXCLUDED.clock_version, label = EXCLUDED.label,
				  case_id = EXCLUDED.case_id, case_label = EXCLUDED.case_label, unit_id = EXCLUDED.unit_id,
				  assignee_ids = EXCLUDED.assignee_ids, rule_code = EXCLUDED.rule_code, basis = EXCLUDED.basis,
				  due_at = EXCLUDED.due_at, due_at_text = EXCLUDED.due_at_text, warn_at = EXCLUDED.warn_at,
				  level_reached = CASE
				    WHEN workbench_task.due_at = EXCLUDED.due_at AND workbench_task.warn_at = EXCLUDED.warn_at THEN workbench_task.level_reached
				    WHEN array_position(ARRAY['NORMAL','DUE_SOON','OVERDUE'], workbench_task.level_reached::text)
				      <= array_position(ARRAY['NORMAL','DUE_SOON','OVERDUE'], CAST(:levelNow AS text)) THEN workbench_task.level_reached
				    ELSE CAST(:levelNow AS varchar) END,
				  done_at = EXCLUDED.done_at, done_reason = EXCLUDED.done_reason, updated_at = EXCLUDED.updated_at
				WHERE workbench_task.clock_version < EXCLUDED.clock_version""")
			.param("id", clock.id().value()).param("version", clock.version()).param("label", clock.label())
			.param("subjectType", s.type()).param("subjectId", s.id()).param("caseId", s.caseId()).param("caseLabel", s.caseLabel())
			.param("unitId", s.unitId()).param("assignees", SqlArrays.uuids(s.officerIds()))
			.param("ruleCode", clock.deadline().ruleCode()).param("basis", clock.deadline().basis())
			.param("startedAt", utc(clock.startedAt())).param("dueAt", utc(clock.dueAt())).param("dueAtText", clock.deadline().dueAtText())
			.param("warnAt", utc(warnAt)).param("levelNow", levelNow.name()).param("doneAt", utc(clock.stoppedAt()))
			.param("doneReason", clock.running() ? null : clock.stopReason()).param("now", utc(now))
			.update() == 1;
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
		Filter f = new Filter("assignee_ids @> CAST(:officer AS uuid[])").param("officer", SqlArrays.uuids(List.of(officerId)));
		if (level != null) {
			f.level(level, now);
		}
		else if (doneSince != null) {
			f.and("(done_at IS NULL OR done_at >= :doneSince)").param("doneSince", utc(doneSince));
		}
		else {
			f.and("done_at IS NULL");
		}
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
				SELECT count(*) FILTER (WHERE done_at IS NULL AND due_at < :now) AS overdue,
				       count(*) FILTER (WHERE done_at IS NULL AND warn_at <= :now AND due_at >= :now) AS due_soon,
				       count(*) FILTER (WHERE done_at IS NULL AND warn_at > :now) AS normal,
				       count(*) FILTER (WHERE done_at >= :doneSince) AS done_today
				FROM workbench_task WHERE assignee_ids @> CAST(:officer AS uuid[]) AND (done_at IS NULL OR done_at >= :doneSince)""")
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

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
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
