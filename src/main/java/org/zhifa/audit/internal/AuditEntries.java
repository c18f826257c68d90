package org.zhifa.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhifa.audit.AuditEntry;
import org.zhifa.audit.AuditFilter;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.PageResult;
import org.zhifa.shared.Visibility;

/**
 * The {@code audit_entry} table. Rows are only ever inserted, and sealed once; nothing here updates
 * content or deletes (the table's trigger would refuse it anyway).
 */
@Repository
public class AuditEntries {

	/**
	 * Key of the transaction-scoped advisory lock that makes one sealer at a time, across every node that
	 * shares the database ("ZhifaAud" in ASCII).
	 */
	static final long SEALER_LOCK = 0x5a68_6966_6141_7564L;

	private static final String CONTENT_COLUMNS = "occurred_at, actor_account_id, actor_username, actor_display_name, "
			+ "actor_officer_id, actor_unit_id, action, subject_type, subject_id, summary";

	private final JdbcClient jdbc;

	public AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts an unsealed entry in the caller's transaction. */
	void append(EntryContent c) {
		jdbc.sql("INSERT INTO audit_entry (" + CONTENT_COLUMNS + ") VALUES (:at, :account, :username, :name, "
				+ ":officer, :unit, :action, :subjectType, :subjectId, :summary)")
			.param("at", OffsetDateTime.ofInstant(c.occurredAt(), ZoneOffset.UTC))
			.param("account", uuid(c.actorAccountId()))
			.param("username", c.actorUsername())
			.param("name", c.actorDisplayName())
			.param("officer", uuid(c.actorOfficerId()))
			.param("unit", uuid(c.actorUnitId()))
			.param("action", c.action())
			.param("subjectType", c.subjectType())
			.param("subjectId", c.subjectId())
			.param("summary", c.summary())
			.update();
	}

