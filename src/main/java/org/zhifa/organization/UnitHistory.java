package org.zhifa.organization;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.shared.Actor;

/** The append-only history of each unit (table {@code unit_history}; the database refuses updates and deletes). */
@Repository
class UnitHistory {

	private final JdbcClient jdbc;

	UnitHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One change of a unit.
	 *
	 * @param fromParentId / toParentId for moves (toParentId also for creation)
	 * @param oldName / newName for renames (newName also for creation)
	 */
	record Entry(UnitId unitId, UnitChange action, Instant at, Actor actor, @Nullable UUID fromParentId,
			@Nullable UUID toParentId, @Nullable String oldName, @Nullable String newName, @Nullable String reason,
			String detail) {
	}

	void append(Entry entry) {
		jdbc.sql("""
				INSERT INTO unit_history (unit_id, occurred_at, action, actor_username, actor_name, from_parent_id,
				                          to_parent_id, old_name, new_name, reason, detail)
				VALUES (:unitId, :at, :action, :username, :actorName, :fromParent, :toParent, :oldName, :newName, :reason, :detail)""")
			.param("unitId", entry.unitId().value())
			.param("at", Units.timestamp(entry.at()))
			.param("action", entry.action().name())
			.param("username", entry.actor().username())
			.param("actorName", entry.actor().displayName())
			.param("fromParent", entry.fromParentId(), java.sql.Types.OTHER)
			.param("toParent", entry.toParentId(), java.sql.Types.OTHER)
			.param("oldName", entry.oldName(), java.sql.Types.VARCHAR)
			.param("newName", entry.newName(), java.sql.Types.VARCHAR)
			.param("reason", entry.reason(), java.sql.Types.VARCHAR)
			.param("detail", entry.detail())
			.update();
	}

	/** Oldest first. */
	List<UnitHistoryEntry> of(UnitId unitId) {
		return jdbc.sql("SELECT occurred_at, action, actor_name, detail FROM unit_history WHERE unit_id = :id ORDER BY id")
			.param("id", unitId.value())
			.query((rs, n) -> new UnitHistoryEntry(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					UnitChange.valueOf(rs.getString("action")), rs.getString("actor_name"), rs.getString("detail")))
			.list();
	}
}
