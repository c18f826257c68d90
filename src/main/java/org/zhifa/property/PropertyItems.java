package org.zhifa.property;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.intake.CaseKind;
import org.zhifa.shared.SqlArrays;
import org.zhifa.shared.StaleVersion;
import org.zhifa.shared.Visibility;

/** Stores the items ({@code property_item}); the custody chain is {@link ChainEvents}'. */
@Repository
class PropertyItems {

	static final String COLUMNS = """
			i.id, i.code, i.case_id, i.case_label, i.case_kind, i.unit_id, i.measure, i.category, i.description, i.quantity, i.quantity_unit,
			i.estimated_value, i.photos, i.holder_name, i.holder_id_number, i.document_number, i.legal_document_id, i.held, i.seized_at,
			i.seized_by, i.registered_at, i.registered_by, i.status, i.store_id, i.location_id, i.handover_clock_id, i.handover_due_at,
			i.measure_clock_id, i.measure_due_at, i.checked_in_at, i.checked_in_by, i.transferred_to, i.transfer_document, i.transferred_at,
			i.chain_length, i.chain_head, i.version""";

	private final JdbcClient jdbc;

	PropertyItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** 一物一码: "CW" + the year + an 8-digit number from one bureau-wide sequence, e.g. CW202600000042. */
	String nextCode(Instant at) {
		long seq = jdbc.sql("SELECT nextval('property_item_seq')").query(Long.class).single();
		return "CW" + at.atZone(ZoneId.of("Asia/Shanghai")).getYear() + String.format("%08d", seq);
	}

	void insert(PropertyItem i) {
		jdbc.sql("""
				INSERT INTO property_item (id, code, case_id, case_label, case_kind, unit_id, measure, category, description, quantity,
				  quantity_unit, estimated_value, photos, holder_name, holder_id_number, document_number, legal_document_id, held, seized_at,
				  seized_by, registered_at, registered_by, status, store_id, location_id, handover_clock_id, handover_due_at, measure_clock_id,
				  measure_due_at, checked_in_at, checked_in_by, chain_length, chain_head, version)
				VALUES (:id, :code, :caseId, :caseLabel, :caseKind, :unitId, :measure, :category, :description, :quantity, :quantityUnit,
				  :estimatedValue, CAST(:photos AS text[]), :holderName, :holderIdNumber, :documentNumber, :legalDocumentId, :held, :seizedAt,
				  CAST(:seizedBy AS uuid[]), :registeredAt, :registeredBy, :status, :storeId, :locationId, :handoverClockId, :handoverDueAt,
				  :measureClockId, :measureDueAt, :checkedInAt, :checkedInBy, :chainLength, :chainHead, :version)""")
			.params(params(i)).update();
	}

	/** Writes the item's state if the row still has the version before it (409 otherwise); the chain head is the chain's. */
	void update(PropertyItem i) {
		int n = jdbc.sql("""
				UPDATE property_item SET status = :status, store_id = :storeId, location_id = :locationId, checked_in_at = :checkedInAt,
				  checked_in_by = :checkedInBy, transferred_to = :transferredTo, transfer_document = :transferDocument,
				  transferred_at = :transferredAt, version = :version
				WHERE id = :id AND version = :version - 1""")
			.params(params(i)).update();
		if (n != 1) {
			throw new StaleVersion("涉案财物", i.code(), i.version() - 1);
		}
	}

