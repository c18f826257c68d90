package org.zhifa.cases;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk cases for benchmarks and the province data generator, in one set-based statement: {@code count} cases spread
 * evenly over {@code units} units (ids {@code md5('unit' || n)::uuid}, codes 990000000000 + n) and over the three
 * years from 2024-01-01, alternating over the whole offence catalogue, about 80% closed when older than 2026-09-01.
 * Every summary reads "【生成数据】". Deterministic: the same arguments give the same rows. The statement is plain SQL
 * ({@link #SQL}, parameters {@code :from} and {@code :to} for the 1-based range of case ordinals, {@code :units})
 * so that {@code org.zhifa.dataset} can run it against its own unit ids by replacing the unit expression.
 */
public final class CaseVolume {

	/** Inserts the cases with ordinals from :from to :to (inclusive). */
	public static final String SQL = """
			WITH offences AS (SELECT array_agg(code ORDER BY sort_order) AS codes FROM offence),
			generated AS (
			  SELECT g,
			         g % :units AS unit_n,
			         offences.codes[1 + (g * 7) % array_length(offences.codes, 1)] AS offence_code,
			         TIMESTAMPTZ '2024-01-01 00:00:00+08' + ((g * 7919) % (3 * 365 * 24 * 60)) * INTERVAL '1 minute' AS filed_at
			  FROM generate_series(CAST(:from AS bigint), CAST(:to AS bigint)) AS g, offences)
			INSERT INTO legal_case (id, kind, number, unit_id, offence_code, summary, place, officer_ids, occurred_at, filed_at,
			                        status, closing, closing_reason, closed_at, version)
			SELECT md5('case' || g)::uuid,
			       CASE WHEN offence_code LIKE 'XS-%' THEN 'CRIMINAL' ELSE 'ADMINISTRATIVE' END,
			       CASE WHEN offence_code LIKE 'XS-%' THEN 'A' ELSE 'B' END || (990000000000 + unit_n)
			         || to_char(filed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY') || lpad(CAST(g / :units % 100000 AS text), 5, '0'),
			       md5('unit' || unit_n)::uuid,
			       offence_code,
			       '【生成数据】第' || g || '号案件',
			       '【生成数据】示范市某路' || (g % 997) || '号',
			       ARRAY[md5('officer' || (unit_n * 3))::uuid, md5('officer' || (unit_n * 3 + 1))::uuid],
			       filed_at - INTERVAL '3 hours',
			       filed_at,
			       CASE WHEN filed_at < TIMESTAMPTZ '2026-09-01 00:00:00+08' AND g % 10 < 8 THEN 'CLOSED' ELSE 'OPEN' END,
			       CASE WHEN filed_at < TIMESTAMPTZ '2026-09-01 00:00:00+08' AND g % 10 < 8
			            THEN CASE WHEN offence_code LIKE 'XS-%' THEN 'TRANSFERRED_FOR_PROSECUTION' ELSE 'PENALTY' END END,
			       CASE WHEN filed_at < TIMESTAMPTZ '2026-09-01 00:00:00+08' AND g % 10 < 8 THEN '【生成数据】' END,
			       CASE WHEN filed_at < TIMESTAMPTZ '2026-09-01 00:00:00+08' AND g % 10 < 8 THEN filed_at + INTERVAL '30 days' END,
			       0
			FROM generated
			ON CONFLICT DO NOTHING""";

	private CaseVolume() {
	}

	/** Inserts {@code count} cases over {@code units} units in batches of 100,000 (each its own statement); returns the rows added. */
	public static long load(JdbcClient jdbc, long count, int units) {
		long added = 0;
		for (long from = 1; from <= count; from += 100_000) {
			added += jdbc.sql(SQL).param("from", from).param("to", Math.min(count, from + 99_999)).param("units", units).update();
		}
		return added;
	}

	/** The id of the n-th generated unit (0-based), as {@link #SQL} computes it. */
	public static java.util.UUID unitId(int n) {
		try {
			byte[] md5 = java.security.MessageDigest.getInstance("MD5").digest(("unit" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			long msb = 0;
			long lsb = 0;
			for (int i = 0; i < 8; i++) {
				msb = (msb << 8) | (md5[i] & 0xff);
				lsb = (lsb << 8) | (md5[i + 8] & 0xff);
			}
			return new java.util.UUID(msb, lsb);
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
