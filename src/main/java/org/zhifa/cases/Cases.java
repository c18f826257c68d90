package org.zhifa.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import org.zhifa.intake.CaseKind;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.SqlArrays;
import org.zhifa.shared.StaleVersion;
import org.zhifa.shared.Visibility;

/** Stores {@link Case}s in {@code legal_case}; updates check the version read. Numbers come from {@code case_number_counter}. */
@Repository
class Cases {

	static final String COLUMNS = """
			id, kind, number, unit_id, offence_code, summary, place, acceptance_id, acceptance_number, officer_ids, occurred_at,
			filed_at, status, closing, closing_reason, closed_at, version""";
	/** Counting stops here: a list shows "10,000+" rather than scanning a whole province for an exact figure. */
	static final int COUNT_LIMIT = 10_000;

	private final JdbcClient jdbc;

	Cases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next sequence number of the unit, kind and year — atomic under concurrent filings (row lock of the upsert). */
	int nextNumber(UUID unitId, CaseKind kind, int year) {
		return jdbc.sql("""
				INSERT INTO case_number_counter (unit_id, kind, year, last_value) VALUES (:unit, :kind, :year, 1)
				ON CONFLICT (unit_id, kind, year) DO UPDATE SET last_value = case_number_counter.last_value + 1
				RETURNING last_value""").param("unit", unitId).param("kind", kind.name()).param("year", year)
			.query(Integer.class).single();
	}

	/** Serializes openings of one case id (a redelivered event racing the first delivery) until the transaction ends. */
	void lockId(UUID caseId) {
		jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", caseId.getMostSignificantBits() ^ caseId.getLeastSignificantBits())
			.query((rs, n) -> n).list();
	}

	void insert(Case c) {
		jdbc.sql("INSERT INTO legal_case (" + COLUMNS + ") VALUES (:id, :kind, :number, :unit, :offence, :summary, :place, :acceptanceId,"
				+ " :acceptanceNumber, CAST(:officers AS uuid[]), :occurredAt, :filedAt, :status, :closing, :closingReason, :closedAt, :version)")
			.param("id", c.id()).param("kind", c.kind().name()).param("number", c.number()).param("unit", c.unitId())
			.param("offence", c.offenceCode()).param("summary", c.summary()).param("place", c.place())
			.param("acceptanceId", c.acceptanceId()).param("acceptanceNumber", c.acceptanceNumber())
			.param("officers", SqlArrays.uuids(c.officerIds())).param("occurredAt", offset(c.occurredAt()))
			.param("filedAt", offset(c.filedAt())).param("status", c.status().name())
			.param("closing", c.closing() == null ? null : c.closing().name()).param("closingReason", c.closingReason())
			.param("closedAt", offset(c.closedAt())).param("version", c.version())
			.update();
	}

	/** Writes status, closing and version if the row still has {@code expectedVersion}. */
	void update(Case c, long expectedVersion) {
		int rows = jdbc.sql("""
				UPDATE legal_case SET status = :status, closing = :closing, closing_reason = :closingReason, closed_at = :closedAt,
				  version = :version WHERE id = :id AND version = :expected""")
			.param("id", c.id()).param("expected", expectedVersion).param("status", c.status().name())
			.param("closing", c.closing() == null ? null : c.closing().name()).param("closingReason", c.closingReason())
			.param("closedAt", offset(c.closedAt())).param("version", c.version())
			.update();
		if (rows != 1) {
			throw new StaleVersion("案件", c.number(), expectedVersion);
		}
	}

	Optional<Case> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM legal_case WHERE id = :id").param("id", id).query(Cases::map).optional();
	}

	/** Reads and locks the case: every write to a case and its measures is serialized on this row. */
	Optional<Case> findForUpdate(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM legal_case WHERE id = :id FOR UPDATE").param("id", id).query(Cases::map).optional();
	}

	/**
	 * The list query: the search filters and the visibility in SQL, newest filing first, offset paging on the
	 * (unit_id, status, filed_at, id) index; the count stops at {@link #COUNT_LIMIT}.
	 */
	CaseList search(CaseSearch search, Visibility visibility, PageRequest page) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new HashMap<>();
		switch (visibility.scope()) {
			case ALL -> {
			}
			case OWN -> {
				where.append(" AND officer_ids @> ARRAY[CAST(:self AS uuid)]");
				params.put("self", visibility.officerId() == null ? new UUID(0, 0) : visibility.officerId());
			}
			case UNIT, UNIT_AND_BELOW -> {
				where.append(" AND unit_id = ANY(CAST(:visible AS uuid[]))");
				params.put("visible", SqlArrays.uuids(visibility.unitIds()));
			}
		}
		if (search.unitIds() != null) {
			where.append(" AND unit_id = ANY(CAST(:units AS uuid[]))");
			params.put("units", SqlArrays.uuids(search.unitIds()));
		}
		if (search.status() != null) {
			where.append(" AND status = :status");
			params.put("status", search.status().name());
		}
		if (search.kind() != null) {
			where.append(" AND kind = :kind");
			params.put("kind", search.kind().name());
		}
		if (search.offenceCode() != null) {
			where.append(" AND offence_code = :offence");
			params.put("offence", search.offenceCode());
		}
		if (search.officerId() != null) {
			where.append(" AND officer_ids @> ARRAY[CAST(:officer AS uuid)]");
			params.put("officer", search.officerId());
		}
		if (search.filedFrom() != null) {
			where.append(" AND filed_at >= :from");
			params.put("from", offset(search.filedFrom()));
		}
		if (search.filedBefore() != null) {
			where.append(" AND filed_at < :before");
			params.put("before", offset(search.filedBefore()));
		}
		if (search.number() != null) {
			where.append(" AND number LIKE :number");
			params.put("number", "%" + search.number().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		List<Case> items = jdbc.sql("SELECT " + COLUMNS + " FROM legal_case" + where + " ORDER BY filed_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.params(params).param("limit", page.size()).param("offset", page.offset()).query(Cases::map).list();
		long total;
		if (page.page() == 0 && items.size() < page.size()) {
			total = items.size();
		}
		else {
			total = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM legal_case" + where + " LIMIT " + (COUNT_LIMIT + 1) + ") capped")
				.params(params).query(Long.class).single();
		}
		boolean exact = total <= COUNT_LIMIT;
		return new CaseList(items, Math.min(total, COUNT_LIMIT), exact, page.page(), page.size());
	}

	static @Nullable OffsetDateTime offset(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static Case map(ResultSet rs, int row) throws SQLException {
		String closing = rs.getString("closing");
		return new Case(rs.getObject("id", UUID.class), CaseKind.valueOf(rs.getString("kind")), rs.getString("number"),
				rs.getObject("unit_id", UUID.class), rs.getString("offence_code"), rs.getString("summary"), rs.getString("place"),
				rs.getObject("acceptance_id", UUID.class), rs.getString("acceptance_number"),
				Arrays.asList((UUID[]) rs.getArray("officer_ids").getArray()), instant(rs, "occurred_at"), instant(rs, "filed_at"),
				CaseStatus.valueOf(rs.getString("status")), closing == null ? null : Closing.valueOf(closing),
				rs.getString("closing_reason"), instant(rs, "closed_at"), rs.getLong("version"));
	}
}
