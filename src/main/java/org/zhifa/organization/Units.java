package org.zhifa.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.shared.StaleVersion;

/** Stores {@link Unit} aggregates in table {@code unit}; writes check the version read (optimistic locking). */
@Repository
class Units {

	private static final String COLUMNS = "id, code, name, kind, parent_id, active, version";

	/** Key of the transaction-scoped advisory lock that serialises structural changes (moves) of the tree. */
	private static final long TREE_LOCK = 0x7A68_6966_6100_0001L;

	private final JdbcClient jdbc;

	Units(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Unit> find(UnitId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE id = :id").param("id", id.value()).query(Units::map).optional();
	}

	/** Reads the unit and locks its row until the transaction ends: the unit is about to change. */
	Optional<Unit> findForUpdate(UnitId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE id = :id FOR UPDATE").param("id", id.value()).query(Units::map).optional();
	}

	/**
	 * Reads the unit with a shared row lock until the transaction ends: something is being placed under it, so it
	 * must not be deactivated or moved meanwhile (a concurrent deactivation waits, then sees the new member).
	 */
	Optional<Unit> findForShare(UnitId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE id = :id FOR SHARE").param("id", id.value()).query(Units::map).optional();
	}

	boolean codeTaken(String code) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM unit WHERE code = :code)").param("code", code).query(Boolean.class).single();
	}

	boolean rootExists() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM unit WHERE parent_id IS NULL)").query(Boolean.class).single();
	}

	long countActiveChildren(UnitId id) {
		return jdbc.sql("SELECT count(*) FROM unit WHERE parent_id = :id AND active").param("id", id.value()).query(Long.class).single();
	}

	/** The unit and every unit below it. {@code UNION} (not {@code UNION ALL}) ends the recursion even on bad data. */
	Set<UUID> subtree(UUID id) {
		return new HashSet<>(jdbc.sql("""
				WITH RECURSIVE sub(id) AS (
				    SELECT id FROM unit WHERE id = :id
				    UNION
				    SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id)
				SELECT id FROM sub""").param("id", id).query(UUID.class).list());
	}

	/**
	 * Serialises moves: two concurrent moves could each pass the cycle check against the other's old tree
	 * (A under B, B under A). Held until the transaction ends.
	 */
	void lockTree() {
		jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", TREE_LOCK).query((rs, n) -> 0).list();
	}

	void insert(Unit unit, Instant at) {
		jdbc.sql("""
				INSERT INTO unit (id, code, name, kind, parent_id, active, version, created_at, updated_at)
				VALUES (:id, :code, :name, :kind, :parentId, :active, 0, :at, :at)""")
			.param("id", unit.id().value())
			.param("code", unit.code())
			.param("name", unit.name())
			.param("kind", unit.kind().name())
			.param("parentId", unit.parentId() == null ? null : unit.parentId().value(), java.sql.Types.OTHER)
			.param("active", unit.isActive())
			.param("at", timestamp(at))
			.update();
	}

	/** Writes the changed state if nobody changed the unit since it was read; otherwise nothing is written. */
	void update(Unit unit, Instant at) {
		int rows = jdbc.sql("""
				UPDATE unit SET name = :name, parent_id = :parentId, active = :active, version = version + 1, updated_at = :at
				WHERE id = :id AND version = :version""")
			.param("id", unit.id().value())
			.param("name", unit.name())
			.param("parentId", unit.parentId() == null ? null : unit.parentId().value(), java.sql.Types.OTHER)
			.param("active", unit.isActive())
			.param("at", timestamp(at))
			.param("version", unit.version())
			.update();
		if (rows == 0) {
			throw new StaleVersion("单位", unit.id(), unit.version());
		}
	}

	static OffsetDateTime timestamp(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static Unit map(ResultSet rs, int row) throws SQLException {
		UUID parent = rs.getObject("parent_id", UUID.class);
		return new Unit(UnitId.of(rs.getObject("id", UUID.class)), rs.getString("code"), rs.getString("name"),
				UnitKind.valueOf(rs.getString("kind")), parent == null ? null : UnitId.of(parent), rs.getBoolean("active"),
				rs.getLong("version"));
	}
}
