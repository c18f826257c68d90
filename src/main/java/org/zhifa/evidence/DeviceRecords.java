package org.zhifa.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.shared.StaleVersion;

/** Stores the device registry ({@code evidence_device}). */
@Repository
class DeviceRecords {

	private final JdbcClient jdbc;

	DeviceRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Device d) {
		jdbc.sql("INSERT INTO evidence_device (id, code, kind, unit_id, officer_id, room_id, label, active, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(d.id(), d.code(), d.kind().name(), d.unitId(), d.officerId(), d.roomId(), d.label(), d.active(), d.version()).update();
	}

	void update(Device d) {
		int n = jdbc.sql("""
				UPDATE evidence_device SET unit_id = ?, officer_id = ?, room_id = ?, label = ?, active = ?, version = ?
				WHERE id = ? AND version = ?""")
			.params(d.unitId(), d.officerId(), d.roomId(), d.label(), d.active(), d.version(), d.id(), d.version() - 1).update();
		if (n != 1) {
			throw new StaleVersion("设备", d.code(), d.version() - 1);
		}
	}

	Optional<Device> find(UUID id) {
		return jdbc.sql("SELECT * FROM evidence_device WHERE id = ?").param(id).query(DeviceRecords::map).optional();
	}

	Optional<Device> byCode(String code) {
		return jdbc.sql("SELECT * FROM evidence_device WHERE code = ?").param(code).query(DeviceRecords::map).optional();
	}

	/** Devices of the given units (all with null), by kind and code. */
	List<Device> list(@Nullable Collection<UUID> unitIds) {
		return jdbc.sql("SELECT * FROM evidence_device WHERE CAST(:all AS boolean) OR unit_id = ANY(CAST(:units AS uuid[])) ORDER BY kind, code")
			.param("all", unitIds == null).param("units", unitIds == null ? new UUID[0] : unitIds.toArray(UUID[]::new))
			.query(DeviceRecords::map).list();
	}

	static Device map(ResultSet rs, int row) throws SQLException {
		return new Device(rs.getObject("id", UUID.class), rs.getString("code"), DeviceKind.valueOf(rs.getString("kind")),
				rs.getObject("unit_id", UUID.class), rs.getObject("officer_id", UUID.class), rs.getObject("room_id", UUID.class),
				rs.getString("label"), rs.getBoolean("active"), rs.getLong("version"));
	}
}
