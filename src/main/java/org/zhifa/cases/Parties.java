package org.zhifa.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.shared.StaleVersion;

/** Stores {@link Party} rows in {@code party}; a client request id is kept so a repeated submission finds the first result. */
@Repository
class Parties {

	private static final String COLUMNS = "id, case_id, role, name, citizen_id, unidentified, birth_date, minor, terminated_at, version";

	private final JdbcClient jdbc;

	Parties(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Party p, @Nullable UUID requestId) {
		jdbc.sql("INSERT INTO party (" + COLUMNS + ", request_id) VALUES (:id, :caseId, :role, :name, :citizenId, :unidentified,"
				+ " :birthDate, :minor, :terminatedAt, :version, :requestId)")
			.param("id", p.id()).param("caseId", p.caseId()).param("role", p.role().name()).param("name", p.name())
			.param("citizenId", p.citizenId()).param("unidentified", p.unidentified()).param("birthDate", p.birthDate())
			.param("minor", p.minor()).param("terminatedAt", Cases.offset(p.terminatedAt())).param("version", p.version())
			.param("requestId", requestId)
			.update();
	}

	void update(Party p, long expectedVersion) {
		int rows = jdbc.sql("""
				UPDATE party SET name = :name, citizen_id = :citizenId, unidentified = :unidentified, birth_date = :birthDate,
				  minor = :minor, terminated_at = :terminatedAt, version = :version WHERE id = :id AND version = :expected""")
			.param("id", p.id()).param("expected", expectedVersion).param("name", p.name()).param("citizenId", p.citizenId())
			.param("unidentified", p.unidentified()).param("birthDate", p.birthDate()).param("minor", p.minor())
			.param("terminatedAt", Cases.offset(p.terminatedAt())).param("version", p.version())
			.update();
		if (rows != 1) {
			throw new StaleVersion("当事人", p.name(), expectedVersion);
		}
	}

	Optional<Party> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM party WHERE id = :id").param("id", id).query(Parties::map).optional();
	}

	Optional<Party> byRequest(UUID requestId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM party WHERE request_id = :r").param("r", requestId).query(Parties::map).optional();
	}

	boolean citizenIdTaken(UUID caseId, PartyRole role, String citizenId, @Nullable UUID except) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM party WHERE case_id = :c AND role = :role AND citizen_id = :id"
				+ " AND id IS DISTINCT FROM :except)")
			.param("c", caseId).param("role", role.name()).param("id", citizenId).param("except", except)
			.query(Boolean.class).single();
	}

	List<Party> ofCase(UUID caseId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM party WHERE case_id = :c ORDER BY position").param("c", caseId)
			.query(Parties::map).list();
	}

	private static Party map(ResultSet rs, int row) throws SQLException {
		return new Party(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), PartyRole.valueOf(rs.getString("role")),
				rs.getString("name"), rs.getString("citizen_id"), rs.getBoolean("unidentified"),
				rs.getObject("birth_date", LocalDate.class), rs.getBoolean("minor"), Cases.instant(rs, "terminated_at"),
				rs.getLong("version"));
	}
}
