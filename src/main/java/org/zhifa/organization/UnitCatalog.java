package org.zhifa.organization;

import org.zhifa.shared.SqlArrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.Visibilities;
import org.zhifa.shared.Visibility;

/**
 * The unit tree as the current user may see it under permission {@code unit:read}: scope ALL sees every unit,
 * UNIT and UNIT_AND_BELOW see the units of their visibility, OWN sees none. A unit outside the scope is
 * answered as not found.
 */
@Service
@Transactional(readOnly = true)
public class UnitCatalog {

	static final String READ = "unit:read";

	private final JdbcClient jdbc;
	private final UnitDirectory directory;
	private final UnitHistory history;
	private final Visibilities visibilities;

	UnitCatalog(JdbcClient jdbc, UnitDirectory directory, UnitHistory history, Visibilities visibilities) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.history = history;
		this.visibilities = visibilities;
	}

	/**
	 * The visible units as a forest: each visible unit under its parent when the parent is visible too, otherwise as
	 * a top-level node (a 派出所 user gets the station alone; a 分局 user the 分局 with its stations and departments).
	 */
	public List<UnitNode> tree() {
		Set<UUID> visible = visibleUnits();
		var sql = new StringBuilder("SELECT id, code, name, kind, parent_id, active FROM unit");
		if (visible != null) {
			sql.append(" WHERE id = ANY(CAST(:ids AS uuid[]))");
		}
		sql.append(" ORDER BY code");
		var statement = jdbc.sql(sql.toString());
		if (visible != null) {
			if (visible.isEmpty()) {
				return List.of();
			}
			statement = statement.param("ids", SqlArrays.uuids(visible));
		}
		List<UnitSummary> units = statement.query(UnitDirectory::summary).list();

		Map<UUID, UnitSummary> byId = new LinkedHashMap<>();
		units.forEach(u -> byId.put(u.id(), u));
		Map<UUID, List<UnitSummary>> children = new HashMap<>();
		List<UnitSummary> tops = new ArrayList<>();
		for (UnitSummary unit : units) {
			if (unit.parentId() != null && byId.containsKey(unit.parentId())) {
				children.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
			}
			else {
				tops.add(unit);
			}
		}
		return tops.stream().sorted(Comparator.comparing(UnitSummary::code)).map(u -> node(u, children)).toList();
	}

	private static UnitNode node(UnitSummary unit, Map<UUID, List<UnitSummary>> children) {
		return new UnitNode(unit.id(), unit.code(), unit.name(), unit.kind(), unit.parentId(), unit.active(),
				children.getOrDefault(unit.id(), List.of()).stream().map(c -> node(c, children)).toList());
	}

	/** The visible units matching the filter, ordered by code. */
	public PageResult<UnitDetails> search(UnitSearch search, PageRequest page) {
		Set<UUID> visible = visibleUnits();
		if (visible != null && visible.isEmpty()) {
			return new PageResult<>(List.of(), 0, page.page(), page.size());
		}
		var where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new HashMap<>();
		if (visible != null) {
			where.append(" AND id = ANY(CAST(:ids AS uuid[]))");
			params.put("ids", SqlArrays.uuids(visible));
		}
		if (search.text() != null && !search.text().isBlank()) {
			String text = likeEscaped(search.text().strip());
			where.append(" AND (name ILIKE :contains OR code LIKE :prefix)");
			params.put("contains", "%" + text + "%");
			params.put("prefix", text + "%");
		}
		if (search.kind() != null) {
			where.append(" AND kind = :kind");
			params.put("kind", search.kind().name());
		}
		if (search.active() != null) {
			where.append(" AND active = :active");
			params.put("active", search.active());
		}
		long total = jdbc.sql("SELECT count(*) FROM unit" + where).params(params).query(Long.class).single();
		List<UUID> ids = jdbc.sql("SELECT id FROM unit" + where + " ORDER BY code LIMIT :limit OFFSET :offset")
			.params(params).param("limit", page.size()).param("offset", page.offset())
			.query(UUID.class).list();
		return new PageResult<>(directory.detailsOf(ids), total, page.page(), page.size());
	}

	/** One visible unit with its parent's name and its path from the root. */
	public UnitDetails get(UUID unitId) {
		requireVisible(unitId);
		return directory.detailsOf(unitId).orElseThrow(() -> new NotFound("单位", unitId));
	}

	/** What happened to a visible unit, oldest first. */
	public List<UnitHistoryEntry> history(UUID unitId) {
		requireVisible(unitId);
		if (directory.find(unitId).isEmpty()) {
			throw new NotFound("单位", unitId);
		}
		return history.of(UnitId.of(unitId));
	}

	private void requireVisible(UUID unitId) {
		if (!visibilities.current(READ).coversUnit(unitId)) {
			throw new NotFound("单位", unitId);
		}
	}

	/** {@code null} when everything is visible. */
	private @Nullable Set<UUID> visibleUnits() {
		Visibility visibility = visibilities.current(READ);
		return visibility.isAll() ? null : visibility.unitIds();
	}

	static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
