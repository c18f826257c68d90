package org.zhifa.custody;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.shared.StaleVersion;

/** Stores the centres' rooms ({@code custody_room}). */
@Repository
class RoomRecords {

	private final JdbcClient jdbc;

	RoomRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Room r) {
		jdbc.sql("INSERT INTO custody_room (id, center_id, name, kind, capacity, active, version) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(r.id(), r.centerId(), r.name(), r.kind().name(), r.capacity(), r.active(), r.version()).update();
	}

	void update(Room r) {
		int n = jdbc.sql("UPDATE custody_room SET name = ?, kind = ?, capacity = ?, active = ?, version = ? WHERE id = ? AND version = ?")
			.params(r.name(), r.kind().name(), r.capacity(), r.active(), r.version(), r.id(), r.version() - 1).update();
		if (n != 1) {
			throw new StaleVersion("房间", r.name(), r.version() - 1);
		}
	}

	Optional<Room> find(UUID id) {
		return jdbc.sql("SELECT * FROM custody_room WHERE id = ?").param(id).query(RoomRecords::map).optional();
	}

	/** Locks the room while someone is put in it, so two placements cannot both take its last place. */
	Optional<Room> findForUpdate(UUID id) {
		return jdbc.sql("SELECT * FROM custody_room WHERE id = ? FOR UPDATE").param(id).query(RoomRecords::map).optional();
	}

	List<Room> ofCenter(UUID centerId) {
		return jdbc.sql("SELECT * FROM custody_room WHERE center_id = ? ORDER BY kind, name").param(centerId).query(RoomRecords::map).list();
	}

	boolean nameTaken(UUID centerId, String name, UUID except) {
		return jdbc.sql("SELECT count(*) FROM custody_room WHERE center_id = ? AND name = ? AND id <> ?").params(centerId, name, except)
			.query(Long.class).single() > 0;
	}

	static Room map(ResultSet rs, int row) throws SQLException {
		return new Room(rs.getObject("id", UUID.class), rs.getObject("center_id", UUID.class), rs.getString("name"),
				RoomKind.valueOf(rs.getString("kind")), rs.getInt("capacity"), rs.getBoolean("active"), rs.getLong("version"));
	}
}
