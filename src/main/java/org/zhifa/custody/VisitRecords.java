package org.zhifa.custody;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.intake.CaseKind;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.SqlArrays;
import org.zhifa.shared.StaleVersion;
import org.zhifa.shared.Visibility;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores visits ({@code custody_visit}) with their record, belongings, questioning sessions and watch log. */
@Repository
class VisitRecords {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};
	static final String COLUMNS = """
			v.id, v.number, v.center_id, v.unit_id, v.case_id, v.case_label, v.case_kind, v.party_id, v.suspect, v.person_name, v.citizen_id,
			v.reason, v.arrived_at, v.escort_ids, v.admitted_by, v.clock_id, v.due_at, v.room_id, v.checked_at, v.belongings_at, v.locker,
			v.collected_at, v.collected_items, v.exited_at, v.outcome, v.destination, v.authority, v.version""";

	private final JdbcClient jdbc;

	VisitRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String nextNumber(Instant at) {
		long seq = jdbc.sql("SELECT nextval('custody_visit_seq')").query(Long.class).single();
		return "RQ" + at.atZone(ZoneId.of("Asia/Shanghai")).getYear() + String.format("%07d", seq);
	}

	void insert(Visit v) {
		jdbc.sql("""
				INSERT INTO custody_visit (id, number, center_id, unit_id, case_id, case_label, case_kind, party_id, suspect, person_name,
				  citizen_id, reason, arrived_at, escort_ids, admitted_by, clock_id, due_at, room_id, checked_at, belongings_at, locker,
				  collected_at, collected_items, exited_at, outcome, destination, authority, version)
				VALUES (:id, :number, :centerId, :unitId, :caseId, :caseLabel, :caseKind, :partyId, :suspect, :personName, :citizenId,
				  :reason, :arrivedAt, CAST(:escortIds AS uuid[]), :admittedBy, :clockId, :dueAt, :roomId, :checkedAt, :belongingsAt, :locker,
				  :collectedAt, CAST(:collectedItems AS text[]), :exitedAt, :outcome, :destination, :authority, :version)""")
			.params(params(v)).update();
	}

	/** Writes the visit if the row still has the version before it; otherwise someone else changed it first (409). */
	void update(Visit v) {
		int n = jdbc.sql("""
				UPDATE custody_visit SET room_id = :roomId, checked_at = :checkedAt, belongings_at = :belongingsAt, locker = :locker,
				  collected_at = :collectedAt, collected_items = CAST(:collectedItems AS text[]), exited_at = :exitedAt, outcome = :outcome,
				  destination = :destination, authority = :authority, due_at = :dueAt, version = :version
				WHERE id = :id AND version = :version - 1""")
			.params(params(v)).update();
		if (n != 1) {
			throw new StaleVersion("入区档案", v.number(), v.version() - 1);
		}
	}

	private static Map<String, Object> params(Visit v) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", v.id());
		p.put("number", v.number());
		p.put("centerId", v.centerId());
		p.put("unitId", v.unitId());
		p.put("caseId", v.caseId());
		p.put("caseLabel", v.caseLabel());
		p.put("caseKind", v.caseKind() == null ? null : v.caseKind().name());
		p.put("partyId", v.partyId());
		p.put("suspect", v.suspect());
		p.put("personName", v.personName());
		p.put("citizenId", v.citizenId());
		p.put("reason", v.reason().name());
		p.put("arrivedAt", offset(v.arrivedAt()));
		p.put("escortIds", SqlArrays.uuids(v.escortIds()));
		p.put("admittedBy", v.admittedBy());
		p.put("clockId", v.clockId());
		p.put("dueAt", offset(v.dueAt()));
		p.put("roomId", v.roomId());
		p.put("checkedAt", offset(v.checkedAt()));
		p.put("belongingsAt", offset(v.belongingsAt()));
		p.put("locker", v.locker());
		p.put("collectedAt", offset(v.collectedAt()));
		p.put("collectedItems", SqlArrays.codes(v.collectedItems().stream().map(Enum::name).sorted().toList()));
		p.put("exitedAt", offset(v.exitedAt()));
		p.put("outcome", v.outcome() == null ? null : v.outcome().name());
		p.put("destination", v.destination());
		p.put("authority", v.authority());
		p.put("version", v.version());
		return p;
	}

	Optional<Visit> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM custody_visit v WHERE v.id = :id").param("id", id).query(VisitRecords::map).optional();
	}

	Optional<Visit> findForUpdate(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM custody_visit v WHERE v.id = :id FOR UPDATE").param("id", id)
			.query(VisitRecords::map).optional();
	}

	/** The people inside a centre now, in order of arrival. */
	List<Visit> inside(UUID centerId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM custody_visit v WHERE v.center_id = :c AND v.exited_at IS NULL ORDER BY v.arrived_at, v.id")
			.param("c", centerId).query(VisitRecords::map).list();
	}

	/** The people inside a room now. */
	List<Visit> inRoom(UUID roomId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM custody_visit v WHERE v.room_id = :r AND v.exited_at IS NULL").param("r", roomId)
			.query(VisitRecords::map).list();
	}

	/** Visits in scope (by handling unit or centre) matching the filters, newest arrival first. */
	PageResult<Visit> search(Visibility scope, VisitSearch search, PageRequest page) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> p = new HashMap<>();
		if (!scope.isAll()) {
			where.append(" AND (v.unit_id = ANY(CAST(:units AS uuid[])) OR v.center_id = ANY(CAST(:units AS uuid[])))");
			p.put("units", SqlArrays.uuids(scope.unitIds()));
		}
		if (search.centerId() != null) {
			where.append(" AND v.center_id = :center");
			p.put("center", search.centerId());
		}
		if (search.unitId() != null) {
			where.append(" AND v.unit_id = :unit");
			p.put("unit", search.unitId());
		}
		if (search.caseId() != null) {
			where.append(" AND v.case_id = :case");
			p.put("case", search.caseId());
		}
		if (search.inside() != null) {
			where.append(search.inside() ? " AND v.exited_at IS NULL" : " AND v.exited_at IS NOT NULL");
		}
		if (search.reason() != null) {
			where.append(" AND v.reason = :reason");
			p.put("reason", search.reason().name());
		}
		if (search.arrivedFrom() != null) {
			where.append(" AND v.arrived_at >= :from");
			p.put("from", offset(search.arrivedFrom()));
		}
		if (search.arrivedBefore() != null) {
			where.append(" AND v.arrived_at < :before");
			p.put("before", offset(search.arrivedBefore()));
		}
		if (search.name() != null && !search.name().isBlank()) {
			where.append(" AND (v.person_name LIKE :name OR v.number = :number)");
			p.put("name", "%" + search.name().strip().replace("%", "\\%").replace("_", "\\_") + "%");
			p.put("number", search.name().strip());
		}
		long total = jdbc.sql("SELECT count(*) FROM custody_visit v" + where).params(p).query(Long.class).single();
		List<Visit> items = jdbc.sql("SELECT " + COLUMNS + " FROM custody_visit v" + where + " ORDER BY v.arrived_at DESC, v.id LIMIT :limit OFFSET :offset")
			.params(p).param("limit", page.size()).param("offset", page.offset()).query(VisitRecords::map).list();
		return new PageResult<>(items, total, page.page(), page.size());
	}

	// ---- the record --------------------------------------------------------------------------------------------------

	void append(UUID visitId, VisitEntry e) {
		jdbc.sql("""
				INSERT INTO custody_visit_entry (visit_id, seq, kind, at, officer_ids, recorded_by, recorded_by_name, summary, details)
				VALUES (:visitId, (SELECT coalesce(max(seq), 0) + 1 FROM custody_visit_entry WHERE visit_id = :visitId), :kind, :at,
				  CAST(:officerIds AS uuid[]), :recordedBy, :recordedByName, :summary, CAST(:details AS jsonb))""")
			.param("visitId", visitId).param("kind", e.kind()).param("at", offset(e.at())).param("officerIds", SqlArrays.uuids(e.officerIds()))
			.param("recordedBy", e.recordedBy()).param("recordedByName", e.recordedByName()).param("summary", e.summary())
			.param("details", JSON.writeValueAsString(e.details()))
			.update();
	}

	List<VisitEntry> entries(UUID visitId) {
		return jdbc.sql("SELECT * FROM custody_visit_entry WHERE visit_id = :v ORDER BY seq").param("v", visitId)
			.query((rs, n) -> new VisitEntry(rs.getInt("seq"), rs.getString("kind"), instant(rs, "at"), uuids(rs.getArray("officer_ids")),
					rs.getObject("recorded_by", UUID.class), rs.getString("recorded_by_name"), rs.getString("summary"),
					JSON.readValue(rs.getString("details"), MAP)))
			.list();
	}

	// ---- belongings --------------------------------------------------------------------------------------------------

	void insertBelonging(UUID visitId, Belonging b) {
		jdbc.sql("""
				INSERT INTO custody_belonging (visit_id, seq, description, quantity, case_related, disposition, disposed_at, note)
				VALUES (:v, :seq, :description, :quantity, :caseRelated, :disposition, :disposedAt, :note)""")
			.param("v", visitId).param("seq", b.seq()).param("description", b.description()).param("quantity", b.quantity())
			.param("caseRelated", b.caseRelated()).param("disposition", b.disposition() == null ? null : b.disposition().name())
			.param("disposedAt", offset(b.disposedAt())).param("note", b.note())
			.update();
	}

	void dispose(UUID visitId, int seq, Disposition disposition, Instant at, @Nullable String note) {
		jdbc.sql("UPDATE custody_belonging SET disposition = :d, disposed_at = :at, note = :note WHERE visit_id = :v AND seq = :seq")
			.param("d", disposition.name()).param("at", offset(at)).param("note", note).param("v", visitId).param("seq", seq).update();
	}

	List<Belonging> belongings(UUID visitId) {
		return jdbc.sql("SELECT * FROM custody_belonging WHERE visit_id = :v ORDER BY seq").param("v", visitId)
			.query((rs, n) -> new Belonging(rs.getInt("seq"), rs.getString("description"), rs.getInt("quantity"), rs.getBoolean("case_related"),
					rs.getString("disposition") == null ? null : Disposition.valueOf(rs.getString("disposition")), instant(rs, "disposed_at"),
					rs.getString("note"), rs.getObject("property_item_id", UUID.class), rs.getString("property_item_code")))
			.list();
	}

	/** The belonging seized and registered as seized property {@code code}. */
	void seized(UUID visitId, int seq, Instant at, UUID itemId, String code) {
		jdbc.sql("""
				UPDATE custody_belonging SET disposition = 'SEIZED', disposed_at = :at, note = :note, property_item_id = :item, property_item_code = :code
				WHERE visit_id = :v AND seq = :seq AND disposition IS NULL""")
			.param("at", offset(at)).param("note", "扣押，涉案财物编号 " + code).param("item", itemId).param("code", code).param("v", visitId)
			.param("seq", seq).update();
	}

	// ---- questioning -------------------------------------------------------------------------------------------------

	void insertSession(QuestioningSession s) {
		jdbc.sql("""
				INSERT INTO custody_questioning (id, visit_id, kind, room_id, officer_ids, full_recording, started_at)
				VALUES (:id, :v, :kind, :room, CAST(:officers AS uuid[]), :full, :started)""")
			.param("id", s.id()).param("v", s.visitId()).param("kind", s.kind().name()).param("room", s.roomId())
			.param("officers", SqlArrays.uuids(s.officerIds())).param("full", s.fullRecording()).param("started", offset(s.startedAt()))
			.update();
	}

	void endSession(QuestioningSession s) {
		jdbc.sql("""
				UPDATE custody_questioning SET ended_at = :ended, recording_file = :file, recording_from = :from, recording_to = :to
				WHERE id = :id""")
			.param("id", s.id()).param("ended", offset(s.endedAt())).param("file", s.recordingFile()).param("from", offset(s.recordingFrom()))
			.param("to", offset(s.recordingTo()))
			.update();
	}

	List<QuestioningSession> sessions(UUID visitId) {
		return jdbc.sql("SELECT * FROM custody_questioning WHERE visit_id = :v ORDER BY started_at, id").param("v", visitId)
			.query((rs, n) -> new QuestioningSession(rs.getObject("id", UUID.class), rs.getObject("visit_id", UUID.class),
					QuestioningKind.valueOf(rs.getString("kind")), rs.getObject("room_id", UUID.class), uuids(rs.getArray("officer_ids")),
					rs.getBoolean("full_recording"), instant(rs, "started_at"), instant(rs, "ended_at"), rs.getString("recording_file"),
					instant(rs, "recording_from"), instant(rs, "recording_to")))
			.list();
	}

	// ---- watch log ---------------------------------------------------------------------------------------------------

	void startWatch(UUID visitId, Watch w) {
		jdbc.sql("INSERT INTO custody_watch (visit_id, seq, watcher_id, watcher_name, from_at) VALUES (:v, :seq, :w, :name, :from)")
			.param("v", visitId).param("seq", w.seq()).param("w", w.watcherId()).param("name", w.watcherName()).param("from", offset(w.from()))
			.update();
	}

	void endWatch(UUID visitId, Instant at) {
		jdbc.sql("UPDATE custody_watch SET to_at = :at WHERE visit_id = :v AND to_at IS NULL").param("at", offset(at)).param("v", visitId).update();
	}

	List<Watch> watches(UUID visitId) {
		return jdbc.sql("SELECT * FROM custody_watch WHERE visit_id = :v ORDER BY seq").param("v", visitId)
			.query((rs, n) -> new Watch(rs.getInt("seq"), rs.getObject("watcher_id", UUID.class), rs.getString("watcher_name"),
					instant(rs, "from_at"), instant(rs, "to_at")))
			.list();
	}

	// ---- mapping -----------------------------------------------------------------------------------------------------

	static Visit map(ResultSet rs, int row) throws SQLException {
		String[] items = (String[]) rs.getArray("collected_items").getArray();
		Set<CollectedItem> collected = EnumSet.noneOf(CollectedItem.class);
		Arrays.stream(items).map(CollectedItem::valueOf).forEach(collected::add);
		String caseKind = rs.getString("case_kind");
		String outcome = rs.getString("outcome");
		return new Visit(rs.getObject("id", UUID.class), rs.getString("number"), rs.getObject("center_id", UUID.class),
				rs.getObject("unit_id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("case_label"),
				caseKind == null ? null : CaseKind.valueOf(caseKind), rs.getObject("party_id", UUID.class), rs.getBoolean("suspect"),
				rs.getString("person_name"), rs.getString("citizen_id"), VisitReason.valueOf(rs.getString("reason")), instant(rs, "arrived_at"),
				uuids(rs.getArray("escort_ids")), rs.getObject("admitted_by", UUID.class), rs.getObject("clock_id", UUID.class),
				instant(rs, "due_at"), rs.getObject("room_id", UUID.class), instant(rs, "checked_at"), instant(rs, "belongings_at"),
				rs.getString("locker"), instant(rs, "collected_at"), collected, instant(rs, "exited_at"),
				outcome == null ? null : ExitOutcome.valueOf(outcome), rs.getString("destination"), rs.getString("authority"), rs.getLong("version"));
	}

	static List<UUID> uuids(Array array) throws SQLException {
		return new ArrayList<>(Arrays.asList((UUID[]) array.getArray()));
	}

	static @Nullable OffsetDateTime offset(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
