package org.zhifa.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.SqlArrays;
import org.zhifa.shared.Visibility;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores issued documents ({@code legal_document}), their 文号 counters and service records. Inserts only: the
 * database refuses updates and deletes of issued documents and service records.
 */
@Repository
class DocumentRecords {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<List<FilledField>> FIELDS = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			d.id, d.type_code, t.name AS type_name, d.number, d.unit_id, coalesce(d.issuer_unit_id, d.unit_id) AS issuer_unit_id, d.issuer_name, d.case_id, d.case_label, d.fields,
			d.issued_by, d.issued_by_name, d.issued_at, d.corrects, o.number AS corrects_number, d.correction_reason,
			c.id AS corrected_by, c.number AS corrected_by_number, d.sm3, octet_length(d.pdf) AS pdf_size""";
	private static final String FROM = """
			FROM legal_document d JOIN document_type t ON t.code = d.type_code
			LEFT JOIN legal_document o ON o.id = d.corrects
			LEFT JOIN legal_document c ON c.corrects = d.id""";

	private final JdbcClient jdbc;

	DocumentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the next number of the unit's series for the type and year. The counter row stays locked until the issuing
	 * transaction ends: concurrent issues of the same series queue here, and a rollback gives the number back.
	 */
	int nextSequence(UUID unitId, String typeCode, int year) {
		return jdbc.sql("""
				INSERT INTO document_number_counter (unit_id, type_code, year, last_value) VALUES (:unitId, :typeCode, :year, 1)
				ON CONFLICT (unit_id, type_code, year) DO UPDATE SET last_value = document_number_counter.last_value + 1
				RETURNING last_value""")
			.param("unitId", unitId).param("typeCode", typeCode).param("year", year).query(Integer.class).single();
	}

	record Issued(UUID id, String typeCode, DocumentNumber number, UUID unitId, UUID issuerUnitId, String issuerName, @Nullable UUID caseId,
			@Nullable String caseLabel, List<FilledField> fields, UUID issuedBy, String issuedByName, Instant issuedAt,
			@Nullable UUID corrects, @Nullable String correctionReason, @Nullable String requestId, byte[] pdf, String sm3,
			byte[] signature, UUID signingKeyId) {
	}

	void insert(Issued d) {
		jdbc.sql("""
				INSERT INTO legal_document (id, type_code, number, unit_id, issuer_unit_id, year, sequence, issuer_name, case_id, case_label, fields,
				  issued_by, issued_by_name, issued_at, corrects, correction_reason, request_id, pdf, sm3, signature, signing_key_id)
				VALUES (:id, :typeCode, :number, :unitId, :issuerUnitId, :year, :sequence, :issuerName, :caseId, :caseLabel, CAST(:fields AS jsonb),
				  :issuedBy, :issuedByName, :issuedAt, :corrects, :correctionReason, :requestId, :pdf, :sm3, :signature, :keyId)""")
			.param("id", d.id()).param("typeCode", d.typeCode()).param("number", d.number().text()).param("unitId", d.unitId())
			.param("issuerUnitId", d.issuerUnitId().equals(d.unitId()) ? null : d.issuerUnitId())
			.param("year", d.number().year()).param("sequence", d.number().sequence()).param("issuerName", d.issuerName())
			.param("caseId", d.caseId()).param("caseLabel", d.caseLabel()).param("fields", JSON.writeValueAsString(d.fields()))
			.param("issuedBy", d.issuedBy()).param("issuedByName", d.issuedByName()).param("issuedAt", offset(d.issuedAt()))
			.param("corrects", d.corrects()).param("correctionReason", d.correctionReason()).param("requestId", d.requestId())
			.param("pdf", d.pdf()).param("sm3", d.sm3()).param("signature", d.signature()).param("keyId", d.signingKeyId())
			.update();
	}

	Optional<LegalDocument> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " " + FROM + " WHERE d.id = :id").param("id", id).query(DocumentRecords::map).optional();
	}

	Optional<LegalDocument> findByRequestId(String requestId) {
		return jdbc.sql("SELECT " + COLUMNS + " " + FROM + " WHERE d.request_id = :requestId").param("requestId", requestId)
			.query(DocumentRecords::map).optional();
	}

	Optional<LegalDocument> findBySm3(String sm3) {
		return jdbc.sql("SELECT " + COLUMNS + " " + FROM + " WHERE d.sm3 = :sm3").param("sm3", sm3).query(DocumentRecords::map).optional();
	}

	/** Locks the document against a concurrent correction while one is being issued. */
	Optional<LegalDocument> findForCorrection(UUID id) {
		jdbc.sql("SELECT id FROM legal_document WHERE id = :id FOR SHARE").param("id", id).query(UUID.class).optional();
		return find(id);
	}

	record Signed(byte[] signature, UUID signingKeyId) {
	}

	Optional<Signed> signature(UUID id) {
		return jdbc.sql("SELECT signature, signing_key_id FROM legal_document WHERE id = :id").param("id", id)
			.query((rs, row) -> new Signed(rs.getBytes("signature"), rs.getObject("signing_key_id", UUID.class))).optional();
	}

	Optional<byte[]> pdf(UUID id) {
		return jdbc.sql("SELECT pdf FROM legal_document WHERE id = :id").param("id", id).query(byte[].class).optional();
	}

	PageResult<LegalDocument> search(DocumentSearch search, Visibility visibility, PageRequest page) {
		List<String> where = new ArrayList<>();
		var params = new java.util.HashMap<String, Object>();
		switch (visibility.scope()) {
			case ALL -> {
			}
			case OWN -> {
				where.add("d.issued_by = :officerId");
				params.put("officerId", visibility.officerId() == null ? new UUID(0, 0) : visibility.officerId());
			}
			case UNIT, UNIT_AND_BELOW -> {
				where.add("d.unit_id = ANY(CAST(:units AS uuid[]))");
				params.put("units", SqlArrays.uuids(visibility.unitIds()));
			}
		}
		if (search.typeCode() != null) {
			where.add("d.type_code = :typeCode");
			params.put("typeCode", search.typeCode());
		}
		if (search.caseId() != null) {
			where.add("d.case_id = :caseId");
			params.put("caseId", search.caseId());
		}
		if (search.unitId() != null) {
			where.add("d.unit_id = :unitId");
			params.put("unitId", search.unitId());
		}
		if (search.issuedFrom() != null) {
			where.add("d.issued_at >= :from");
			params.put("from", offset(search.issuedFrom()));
		}
		if (search.issuedBefore() != null) {
			where.add("d.issued_at < :before");
			params.put("before", offset(search.issuedBefore()));
		}
		if (search.text() != null && !search.text().isBlank()) {
			where.add("(d.number LIKE :text OR d.case_label LIKE :text)");
			params.put("text", "%" + search.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
		long total = jdbc.sql("SELECT count(*) FROM legal_document d" + condition).params(params).query(Long.class).single();
		List<LegalDocument> items = jdbc.sql("SELECT " + COLUMNS + " " + FROM + condition
				+ " ORDER BY d.issued_at DESC, d.id LIMIT :limit OFFSET :offset")
			.params(params).param("limit", page.size()).param("offset", page.offset()).query(DocumentRecords::map).list();
		return new PageResult<>(items, total, page.page(), page.size());
	}

	// ---- service (送达) -----------------------------------------------------------------------------------------

	/** Inserts the record unless one with the same request id exists; true when inserted. */
	boolean insertService(ServiceRecord s, @Nullable String requestId) {
		return jdbc.sql("""
				INSERT INTO document_service (id, document_id, method, served_at, recipient, note, recorded_by, recorded_by_name,
				  recorded_at, request_id)
				VALUES (:id, :documentId, :method, :servedAt, :recipient, :note, :recordedBy, :recordedByName, :recordedAt, :requestId)
				ON CONFLICT (request_id) DO NOTHING""")
			.param("id", s.id()).param("documentId", s.documentId()).param("method", s.method().name())
			.param("servedAt", offset(s.servedAt())).param("recipient", s.recipient()).param("note", s.note())
			.param("recordedBy", s.recordedBy()).param("recordedByName", s.recordedByName()).param("recordedAt", offset(s.recordedAt()))
			.param("requestId", requestId).update() == 1;
	}

	Optional<ServiceRecord> serviceByRequestId(String requestId) {
		return jdbc.sql("SELECT * FROM document_service WHERE request_id = :requestId").param("requestId", requestId)
			.query(DocumentRecords::service).optional();
	}

	List<ServiceRecord> services(UUID documentId) {
		return jdbc.sql("SELECT * FROM document_service WHERE document_id = :id ORDER BY served_at, recorded_at")
			.param("id", documentId).query(DocumentRecords::service).list();
	}

	private static ServiceRecord service(ResultSet rs, int row) throws SQLException {
		return new ServiceRecord(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
				ServiceMethod.valueOf(rs.getString("method")), instant(rs, "served_at"), rs.getString("recipient"), rs.getString("note"),
				rs.getObject("recorded_by", UUID.class), rs.getString("recorded_by_name"), instant(rs, "recorded_at"));
	}

	private static LegalDocument map(ResultSet rs, int row) throws SQLException {
		return new LegalDocument(rs.getObject("id", UUID.class), rs.getString("type_code"), rs.getString("type_name"),
				rs.getString("number"), rs.getObject("unit_id", UUID.class), rs.getObject("issuer_unit_id", UUID.class), rs.getString("issuer_name"),
				rs.getObject("case_id", UUID.class), rs.getString("case_label"), JSON.readValue(rs.getString("fields"), FIELDS),
				rs.getObject("issued_by", UUID.class), rs.getString("issued_by_name"), instant(rs, "issued_at"),
				rs.getObject("corrects", UUID.class), rs.getString("corrects_number"), rs.getString("correction_reason"),
				rs.getObject("corrected_by", UUID.class), rs.getString("corrected_by_number"), rs.getString("sm3"), rs.getInt("pdf_size"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable OffsetDateTime offset(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
