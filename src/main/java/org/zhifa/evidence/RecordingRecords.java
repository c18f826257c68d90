package org.zhifa.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.StaleVersion;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores the recordings ({@code evidence_recording}) and their links. */
@Repository
class RecordingRecords {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};
	private static final String SELECT = "SELECT r.*, d.code AS device_code FROM evidence_recording r JOIN evidence_device d ON d.id = r.device_id";

	private final JdbcClient jdbc;

	RecordingRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String nextNumber(Instant at) {
		long n = jdbc.sql("SELECT nextval('evidence_recording_seq')").query(Long.class).single();
		return "LX" + at.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
				+ "%06d".formatted(n % 1_000_000);
	}

	void insert(Recording r, String storageKey) {
		jdbc.sql("""
				INSERT INTO evidence_recording (id, number, device_id, kind, unit_id, officer_id, badge, room_id, started_at, ended_at, location,
				  file_name, media_type, size_bytes, storage_key, sha256, source, ingested_at, ingested_by, link_status, version)
				VALUES (:id, :number, :device, :kind, :unit, :officer, :badge, :room, :started, :ended, :location,
				  :fileName, :mediaType, :size, :key, :sha256, :source, :ingestedAt, :ingestedBy, 'UNMATCHED', 0)""")
			.param("id", r.id()).param("number", r.number()).param("device", r.deviceId()).param("kind", r.kind().name())
			.param("unit", r.unitId()).param("officer", r.officerId()).param("badge", r.badge()).param("room", r.roomId())
			.param("started", Timestamp.from(r.startedAt())).param("ended", Timestamp.from(r.endedAt())).param("location", r.location())
			.param("fileName", r.fileName()).param("mediaType", r.mediaType()).param("size", r.sizeBytes()).param("key", storageKey)
			.param("sha256", r.sha256()).param("source", r.source()).param("ingestedAt", Timestamp.from(r.ingestedAt()))
			.param("ingestedBy", r.ingestedBy()).update();
	}

	/** Writes where the recording stands now (status, link or note) and bumps its version; a stale version is a 409. */
	void updateLink(UUID id, long version, LinkStatus status, @Nullable RecordingLink link, @Nullable String note, String by, Instant at) {
		int n = jdbc.sql("""
				UPDATE evidence_recording SET link_status = :status, target_kind = :kind, target_id = :target, target_label = :label,
				  target_unit_id = :targetUnit, case_id = :caseId, link_method = :method, link_rule = :rule, borderline = :borderline,
				  link_reason = :reason, link_details = CAST(:details AS jsonb), linked_at = :at, linked_by = :by, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("status", status.name()).param("kind", link == null ? null : link.targetKind().name())
			.param("target", link == null ? null : link.targetId()).param("label", link == null ? null : link.targetLabel())
			.param("targetUnit", link == null ? null : link.targetUnitId()).param("caseId", link == null ? null : link.caseId())
			.param("method", link == null ? null : link.automatic() ? "AUTO" : "MANUAL").param("rule", link == null ? null : link.rule())
			.param("borderline", link != null && link.borderline()).param("reason", link == null ? note : link.reason())
			.param("details", JSON.writeValueAsString(link == null ? Map.of() : link.details())).param("at", Timestamp.from(at))
			.param("by", by).param("id", id).param("version", version).update();
		if (n != 1) {
			throw new StaleVersion("录像", id, version);
		}
	}

	Optional<Recording> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(RecordingRecords::map).optional();
	}

	Optional<Recording> bySha256(String sha256) {
		return jdbc.sql(SELECT + " WHERE r.sha256 = ?").param(sha256).query(RecordingRecords::map).optional();
	}

	/** The key the recording's content is stored under. */
	Optional<String> storageKey(UUID id) {
		return jdbc.sql("SELECT storage_key FROM evidence_recording WHERE id = ?").param(id).query(String.class).optional();
	}

	/** Recordings still waiting for their SM3 seal (and not failed), oldest first. */
	List<UUID> unsealed(int limit) {
		return jdbc.sql("SELECT id FROM evidence_recording WHERE sm3 IS NULL AND seal_problem IS NULL ORDER BY ingested_at LIMIT ?")
			.param(limit).query(UUID.class).list();
	}

	/** Seals the recording with its SM3; false if it already was (another seal got there first). */
	boolean seal(UUID id, String sm3, Instant at) {
		return jdbc.sql("UPDATE evidence_recording SET sm3 = ?, sealed_at = ? WHERE id = ? AND sm3 IS NULL")
			.params(sm3, Timestamp.from(at), id).update() == 1;
	}

	/** Records why the recording cannot be sealed; it stays unsealed and out of the seal's queue. */
	void sealFailed(UUID id, String problem) {
		jdbc.sql("UPDATE evidence_recording SET seal_problem = ? WHERE id = ? AND sm3 IS NULL").params(problem, id).update();
	}

	/** The recordings linked to a target, by start. */
	List<Recording> linkedTo(UUID targetId) {
		return jdbc.sql(SELECT + " WHERE r.target_id = ? AND r.link_status = 'LINKED' ORDER BY r.started_at").param(targetId)
			.query(RecordingRecords::map).list();
	}

	/** Linked recordings of many targets at once (coverage of a list of sessions). */
	List<Recording> linkedToAny(Collection<UUID> targetIds) {
		return jdbc.sql(SELECT + " WHERE r.target_id = ANY(CAST(? AS uuid[])) AND r.link_status = 'LINKED' ORDER BY r.started_at")
			.param(targetIds.toArray(UUID[]::new)).query(RecordingRecords::map).list();
	}

	/** A page of the recordings visible in the units (all with null), newest first, filtered. */
	PageResult<Recording> search(@Nullable Collection<UUID> unitIds, RecordingSearch s, PageRequest page) {
		String where = """
				 WHERE (CAST(:all AS boolean) OR r.unit_id = ANY(CAST(:units AS uuid[])) OR r.target_unit_id = ANY(CAST(:units AS uuid[])))
				   AND (CAST(:status AS text) IS NULL OR r.link_status = CAST(:status AS text))
				   AND (CAST(:kind AS text) IS NULL OR r.kind = CAST(:kind AS text))
				   AND (CAST(:device AS uuid) IS NULL OR r.device_id = CAST(:device AS uuid))
				   AND (CAST(:caseId AS uuid) IS NULL OR r.case_id = CAST(:caseId AS uuid))
				   AND (CAST(:target AS uuid) IS NULL OR r.target_id = CAST(:target AS uuid))
				   AND (CAST(:from AS timestamptz) IS NULL OR r.ended_at > CAST(:from AS timestamptz))
				   AND (CAST(:to AS timestamptz) IS NULL OR r.started_at < CAST(:to AS timestamptz))""";
		var count = jdbc.sql("SELECT count(*) FROM evidence_recording r " + where);
		var rows = jdbc.sql(SELECT + " " + where + " ORDER BY r.started_at DESC, r.id LIMIT :limit OFFSET :offset");
		for (var q : List.of(count, rows)) {
			q.param("all", unitIds == null).param("units", unitIds == null ? new UUID[0] : unitIds.toArray(UUID[]::new))
				.param("status", s.status() == null ? null : s.status().name()).param("kind", s.kind() == null ? null : s.kind().name())
				.param("device", s.deviceId()).param("caseId", s.caseId()).param("target", s.targetId())
				.param("from", s.from() == null ? null : Timestamp.from(s.from())).param("to", s.to() == null ? null : Timestamp.from(s.to()));
		}
		long total = count.query(Long.class).single();
		List<Recording> items = rows.param("limit", page.size()).param("offset", page.offset()).query(RecordingRecords::map).list();
		return new PageResult<>(items, total, page.page(), page.size());
	}

	static Recording map(ResultSet rs, int row) throws SQLException {
		LinkStatus status = LinkStatus.valueOf(rs.getString("link_status"));
		RecordingLink link = null;
		String note = null;
		if (status == LinkStatus.LINKED) {
			link = new RecordingLink(TargetKind.valueOf(rs.getString("target_kind")), rs.getObject("target_id", UUID.class),
					rs.getString("target_label"), rs.getObject("target_unit_id", UUID.class), rs.getObject("case_id", UUID.class),
					"AUTO".equals(rs.getString("link_method")), rs.getString("link_rule"), rs.getBoolean("borderline"), rs.getString("link_reason"),
					JSON.readValue(rs.getString("link_details"), MAP), instant(rs, "linked_at"), rs.getString("linked_by"));
		}
		else {
			note = rs.getString("link_reason");
		}
		return new Recording(rs.getObject("id", UUID.class), rs.getString("number"), rs.getObject("device_id", UUID.class),
				rs.getString("device_code"), DeviceKind.valueOf(rs.getString("kind")), rs.getObject("unit_id", UUID.class),
				rs.getObject("officer_id", UUID.class), rs.getString("badge"), rs.getObject("room_id", UUID.class), instant(rs, "started_at"),
				instant(rs, "ended_at"), rs.getString("location"), rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
				rs.getString("sm3"), rs.getString("sha256"), instantOrNull(rs, "sealed_at"), rs.getString("seal_problem"), rs.getString("source"), instant(rs, "ingested_at"), rs.getString("ingested_by"),
				status, link, note, rs.getLong("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
