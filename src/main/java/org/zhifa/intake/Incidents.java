package org.zhifa.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.shared.CitizenId;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.SqlArrays;
import org.zhifa.shared.StaleVersion;
import org.zhifa.shared.Visibility;

/** Stores {@link Incident}s in table {@code incident}; updates check the version read (optimistic locking). */
@Repository
class Incidents {

	private static final String COLUMNS = """
			id, number, request_id, unit_id, source, received_at, occurred_at, place, reporter_name, reporter_phone,
			reporter_citizen_id, summary, officer_ids, status, disposition_note, disposed_at, transfer_to, handed_over_at,
			transfer_clock_id, merged_into_id, acceptance_id, version""";

	private final JdbcClient jdbc;

	Incidents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Incident> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE id = :id").param("id", id).query(Incidents::map).optional();
	}

	Optional<Incident> findForUpdate(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE id = :id FOR UPDATE").param("id", id)
			.query(Incidents::map).optional();
	}

	Optional<Incident> findByRequestId(UUID requestId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE request_id = :r").param("r", requestId)
			.query(Incidents::map).optional();
	}

	/** Number of the given incidents, for display (merged into …). */
	Optional<String> numberOf(UUID id) {
		return jdbc.sql("SELECT number FROM incident WHERE id = :id").param("id", id).query(String.class).optional();
	}

	PageResult<Incident> search(IncidentSearch search, Visibility visibility, PageRequest page, ZoneId zone) {
		var where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new HashMap<>();
		ScopeSql.restrictTo(visibility, where, params);
		if (search.status() != null) {
			where.append(" AND status = :status");
			params.put("status", search.status().name());
		}
		if (search.source() != null) {
			where.append(" AND source = :source");
			params.put("source", search.source().name());
		}
		ScopeSql.days("received_at", search.from(), search.to(), zone, where, params);
		long total = jdbc.sql("SELECT count(*) FROM incident" + where).params(params).query(Long.class).single();
		List<Incident> items = jdbc.sql("SELECT " + COLUMNS + " FROM incident" + where
				+ " ORDER BY received_at DESC, number DESC LIMIT :limit OFFSET :offset")
			.params(params).param("limit", page.size()).param("offset", page.offset()).query(Incidents::map).list();
		return new PageResult<>(items, total, page.page(), page.size());
	}

	/**
	 * Inserts the incident unless one with the same request id exists; a concurrent twin waits for the first to commit
	 * (the unique index) and then inserts nothing.
	 *
	 * @return whether it was inserted
	 */
	boolean insert(Incident i, Instant at, String by) {
		return jdbc.sql("""
				INSERT INTO incident (id, number, request_id, unit_id, source, received_at, occurred_at, place, reporter_name,
				                      reporter_phone, reporter_citizen_id, summary, officer_ids, status, created_at, created_by, version)
				VALUES (:id, :number, :requestId, :unitId, :source, :receivedAt, :occurredAt, :place, :name, :phone, :citizenId,
				        :summary, CAST(:officers AS uuid[]), :status, :at, :by, 0)
				ON CONFLICT (request_id) DO NOTHING""")
			.param("id", i.id()).param("number", i.number()).param("requestId", i.requestId()).param("unitId", i.unitId())
			.param("source", i.source().name()).param("receivedAt", ts(i.receivedAt()))
			.param("occurredAt", ts(i.occurredAt()), Types.TIMESTAMP_WITH_TIMEZONE).param("place", i.place())
			.param("name", i.reporter().name()).param("phone", i.reporter().phone(), Types.VARCHAR)
			.param("citizenId", i.reporter().citizenId() == null ? null : i.reporter().citizenId().value(), Types.VARCHAR)
			.param("summary", i.summary()).param("officers", SqlArrays.uuids(i.officerIds())).param("status", i.status().name())
			.param("at", ts(at)).param("by", by)
			.update() == 1;
	}

	/** Writes the disposition if nobody changed the incident since it was read. */
	void update(Incident i) {
		int rows = jdbc.sql("""
				UPDATE incident SET status = :status, disposition_note = :note, disposed_at = :disposedAt, transfer_to = :to,
				       handed_over_at = :handedOver, transfer_clock_id = :clock, merged_into_id = :merged, acceptance_id = :acc,
				       version = version + 1
				WHERE id = :id AND version = :version""")
			.param("status", i.status().name()).param("note", i.dispositionNote(), Types.VARCHAR)
			.param("disposedAt", ts(i.disposedAt()), Types.TIMESTAMP_WITH_TIMEZONE).param("to", i.transferTo(), Types.VARCHAR)
			.param("handedOver", ts(i.handedOverAt()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("clock", i.transferClockId(), Types.OTHER).param("merged", i.mergedIntoId(), Types.OTHER)
			.param("acc", i.acceptanceId(), Types.OTHER).param("id", i.id()).param("version", i.version())
			.update();
		if (rows == 0) {
			throw new StaleVersion("警情", i.number(), i.version());
		}
	}

	static @Nullable OffsetDateTime ts(@Nullable Instant at) {
		return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
		return Arrays.stream((Object[]) rs.getArray(column).getArray()).map(o -> (UUID) o).toList();
	}

	private static Incident map(ResultSet rs, int row) throws SQLException {
		String citizenId = rs.getString("reporter_citizen_id");
		Reporter reporter = new Reporter(rs.getString("reporter_name"), rs.getString("reporter_phone"),
				citizenId == null ? null : new CitizenId(citizenId));
		return new Incident(rs.getObject("id", UUID.class), rs.getString("number"), rs.getObject("request_id", UUID.class),
				rs.getObject("unit_id", UUID.class), IncidentSource.valueOf(rs.getString("source")), instant(rs, "received_at"),
				instant(rs, "occurred_at"), rs.getString("place"), reporter, rs.getString("summary"), uuids(rs, "officer_ids"),
				IncidentStatus.valueOf(rs.getString("status")), rs.getString("disposition_note"), instant(rs, "disposed_at"),
				rs.getString("transfer_to"), instant(rs, "handed_over_at"), rs.getObject("transfer_clock_id", UUID.class),
				rs.getObject("merged_into_id", UUID.class), rs.getObject("acceptance_id", UUID.class), rs.getLong("version"));
	}
}
