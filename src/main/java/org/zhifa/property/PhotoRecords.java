package org.zhifa.property;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the items' photos with their bytes ({@code property_photo}). */
@Repository
class PhotoRecords {

	private static final String COLUMNS = "id, item_id, file_name, media_type, size_bytes, sm3, uploaded_at, uploaded_by, uploaded_by_name";

	private final JdbcClient jdbc;

	PhotoRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(PropertyPhoto p, byte[] bytes) {
		jdbc.sql("INSERT INTO property_photo (" + COLUMNS + ", content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(p.id(), p.itemId(), p.fileName(), p.mediaType(), p.sizeBytes(), p.sm3(), PropertyItems.offset(p.uploadedAt()), p.uploadedBy(),
					p.uploadedByName(), bytes)
			.update();
	}

	List<PropertyPhoto> ofItem(UUID itemId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM property_photo WHERE item_id = ? ORDER BY uploaded_at, id").param(itemId)
			.query(PhotoRecords::map).list();
	}

	Optional<PropertyPhoto> bySm3(UUID itemId, String sm3) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM property_photo WHERE item_id = ? AND sm3 = ?").params(itemId, sm3).query(PhotoRecords::map)
			.optional();
	}

	Optional<PropertyPhoto.Content> content(UUID itemId, UUID photoId) {
		return jdbc.sql("SELECT " + COLUMNS + ", content FROM property_photo WHERE item_id = ? AND id = ?").params(itemId, photoId)
			.query((rs, row) -> new PropertyPhoto.Content(map(rs, row), rs.getBytes("content"))).optional();
	}

	private static PropertyPhoto map(ResultSet rs, int row) throws SQLException {
		return new PropertyPhoto(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class), rs.getString("file_name"),
				rs.getString("media_type"), rs.getInt("size_bytes"), rs.getString("sm3"), PropertyItems.instant(rs, "uploaded_at"),
				rs.getObject("uploaded_by", UUID.class), rs.getString("uploaded_by_name"));
	}
}