	/**
	 * Takes the sealer's lock for the current transaction: waiting for it, or giving up at once when
	 * another sealer holds it.
	 */
	boolean lockForSealing(boolean wait) {
		if (wait) {
			jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", SEALER_LOCK).query().singleRow();
			return true;
		}
		return jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)").param("key", SEALER_LOCK).query(Boolean.class).single();
	}

	/** The newest sealed link, or the genesis position (sequence 0, 64 zeros) for an empty chain. */
	ChainHead head() {
		return jdbc.sql("SELECT sequence, hash FROM audit_entry WHERE sequence IS NOT NULL ORDER BY sequence DESC LIMIT 1")
			.query((rs, n) -> new ChainHead(rs.getLong("sequence"), rs.getString("hash")))
			.optional()
			.orElse(new ChainHead(0, ChainHash.GENESIS));
	}

	/** Committed unsealed entries with id up to {@code maxId}, oldest id first. */
	List<PendingEntry> pending(int limit, long maxId) {
		return jdbc.sql("SELECT id, " + CONTENT_COLUMNS + " FROM audit_entry WHERE sequence IS NULL AND id <= :maxId "
				+ "ORDER BY id LIMIT :limit")
			.param("maxId", maxId)
			.param("limit", limit)
			.query((rs, n) -> new PendingEntry(rs.getLong("id"), content(rs)))
			.list();
	}

	long latestId() {
		return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
	}

	long countPending() {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE sequence IS NULL").query(Long.class).single();
	}

	/**
	 * Gives each entry its sequence and hashes with one UPDATE over arrays (about 1.5 times cheaper than a
	 * JDBC batch of single-row updates); fails, and so rolls the batch back, if any entry was sealed already.
	 */
	void seal(List<Seal> seals) {
		int n = seals.size();
		long[] ids = new long[n];
		long[] sequences = new long[n];
		String[] previousHashes = new String[n];
		String[] hashes = new String[n];
		for (int i = 0; i < n; i++) {
			Seal seal = seals.get(i);
			ids[i] = seal.id();
			sequences[i] = seal.sequence();
			previousHashes[i] = seal.previousHash();
			hashes[i] = seal.hash();
		}
		int updated = jdbc.sql("UPDATE audit_entry e SET sequence = s.sequence, previous_hash = s.previous_hash, hash = s.hash "
				+ "FROM unnest(CAST(:ids AS bigint[]), CAST(:sequences AS bigint[]), CAST(:previousHashes AS text[]), "
				+ "CAST(:hashes AS text[])) "
				+ "AS s(id, sequence, previous_hash, hash) WHERE e.id = s.id AND e.sequence IS NULL")
			.param("ids", new SqlParameterValue(Types.ARRAY, ids))
			.param("sequences", new SqlParameterValue(Types.ARRAY, sequences))
			.param("previousHashes", new SqlParameterValue(Types.ARRAY, previousHashes))
			.param("hashes", new SqlParameterValue(Types.ARRAY, hashes))
			.update();
		if (updated != n) {
			throw new IllegalStateException("sealing expected " + n + " unsealed audit entries but found " + updated);
		}
	}

	/** Sealed links with {@code after < sequence <= upTo}, in sequence order. */
	List<SealedEntry> sealed(long after, long upTo, int limit) {
		return jdbc.sql("SELECT sequence, previous_hash, hash, " + CONTENT_COLUMNS + " FROM audit_entry "
				+ "WHERE sequence > :after AND sequence <= :upTo ORDER BY sequence LIMIT :limit")
			.param("after", after)
			.param("upTo", upTo)
			.param("limit", limit)
			.query((rs, n) -> new SealedEntry(rs.getLong("sequence"), content(rs), rs.getString("previous_hash"),
					rs.getString("hash")))
			.list();
	}

	/**
	 * One page of entries, newest first. Offset paging over indexes that end in {@code id}: a filtered
	 * page is an index range scan. On a multi-million-row table the exact total and deep pages of an
	 * unfiltered list are what get slow; time-range partitions (see the migration) and a keyset cursor
	 * ({@code id < last seen}) are the way further, should the UI need it.
	 */
	PageResult<AuditEntry> find(AuditFilter filter, Visibility visibility, PageRequest page) {
		var where = new Where();
		where.equal("actor_username", "actor", filter.actor());
		where.equal("action", "action", filter.action());
		where.equal("subject_type", "subjectType", filter.subjectType());
		where.equal("subject_id", "subjectId", filter.subjectId());
		if (filter.from() != null) {
			where.add("occurred_at >= :from", "from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
		}
		if (filter.to() != null) {
			where.add("occurred_at <= :to", "to", OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
		}
		switch (visibility.scope()) {
			case ALL -> {
			}
			case OWN -> {
				if (visibility.accountId() == null) {
					return new PageResult<>(List.of(), 0, page.page(), page.size());
				}
				where.add("actor_account_id = :ownAccount", "ownAccount", visibility.accountId());
			}
			case UNIT, UNIT_AND_BELOW -> {
				if (visibility.unitIds().isEmpty()) {
					return new PageResult<>(List.of(), 0, page.page(), page.size());
				}
				where.add("actor_unit_id IN (:visibleUnits)", "visibleUnits", List.copyOf(visibility.unitIds()));
			}
		}
		long total = jdbc.sql("SELECT count(*) FROM audit_entry" + where.sql()).params(where.params)
			.query(Long.class).single();
		List<AuditEntry> items = jdbc.sql("SELECT sequence, occurred_at, actor_username, actor_display_name, actor_unit_id, "
				+ "action, subject_type, subject_id, summary, hash, previous_hash FROM audit_entry" + where.sql()
				+ " ORDER BY id DESC LIMIT :limit OFFSET :offset")
			.params(where.params)
			.param("limit", page.size())
			.param("offset", (long) page.offset())
			.query((rs, n) -> listed(rs))
			.list();
		return new PageResult<>(items, total, page.page(), page.size());
	}

	/** Typed as OTHER so that a null is sent without asking the driver for parameter metadata (a round trip). */
	private static SqlParameterValue uuid(@Nullable UUID id) {
		return new SqlParameterValue(Types.OTHER, id);
	}

	private static AuditEntry listed(ResultSet rs) throws SQLException {
		Long sequence = rs.getObject("sequence", Long.class);
		return new AuditEntry(sequence, instant(rs), rs.getString("actor_username"), rs.getString("actor_display_name"),
				rs.getObject("actor_unit_id", UUID.class), rs.getString("action"), rs.getString("subject_type"),
				rs.getString("subject_id"), rs.getString("summary"), rs.getString("hash"), rs.getString("previous_hash"),
				sequence != null);
	}

	private static EntryContent content(ResultSet rs) throws SQLException {
		return new EntryContent(instant(rs), rs.getObject("actor_account_id", UUID.class), rs.getString("actor_username"),
				rs.getString("actor_display_name"), rs.getObject("actor_officer_id", UUID.class),
				rs.getObject("actor_unit_id", UUID.class), rs.getString("action"), rs.getString("subject_type"),
				rs.getString("subject_id"), rs.getString("summary"));
	}

	private static Instant instant(ResultSet rs) throws SQLException {
		return rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
	}

	/** The chain's newest link: where the next sealed entry attaches. */
	record ChainHead(long sequence, String hash) {
	}

	/** A committed entry waiting for its place in the chain. */
	record PendingEntry(long id, EntryContent content) {
	}

	/** The sequence and hashes the sealer gives one entry. */
	record Seal(long id, long sequence, String previousHash, String hash) {
	}

	/** AND-ed conditions with their named parameters. */
	private static final class Where {

		private final List<String> conditions = new ArrayList<>();
		private final Map<String, Object> params = new HashMap<>();

		void equal(String column, String param, @Nullable String value) {
			if (value != null) {
				add(column + " = :" + param, param, value);
			}
		}

		void add(String condition, String param, Object value) {
			conditions.add(condition);
			params.put(param, value);
		}

		String sql() {
			return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		}
	}
}
