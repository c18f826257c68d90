package org.zhifa.organization;

import org.zhifa.shared.SqlArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.shared.UnitHierarchy;

/**
 * Look-ups of units for other modules: by id, names for display, the path from the root, the subtree.
 * Not restricted by the caller's data scope — modules ask about units they already hold ids of; what a user may
 * see of the tree is decided by {@link UnitCatalog}. Also the application's {@link UnitHierarchy}, which data
 * scopes are resolved against: a recursive query over {@code parent_id}, always current, no cache to invalidate.
 */
@Service
@Transactional(readOnly = true)
public class UnitDirectory implements UnitHierarchy {

	/** Deeper than any real tree (市局 → 分局 → 派出所 …); stops the walk up on corrupted data. */
	private static final int MAX_DEPTH = 32;

	private static final String SUMMARY_COLUMNS = "id, code, name, kind, parent_id, active";

	private final JdbcClient jdbc;
	private final Units units;

	UnitDirectory(JdbcClient jdbc, Units units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	public Optional<UnitSummary> find(UUID unitId) {
		return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM unit WHERE id = :id").param("id", unitId)
			.query(UnitDirectory::summary).optional();
	}

	/** The 市局 at the top of the tree, once it has been set up. */
	@Override
	public boolean isRoot(UUID unitId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM unit WHERE id = :id AND parent_id IS NULL)").param("id", unitId)
			.query(Boolean.class).single();
	}

	public Optional<UnitSummary> root() {
		return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM unit WHERE parent_id IS NULL").query(UnitDirectory::summary).optional();
	}

	/** Names of the given units; unknown ids are left out. */
	public Map<UUID, String> namesOf(Collection<UUID> unitIds) {
		if (unitIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, String> names = new LinkedHashMap<>();
		jdbc.sql("SELECT id, name FROM unit WHERE id = ANY(CAST(:ids AS uuid[]))").param("ids", SqlArrays.uuids(Set.copyOf(unitIds)))
			.query((ResultSet rs) -> {
				names.put(rs.getObject("id", UUID.class), rs.getString("name"));
			});
		return names;
	}

	/** The units from the root down to and including the given one; empty for an unknown id. */
	public List<UnitSummary> pathFromRoot(UUID unitId) {
		return jdbc.sql("""
				WITH RECURSIVE up(id, code, name, kind, parent_id, active, depth) AS (
				    SELECT id, code, name, kind, parent_id, active, 0 FROM unit WHERE id = :id
				    UNION ALL
				    SELECT u.id, u.code, u.name, u.kind, u.parent_id, u.active, up.depth + 1
				    FROM unit u JOIN up ON u.id = up.parent_id WHERE up.depth < :maxDepth)
				SELECT id, code, name, kind, parent_id, active FROM up ORDER BY depth DESC""")
			.param("id", unitId).param("maxDepth", MAX_DEPTH)
			.query(UnitDirectory::summary).list();
	}

	/** Every active unit of a kind (e.g. each 执法办案管理中心), by code. */
	public List<UnitSummary> activeOfKind(UnitKind kind) {
		return jdbc.sql("SELECT id, code, name, kind, parent_id, active FROM unit WHERE kind = :kind AND active ORDER BY code")
			.param("kind", kind.name()).query(UnitDirectory::summary).list();
	}

	/** The active units directly under a unit, by code. */
	public List<UnitSummary> activeChildren(UUID unitId) {
		return jdbc.sql("SELECT id, code, name, kind, parent_id, active FROM unit WHERE parent_id = :id AND active ORDER BY code")
			.param("id", unitId).query(UnitDirectory::summary).list();
	}

	/** The unit itself and every unit below it, active or not; empty for an unknown id. */
	@Override
	public Set<UUID> selfAndDescendants(UUID unitId) {
		return Set.copyOf(units.subtree(unitId));
	}

	/**
	 * Reads an active-or-not unit for placing a record in it (an officer, say) and holds a shared lock on it until the
	 * calling transaction ends, so it cannot be deactivated or moved in between: a concurrent deactivation waits and
	 * then sees the new member, or completes first and this read sees it inactive. Must run inside the caller's
	 * write transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<UnitSummary> lockForAssignment(UUID unitId) {
		return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM unit WHERE id = :id FOR SHARE").param("id", unitId)
			.query(UnitDirectory::summary).optional();
	}

	/** Paths (root first, ending with the unit) of several units in one query. */
	Map<UUID, List<UnitRef>> pathsOf(Collection<UUID> unitIds) {
		Map<UUID, List<UnitRef>> paths = new LinkedHashMap<>();
		if (unitIds.isEmpty()) {
			return paths;
		}
		jdbc.sql("""
				WITH RECURSIVE up(start_id, id, name, parent_id, depth) AS (
				    SELECT id, id, name, parent_id, 0 FROM unit WHERE id = ANY(CAST(:ids AS uuid[]))
				    UNION ALL
				    SELECT up.start_id, u.id, u.name, u.parent_id, up.depth + 1
				    FROM unit u JOIN up ON u.id = up.parent_id WHERE up.depth < :maxDepth)
				SELECT start_id, id, name FROM up ORDER BY start_id, depth DESC""")
			.param("ids", SqlArrays.uuids(Set.copyOf(unitIds))).param("maxDepth", MAX_DEPTH)
			.query((ResultSet rs) -> {
				paths.computeIfAbsent(rs.getObject("start_id", UUID.class), k -> new ArrayList<>())
					.add(new UnitRef(rs.getObject("id", UUID.class), rs.getString("name")));
			});
		return paths;
	}

	/** Full details of the given units, in the order given; unknown ids are left out. */
	List<UnitDetails> detailsOf(List<UUID> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<UnitRef>> paths = pathsOf(unitIds);
		Map<UUID, UnitDetails> byId = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT u.id, u.code, u.name, u.kind, u.parent_id, u.active, u.version, p.name AS parent_name
				FROM unit u LEFT JOIN unit p ON p.id = u.parent_id
				WHERE u.id = ANY(CAST(:ids AS uuid[]))""")
			.param("ids", SqlArrays.uuids(Set.copyOf(unitIds)))
			.query((ResultSet rs) -> {
				UUID id = rs.getObject("id", UUID.class);
				byId.put(id, new UnitDetails(id, rs.getString("code"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind")),
						rs.getObject("parent_id", UUID.class), rs.getString("parent_name"), rs.getBoolean("active"),
						paths.getOrDefault(id, List.of()), rs.getLong("version")));
			});
		return unitIds.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	Optional<UnitDetails> detailsOf(UUID unitId) {
		return detailsOf(List.of(unitId)).stream().findFirst();
	}

	static UnitSummary summary(ResultSet rs, int row) throws SQLException {
		return new UnitSummary(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
				UnitKind.valueOf(rs.getString("kind")), rs.getObject("parent_id", UUID.class), rs.getBoolean("active"));
	}
}