	private static Map<String, Object> params(PropertyItem i) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", i.id());
		p.put("code", i.code());
		p.put("caseId", i.caseId());
		p.put("caseLabel", i.caseLabel());
		p.put("caseKind", i.caseKind().name());
		p.put("unitId", i.unitId());
		p.put("measure", i.measure().name());
		p.put("category", i.category().name());
		p.put("description", i.description());
		p.put("quantity", i.quantity());
		p.put("quantityUnit", i.quantityUnit());
		p.put("estimatedValue", i.estimatedValue());
		p.put("photos", texts(i.photos()));
		p.put("holderName", i.holderName());
		p.put("holderIdNumber", i.holderIdNumber());
		p.put("documentNumber", i.documentNumber());
		p.put("legalDocumentId", i.legalDocumentId());
		p.put("held", i.held());
		p.put("seizedAt", offset(i.seizedAt()));
		p.put("seizedBy", SqlArrays.uuids(i.seizedBy()));
		p.put("registeredAt", offset(i.registeredAt()));
		p.put("registeredBy", i.registeredBy());
		p.put("status", i.status().name());
		p.put("storeId", i.storeId());
		p.put("locationId", i.locationId());
		p.put("handoverClockId", i.handoverClockId());
		p.put("handoverDueAt", offset(i.handoverDueAt()));
		p.put("measureClockId", i.measureClockId());
		p.put("measureDueAt", offset(i.measureDueAt()));
		p.put("checkedInAt", offset(i.checkedInAt()));
		p.put("checkedInBy", i.checkedInBy());
		p.put("transferredTo", i.transferredTo());
		p.put("transferDocument", i.transferDocument());
		p.put("transferredAt", offset(i.transferredAt()));
		p.put("chainLength", i.chainLength());
		p.put("chainHead", i.chainHead());
		p.put("version", i.version());
		return p;
	}

	Optional<PropertyItem> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM property_item i WHERE i.id = :id").param("id", id).query(PropertyItems::map).optional();
	}

	Optional<PropertyItem> findForUpdate(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM property_item i WHERE i.id = :id FOR UPDATE").param("id", id)
			.query(PropertyItems::map).optional();
	}

	Optional<UUID> idOfCode(String code) {
		return jdbc.sql("SELECT id FROM property_item WHERE code = :code").param("code", code).query(UUID.class).optional();
	}

	/** A case's items in the scope, in order of registration. */
	List<PropertyItem> ofCase(UUID caseId, Visibility scope) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM property_item i WHERE i.case_id = :c" + scoped(scope) + " ORDER BY i.registered_at, i.code")
			.param("c", caseId).params(scopeParams(scope)).query(PropertyItems::map).list();
	}

	/** What the store keeps at one location now (in the store, not out on loan). */
	List<PropertyItem> atLocation(UUID locationId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM property_item i WHERE i.location_id = :l AND i.status = 'IN_STORE' ORDER BY i.code")
			.param("l", locationId).query(PropertyItems::map).list();
	}

	/** Items waiting for hand-over to the custodian, the longest-waiting first. */
	List<PropertyItem> pendingHandover(Visibility scope, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM property_item i WHERE i.status = 'PENDING_HANDOVER'" + scoped(scope)
				+ " ORDER BY i.handover_due_at, i.code LIMIT :limit")
			.params(scopeParams(scope)).param("limit", limit).query(PropertyItems::map).list();
	}

	List<PropertyItem> withIds(Collection<UUID> ids) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM property_item i WHERE i.id = ANY(CAST(:ids AS uuid[])) ORDER BY i.code")
			.param("ids", SqlArrays.uuids(ids)).query(PropertyItems::map).list();
	}

	static String scoped(Visibility scope) {
		return scope.isAll() ? "" : " AND i.unit_id = ANY(CAST(:units AS uuid[]))";
	}

	static Map<String, Object> scopeParams(Visibility scope) {
		return scope.isAll() ? Map.of() : Map.of("units", SqlArrays.uuids(scope.unitIds()));
	}

	static PropertyItem map(ResultSet rs, int row) throws SQLException {
		return new PropertyItem(rs.getObject("id", UUID.class), rs.getString("code"), rs.getObject("case_id", UUID.class), rs.getString("case_label"),
				CaseKind.valueOf(rs.getString("case_kind")), rs.getObject("unit_id", UUID.class), Measure.valueOf(rs.getString("measure")),
				Category.valueOf(rs.getString("category")), rs.getString("description"), rs.getBigDecimal("quantity").stripTrailingZeros(),
				rs.getString("quantity_unit"), rs.getBigDecimal("estimated_value"), strings(rs.getArray("photos")), rs.getString("holder_name"),
				rs.getString("holder_id_number"), rs.getString("document_number"), rs.getObject("legal_document_id", UUID.class),
				rs.getBoolean("held"), instant(rs, "seized_at"), uuids(rs.getArray("seized_by")), instant(rs, "registered_at"),
				rs.getObject("registered_by", UUID.class), ItemStatus.valueOf(rs.getString("status")), rs.getObject("store_id", UUID.class),
				rs.getObject("location_id", UUID.class), rs.getObject("handover_clock_id", UUID.class), instant(rs, "handover_due_at"),
				rs.getObject("measure_clock_id", UUID.class), instant(rs, "measure_due_at"), instant(rs, "checked_in_at"),
				rs.getObject("checked_in_by", UUID.class), rs.getString("transferred_to"), rs.getString("transfer_document"),
				instant(rs, "transferred_at"), rs.getInt("chain_length"), rs.getString("chain_head"), rs.getLong("version"));
	}

	/** A {@code text[]} literal with every element quoted, whatever it contains. */
	static String texts(List<String> values) {
		return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").collect(Collectors.joining(",", "{", "}"));
	}

	static List<String> strings(@Nullable Array a) throws SQLException {
		return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
	}

	static List<UUID> uuids(@Nullable Array a) throws SQLException {
		return a == null ? List.of() : Arrays.asList((UUID[]) a.getArray());
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	static @Nullable OffsetDateTime offset(@Nullable Instant t) {
		return t == null ? null : t.atOffset(ZoneOffset.UTC);
	}
}
