package org.zhifa.officer;

import org.zhifa.shared.SqlArrays;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.organization.UnitId;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.StaleVersion;
import org.zhifa.shared.Visibility;

/** Stores {@link Officer} aggregates in table {@code officer}; writes check the version read (optimistic locking). */
@Repository
class Officers {

	private static final String COLUMNS = """
			id, name, badge_number, kind, unit_id, roles, qualification_level, qualification_passed_on,
			qualification_expires_on, legal_profession_qualified, legal_officer_designation, phone, active, version""";

	private final JdbcClient jdbc;

	Officers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Officer> find(OfficerId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM officer WHERE id = :id").param("id", id.value()).query(Officers::map).optional();
	}

	/** Reads the officer and locks the row until the transaction ends: the officer is about to change. */
	Optional<Officer> findForUpdate(OfficerId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM officer WHERE id = :id FOR UPDATE").param("id", id.value())
			.query(Officers::map).optional();
	}

	Optional<Officer> findByBadgeNumber(String badgeNumber) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM officer WHERE badge_number = :badge").param("badge", badgeNumber)
			.query(Officers::map).optional();
	}

	List<Officer> findAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM officer WHERE id = ANY(CAST(:ids AS uuid[]))")
			.param("ids", SqlArrays.uuids(ids)).query(Officers::map).list();
	}

	/** Ids of the officers (active or not) of the given units. */
	List<UUID> idsIn(Collection<UUID> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT id FROM officer WHERE unit_id = ANY(CAST(:units AS uuid[]))")
			.param("units", SqlArrays.uuids(unitIds)).query(UUID.class).list();
	}

	List<UUID> activeIdsWithRole(Role role, UUID unitId) {
		return jdbc.sql("SELECT id FROM officer WHERE unit_id = :unit AND active AND :role = ANY(roles) ORDER BY badge_number")
			.param("unit", unitId).param("role", role.name()).query(UUID.class).list();
	}

	/** Ids of the officers whose name contains, or whose badge number starts with, the text. */
	List<UUID> idsMatching(String text) {
		String escaped = likeEscaped(text.strip());
		return jdbc.sql("SELECT id FROM officer WHERE name ILIKE :contains OR badge_number LIKE :prefix LIMIT 500")
			.param("contains", "%" + escaped + "%").param("prefix", escaped.toUpperCase(java.util.Locale.ROOT) + "%")
			.query(UUID.class).list();
	}

	boolean badgeNumberTaken(String badgeNumber) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM officer WHERE badge_number = :badge)").param("badge", badgeNumber)
			.query(Boolean.class).single();
	}

	long countActiveIn(UUID unitId) {
		return jdbc.sql("SELECT count(*) FROM officer WHERE unit_id = :unit AND active").param("unit", unitId)
			.query(Long.class).single();
	}

	/**
	 * The officers matching the filter inside the visibility, active first, then by badge number.
	 *
	 * @param units the units the filter asks for ({@code null}: any)
	 */
	PageResult<Officer> search(OfficerSearch search, @Nullable Set<UUID> units, Visibility visibility, PageRequest page) {
		var where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new HashMap<>();
		restrictTo(visibility, where, params);
		if (units != null) {
			where.append(" AND unit_id = ANY(CAST(:units AS uuid[]))");
			params.put("units", SqlArrays.uuids(units));
		}
		if (search.text() != null && !search.text().isBlank()) {
			String text = likeEscaped(search.text().strip());
			where.append(" AND (name ILIKE :contains OR badge_number LIKE :prefix)");
			params.put("contains", "%" + text + "%");
			params.put("prefix", text.toUpperCase(java.util.Locale.ROOT) + "%");
		}
		if (search.kind() != null) {
			where.append(" AND kind = :kind");
			params.put("kind", search.kind().name());
		}
		if (search.role() != null) {
			where.append(" AND :role = ANY(roles)");
			params.put("role", search.role().name());
		}
		if (search.qualificationLevel() != null) {
			where.append(" AND qualification_level = :level");
			params.put("level", search.qualificationLevel().name());
		}
		long total = jdbc.sql("SELECT count(*) FROM officer" + where).params(params).query(Long.class).single();
		List<Officer> items = jdbc.sql("SELECT " + COLUMNS + " FROM officer" + where
				+ " ORDER BY active DESC, badge_number LIMIT :limit OFFSET :offset")
			.params(params).param("limit", page.size()).param("offset", page.offset())
			.query(Officers::map).list();
		return new PageResult<>(items, total, page.page(), page.size());
	}

	/** Active officers inside the visibility whose 执法资格 expires on or before {@code until} (expired ones included). */
	List<Officer> qualificationsExpiringBy(LocalDate until, Visibility visibility) {
		var where = new StringBuilder(" WHERE active AND qualification_expires_on <= :until");
		Map<String, Object> params = new HashMap<>();
		params.put("until", until);
		restrictTo(visibility, where, params);
		return jdbc.sql("SELECT " + COLUMNS + " FROM officer" + where + " ORDER BY qualification_expires_on, badge_number")
			.params(params).query(Officers::map).list();
	}

	/** Data scope in SQL: ALL sees all; UNIT / UNIT_AND_BELOW the officers of the visible units; OWN only oneself. */
	private static void restrictTo(Visibility visibility, StringBuilder where, Map<String, Object> params) {
		switch (visibility.scope()) {
			case ALL -> {
			}
			case UNIT, UNIT_AND_BELOW -> {
				where.append(" AND unit_id = ANY(CAST(:scopeUnits AS uuid[]))");
				params.put("scopeUnits", SqlArrays.uuids(visibility.unitIds()));
			}
			case OWN -> {
				if (visibility.officerId() == null) {
					where.append(" AND FALSE");
				}
				else {
					where.append(" AND id = :self");
					params.put("self", visibility.officerId());
				}
			}
		}
	}

	void insert(Officer officer, Instant at) {
		bind(jdbc.sql("""
				INSERT INTO officer (id, name, badge_number, kind, unit_id, roles, qualification_level, qualification_passed_on,
				                     qualification_expires_on, legal_profession_qualified, legal_officer_designation, phone,
				                     active, version, created_at, updated_at)
				VALUES (:id, :name, :badge, :kind, :unitId, CAST(:roles AS text[]), :level, :passedOn, :expiresOn, :lpq,
				        :designation, :phone, :active, 0, :at, :at)"""), officer, at)
			.param("badge", officer.badgeNumber())
			.param("kind", officer.kind().name())
			.update();
	}

	/** Writes the changed state if nobody changed the officer since it was read; otherwise nothing is written. */
	void update(Officer officer, Instant at, @Nullable String deactivationReason) {
		int rows = bind(jdbc.sql("""
				UPDATE officer SET name = :name, unit_id = :unitId, roles = CAST(:roles AS text[]), qualification_level = :level,
				       qualification_passed_on = :passedOn, qualification_expires_on = :expiresOn,
				       legal_profession_qualified = :lpq, legal_officer_designation = :designation, phone = :phone,
				       active = :active, deactivation_reason = coalesce(:reason, deactivation_reason),
				       version = version + 1, updated_at = :at
				WHERE id = :id AND version = :version"""), officer, at)
			.param("reason", deactivationReason, Types.VARCHAR)
			.param("version", officer.version())
			.update();
		if (rows == 0) {
			throw new StaleVersion("人员", officer.id(), officer.version());
		}
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Officer officer, Instant at) {
		Qualification q = officer.qualification();
		return statement
			.param("id", officer.id().value())
			.param("name", officer.name())
			.param("unitId", officer.unitId().value())
			.param("roles", officer.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}")))
			.param("level", q == null ? null : q.level().name(), Types.VARCHAR)
			.param("passedOn", q == null ? null : q.passedOn(), Types.DATE)
			.param("expiresOn", q == null ? null : q.expiresOn(), Types.DATE)
			.param("lpq", officer.legalProfessionQualified())
			.param("designation", officer.designation() == null ? null : officer.designation().name(), Types.VARCHAR)
			.param("phone", officer.phone(), Types.VARCHAR)
			.param("active", officer.isActive())
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
	}

	static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static Officer map(ResultSet rs, int row) throws SQLException {
		String level = rs.getString("qualification_level");
		Qualification qualification = level == null ? null
				: new Qualification(QualificationLevel.valueOf(level), rs.getObject("qualification_passed_on", LocalDate.class),
						rs.getObject("qualification_expires_on", LocalDate.class));
		String designation = rs.getString("legal_officer_designation");
		Array roles = rs.getArray("roles");
		List<Role> roleList = Arrays.stream((String[]) roles.getArray()).map(Role::valueOf).toList();
		return new Officer(OfficerId.of(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getString("badge_number"),
				OfficerKind.valueOf(rs.getString("kind")), UnitId.of(rs.getObject("unit_id", UUID.class)), roleList, qualification,
				rs.getBoolean("legal_profession_qualified"),
				designation == null ? null : LegalOfficerDesignation.valueOf(designation), rs.getString("phone"),
				rs.getBoolean("active"), rs.getLong("version"));
	}
}
