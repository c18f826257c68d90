package org.zhifa.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case's issued legal documents as dossier items, filed in the volume their type is catalogued in. A corrected
 * document is superseded: only the correction that stands goes into the dossier, and its table-of-contents line says
 * which 文号 it corrects (the original remains verifiable through 文书验真, marked as corrected).
 */
@Component
class LegalDocumentItems implements DossierItemSource {

	static final String KIND = "LEGAL_DOCUMENT";

	private final JdbcClient jdbc;
	private final DocumentRecords records;

	LegalDocumentItems(JdbcClient jdbc, DocumentRecords records) {
		this.jdbc = jdbc;
		this.records = records;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<DossierItem> itemsOf(UUID caseId) {
		return jdbc.sql("""
				SELECT d.id, t.name, t.sort_order, t.dossier_volume, d.number, d.unit_id, d.issued_by, d.issued_at, d.case_label, d.sm3,
				  o.number AS corrects_number
				FROM legal_document d JOIN document_type t ON t.code = d.type_code
				LEFT JOIN legal_document o ON o.id = d.corrects
				WHERE d.case_id = :caseId AND NOT EXISTS (SELECT 1 FROM legal_document c WHERE c.corrects = d.id)""")
			.param("caseId", caseId)
			.query((rs, row) -> new DossierItem(KIND, rs.getObject("id", UUID.class), DossierVolume.valueOf(rs.getString("dossier_volume")),
					rs.getInt("sort_order"), rs.getString("name"), rs.getString("number"),
					rs.getObject("issued_at", OffsetDateTime.class).toInstant(), rs.getObject("unit_id", UUID.class),
					rs.getObject("issued_by", UUID.class), rs.getString("case_label"), rs.getString("sm3"),
					rs.getString("corrects_number") == null ? null : "更正" + rs.getString("corrects_number")))
			.list();
	}

	@Override
	public byte[] content(UUID itemId) {
		return records.pdf(itemId).orElseThrow(() -> new IllegalStateException("卷宗材料不存在：" + itemId));
	}

	@Override
	public Optional<String> storedSm3(UUID itemId) {
		return jdbc.sql("SELECT sm3 FROM legal_document WHERE id = :id").param("id", itemId).query(String.class).optional();
	}
}
