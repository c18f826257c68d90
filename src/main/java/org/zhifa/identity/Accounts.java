package org.zhifa.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.SqlArrays;
import org.zhifa.shared.StaleVersion;

/** The account table. Updates are optimistic: a stale version changes nothing and raises {@link StaleVersion}. */
@Repository
class Accounts {

	private static final String COLUMNS = "id, username, officer_id, password_hash, enabled, failed_attempts, locked_until, "
			+ "password_change_required, password_changed_at, last_login_at, created_at, version";

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> findById(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = ?").param(id).query(Accounts::map).optional();
	}

	Optional<Account> findByUsername(String username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE lower(username) = lower(?)").param(username)
			.query(Accounts::map).optional();
	}

	/** Locks the row for the rest of the transaction, so concurrent logins of one account count failures exactly. */
	Optional<Account> findByUsernameForUpdate(String username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE lower(username) = lower(?) FOR UPDATE").param(username)
			.query(Accounts::map).optional();
	}

	boolean existsForOfficer(UUID officerId) {
		return jdbc.sql("SELECT count(*) FROM account WHERE officer_id = ?").param(officerId).query(Long.class).single() > 0;
	}

	void insert(Account a) {
		jdbc.sql("INSERT INTO account (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,0)")
			.params(a.id(), a.username(), a.officerId(), a.passwordHash(), a.enabled(), a.failedAttempts(),
					ts(a.lockedUntil()), a.passwordChangeRequired(), ts(a.passwordChangedAt()), ts(a.lastLoginAt()),
					ts(a.createdAt()))
			.update();
	}

	/** Saves the account if nobody changed it since {@code expectedVersion} was read. */
	void update(Account a, long expectedVersion) {
		int rows = jdbc.sql("""
				UPDATE account SET password_hash = ?, enabled = ?, failed_attempts = ?, locked_until = ?,
				  password_change_required = ?, password_changed_at = ?, last_login_at = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(a.passwordHash(), a.enabled(), a.failedAttempts(), ts(a.lockedUntil()), a.passwordChangeRequired(),
					ts(a.passwordChangedAt()), ts(a.lastLoginAt()), a.id(), expectedVersion)
			.update();
		if (rows == 0) {
			throw new StaleVersion("账号", a.username(), expectedVersion);
		}
	}

	/**
	 * A page of accounts, optionally restricted to a set of officers (data scope) and a name/username filter
	 * already resolved to officer ids by the caller.
	 */
	PageResult<Account> page(@Nullable String usernameLike, @Nullable Collection<UUID> officerIds,
			@Nullable Collection<UUID> officerIdsMatchingQuery, PageRequest paging) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new HashMap<>();
		if (officerIds != null) {
			where.append(" AND officer_id = ANY(CAST(:scope AS uuid[]))");
			params.put("scope", SqlArrays.uuids(officerIds));
		}
		if (usernameLike != null) {
			where.append(" AND (lower(username) LIKE :q");
			params.put("q", "%" + usernameLike.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
			if (officerIdsMatchingQuery != null && !officerIdsMatchingQuery.isEmpty()) {
				where.append(" OR officer_id = ANY(CAST(:qOfficers AS uuid[]))");
				params.put("qOfficers", SqlArrays.uuids(officerIdsMatchingQuery));
			}
			where.append(")");
		}
		long total = jdbc.sql("SELECT count(*) FROM account" + where).params(params).query(Long.class).single();
		List<Account> items = new ArrayList<>(jdbc.sql("SELECT " + COLUMNS + " FROM account" + where
				+ " ORDER BY username LIMIT :limit OFFSET :offset")
			.params(params).param("limit", paging.size()).param("offset", paging.offset())
			.query(Accounts::map).list());
		return new PageResult<>(items, total, paging.page(), paging.size());
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Account map(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getObject("id", UUID.class), rs.getString("username"), rs.getObject("officer_id", UUID.class),
				rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
				instant(rs, "locked_until"), rs.getBoolean("password_change_required"), instant(rs, "password_changed_at"),
				instant(rs, "last_login_at"), rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
	}
}
