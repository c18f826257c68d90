package org.zhifa.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.shared.InvalidInput;

/** The document types and their templates, as seeded from the catalogue (tables {@code document_type}, {@code document_field}). */
@Service
@Transactional(readOnly = true)
public class DocumentCatalogue {

	private final JdbcClient jdbc;

	DocumentCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every type in catalogue order. */
	public List<DocumentType> all() {
		Map<String, List<DocumentField>> fields = new LinkedHashMap<>();
		jdbc.sql("SELECT type_code, field_key, label, required FROM document_field ORDER BY type_code, position")
			.query((ResultSet rs) -> {
				fields.computeIfAbsent(rs.getString("type_code"), k -> new ArrayList<>()).add(field(rs));
			});
		return jdbc.sql("SELECT * FROM document_type ORDER BY sort_order, code")
			.query((rs, row) -> type(rs, fields.getOrDefault(rs.getString("code"), List.of()))).list();
	}

	public Optional<DocumentType> find(String code) {
		List<DocumentField> fields = jdbc.sql("SELECT field_key, label, required FROM document_field WHERE type_code = :code ORDER BY position")
			.param("code", code).query((rs, row) -> field(rs)).list();
		return jdbc.sql("SELECT * FROM document_type WHERE code = :code").param("code", code)
			.query((rs, row) -> type(rs, fields)).optional();
	}

	/** The type, or a 400 naming the unknown code. */
	public DocumentType get(String code) {
		return find(code).orElseThrow(() -> new InvalidInput("typeCode", "未知的文书类型：" + code));
	}

	private static DocumentField field(ResultSet rs) throws SQLException {
		return new DocumentField(rs.getString("field_key"), rs.getString("label"), rs.getBoolean("required"));
	}

	private static DocumentType type(ResultSet rs, List<DocumentField> fields) throws SQLException {
		return new DocumentType(rs.getString("code"), rs.getString("name"), rs.getString("category"), rs.getString("word"),
				rs.getString("title"), rs.getString("approver"), rs.getString("basis"), rs.getString("stub_note"), fields);
	}
}
