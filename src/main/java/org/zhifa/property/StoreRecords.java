package org.zhifa.property;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.shared.SqlArrays;
import org.zhifa.shared.Visibility;

/** Stores and their locations ({@code property_store}, {@code property_location}). */
@Repository
class StoreRecords {

	private final JdbcClient jdbc;

	StoreRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Store s) {
		jdbc.sql("INSERT INTO property_store (id, unit_id, parent_id, name, kind, active, version) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(s.id(), s.unitId(), s.parentId(), s.name(), s.kind().name(), s.active(), s.version()).update();
	}

	void insert(StoreLocation l) {
		jdbc.sql("INSERT INTO property_location (id, store_id, code, kind, description, active) VALUES (?, ?, ?, ?, ?, ?)")
			.params(l.id(), l.storeId(), l.code(), l.kind().name(), l.description(), l.active()).update();
	}

	Optional<Store> find(UUID id) {
		return list(" WHERE s.id = :id", Map.of("id", id)).stream().findFirst();
	}

	Optional<StoreLocation> location(UUID id) {
		return jdbc.sql("SELECT * FROM property_location WHERE id = ?").param(id).query(StoreRecords::location).optional();
	}

	/** The stores of the units in scope, central stores first, with their locations. */
	List<Store> inScope(Visibility scope) {
		return scope.isAll() ? list("", Map.of()) : list(" WHERE s.unit_id = ANY(CAST(:units AS uuid[]))", Map.of("units", SqlArrays.uuids(scope.unitIds())));
	}

	private List<Store> list(String where, Map<String, Object> p) {
		List<Store> stores = jdbc.sql("SELECT s.* FROM property_store s" + where + " ORDER BY s.parent_id NULLS FIRST, s.name").params(p)
			.query((rs, n) -> new Store(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getObject("parent_id", UUID.class),
					rs.getString("name"), StoreKind.valueOf(rs.getString("kind")), rs.getBoolean("active"), List.of(), rs.getLong("version")))
			.list();
		if (stores.isEmpty()) {
			return stores;
		}
		Map<UUID, List<StoreLocation>> locations = jdbc.sql("SELECT * FROM property_location WHERE store_id = ANY(CAST(:ids AS uuid[])) ORDER BY code")
			.param("ids", SqlArrays.uuids(stores.stream().map(Store::id).toList())).query(StoreRecords::location).list().stream()
			.collect(Collectors.groupingBy(StoreLocation::storeId));
		return stores.stream().map(s -> new Store(s.id(), s.unitId(), s.parentId(), s.name(), s.kind(), s.active(),
				locations.getOrDefault(s.id(), List.of()), s.version())).toList();
	}

	static StoreLocation location(ResultSet rs, int row) throws SQLException {
		return new StoreLocation(rs.getObject("id", UUID.class), rs.getObject("store_id", UUID.class), rs.getString("code"),
				LocationKind.valueOf(rs.getString("kind")), rs.getString("description"), rs.getBoolean("active"));
	}
}
