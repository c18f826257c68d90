package org.zhifa.evidence;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the evidence records of cases ({@code evidence_record}). */
@Repository
class EvidenceRecords {

	private final JdbcClient jdbc;

	EvidenceRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(EvidenceRecord e) {
		jdbc.sql("""
				INSERT INTO evidence_record (id, case_id, unit_id, kind, title, description, source, collected_at, document_id, document_number,
				  recording_id, property_item_id, property_item_code, transcript, created_at, created_by, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(e.id(), e.caseId(), e.unitId(), e.kind().name(), e.title(), e.description(), e.source(), Timestamp.from(e.collectedAt()),
					e.documentId(), e.documentNumber(), e.recordingId(), e.propertyItemId(), e.propertyItemCode(), e.transcript(),
					Timestamp.from(e.createdAt()), e.createdBy())
			.update();
	}

	List<EvidenceRecord> ofCase(UUID caseId) {
		return jdbc.sql("""
				SELECT e.*, r.number AS recording_number FROM evidence_record e LEFT JOIN evidence_recording r ON r.id = e.recording_id
				WHERE e.case_id = ? ORDER BY e.collected_at, e.created_at""").param(caseId)
			.query((rs, n) -> new EvidenceRecord(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
					rs.getObject("unit_id", UUID.class), EvidenceKind.valueOf(rs.getString("kind")), rs.getString("title"),
					rs.getString("description"), rs.getString("source"), rs.getTimestamp("collected_at").toInstant(),
					rs.getObject("document_id", UUID.class), rs.getString("document_number"), rs.getObject("recording_id", UUID.class),
					rs.getString("recording_number"), rs.getObject("property_item_id", UUID.class), rs.getString("property_item_code"),
					rs.getString("transcript"), rs.getTimestamp("created_at").toInstant(),
					rs.getString("created_by"), rs.getLong("version")))
			.list();
	}
}
