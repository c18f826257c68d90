package org.zhifa.dataset;

import java.util.function.LongUnaryOperator;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case part of the province dataset, as set-based SQL over the generated stations and officers: cases spread over
 * the configured years up to now (numbers A/B + unit code + year + sequence, 案由 from the catalogue, about 3% of the
 * older ones still open — the 挂案 a bureau has to clean up), a suspect per case with a valid 公民身份号码 (GB 11643 check
 * digit computed in SQL; one in ten criminal suspects 身份不明) and a victim for three in five, coercive measures
 * (刑事拘留 and 取保候审 on criminal cases, 询问查证 on administrative ones) — running ones with their statutory clocks and
 * workbench tasks —, the timeline, the number counters and what supervision knows of each open case. Deterministic:
 * every id and value derives from the case ordinal {@code g}. Every summary carries 【生成数据】.
 * <p>
 * Generated rows bypass the application services on purpose (bulk test data, not acts of anyone): the clocks' due
 * times are computed without holiday roll-over and their basis says so.
 */
final class CaseDataset {

	private final JdbcClient jdbc;

	CaseDataset(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The generated stations with their sworn officers, numbered 0…n-1, and the GB 11643 helper function. */
	int prepare() {
		jdbc.sql("DROP TABLE IF EXISTS dataset_station").update();
		jdbc.sql("""
				CREATE UNLOGGED TABLE dataset_station AS
				SELECT (row_number() OVER (ORDER BY u.code) - 1)::int AS n, u.id, u.code,
				       (SELECT array_agg(o.id ORDER BY o.badge_number) FROM officer o WHERE o.unit_id = u.id AND o.kind = 'SWORN') AS officers
				FROM unit u WHERE u.kind = 'POLICE_STATION' AND u.code ~ '^9901[1-9][0-9]'""").update();
		jdbc.sql("CREATE UNIQUE INDEX ON dataset_station (n)").update();
		jdbc.sql("""
				CREATE OR REPLACE FUNCTION dataset_citizen_id(region text, birth date, seq int) RETURNS char(18) LANGUAGE sql IMMUTABLE AS $$
				  WITH body AS (SELECT region || to_char(birth, 'YYYYMMDD') || lpad((seq % 1000)::text, 3, '0') AS b)
				  SELECT b || substr('10X98765432', 1 + (
				           SELECT sum(substr(b, i, 1)::int * (ARRAY[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[i]) FROM generate_series(1, 17) i
				         )::int % 11, 1) FROM body
				$$""").update();
		return jdbc.sql("SELECT count(*) FROM dataset_station").query(Integer.class).single();
	}

	/** Cases with ordinals from..to. */
	int cases(long from, long to, int years) {
		return jdbc.sql("""
				WITH s AS (SELECT count(*)::int AS c FROM dataset_station),
				offences AS (SELECT array_agg(code ORDER BY sort_order) AS codes FROM offence),
				gen AS (
				  SELECT g, (g % s.c)::int AS sn, g / s.c AS seq,
				         offences.codes[1 + (g * 7) % array_length(offences.codes, 1)] AS offence_code,
				         now() - ((g * 7919) % (:years * 365 * 24 * 60)) * INTERVAL '1 minute' AS filed_at
				  FROM generate_series(CAST(:from AS bigint), CAST(:to AS bigint)) AS g, s, offences),
				c AS (
				  SELECT gen.*, st.id AS unit_id, st.code AS unit_code, st.officers, o.name AS offence_name, o.kind,
				         gen.filed_at < now() - INTERVAL '60 days' AND gen.g % 100 >= 3 AS closed
				  FROM gen JOIN dataset_station st ON st.n = gen.sn JOIN offence o ON o.code = gen.offence_code)
				INSERT INTO legal_case (id, kind, number, unit_id, offence_code, summary, place, officer_ids, occurred_at, filed_at,
				                        status, closing, closing_reason, closed_at, version)
				SELECT md5('zhifa-case-' || g)::uuid, kind,
				       CASE WHEN kind = 'CRIMINAL' THEN 'A' ELSE 'B' END || unit_code
				         || to_char(filed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY') || lpad(seq::text, 5, '0'),
				       unit_id, offence_code,
				       '【生成数据】' || (ARRAY['某小区','某商场','某路口','某村','某公司','某网吧','某酒店','某市场'])[1 + g % 8]
				         || '发生' || offence_name || '案件，报案人报警后民警到场处置。',
				       '【生成数据】示范市' || (ARRAY['人民路','解放路','建设路','中山路','和平街','新华街'])[1 + g % 6] || (g % 997 + 1) || '号',
				       ARRAY[officers[1 + (g % array_length(officers, 1))], officers[1 + ((g + 1) % array_length(officers, 1))]],
				       filed_at - ((g % 72) + 1) * INTERVAL '1 hour', filed_at,
				       CASE WHEN closed THEN 'CLOSED' ELSE 'OPEN' END,
				       CASE WHEN NOT closed THEN NULL
				            WHEN kind = 'CRIMINAL' THEN CASE WHEN g % 3 = 0 THEN 'WITHDRAWN' ELSE 'TRANSFERRED_FOR_PROSECUTION' END
				            ELSE CASE WHEN g % 5 = 0 THEN 'NO_PENALTY' ELSE 'PENALTY' END END,
				       CASE WHEN closed THEN '【生成数据】' END,
				       CASE WHEN closed THEN least(filed_at + ((g % 50) + 5) * INTERVAL '1 day', now() - INTERVAL '1 day') END,
				       0
				FROM c""").param("from", from).param("to", to).param("years", years).update();
	}

	/** A suspect per case (一成 criminal suspects unidentified), a victim for three cases in five. */
	int parties(long from, long to) {
		int suspects = jdbc.sql("""
				INSERT INTO party (id, case_id, role, name, citizen_id, unidentified, birth_date, minor, version)
				SELECT md5('zhifa-suspect-' || g)::uuid, id, 'SUSPECT',
				       CASE WHEN unidentified THEN '无名氏' || (g % 1000) ELSE name(g) END,
				       CASE WHEN unidentified THEN NULL ELSE dataset_citizen_id(region, birth, g::int) END,
				       unidentified, CASE WHEN unidentified THEN NULL ELSE birth END,
				       NOT unidentified AND birth > (filed_at AT TIME ZONE 'Asia/Shanghai')::date - INTERVAL '18 years', 0
				FROM (SELECT g, lc.id, lc.filed_at, g % 10 = 0 AND lc.kind = 'CRIMINAL' AS unidentified,
				             (ARRAY['110101','310104','330102','440305','510107','420106','320102','370102'])[1 + g % 8] AS region,
				             DATE '1958-01-01' + ((g * 37) % (50 * 365))::int AS birth
				      FROM generate_series(CAST(:from AS bigint), CAST(:to AS bigint)) g
				      JOIN legal_case lc ON lc.id = md5('zhifa-case-' || g)::uuid) p""".replace("name(g)", ProvinceDataset.NAME.replace("n", "g")))
			.param("from", from).param("to", to).update();
		int victims = jdbc.sql("""
				INSERT INTO party (id, case_id, role, name, citizen_id, unidentified, birth_date, minor, version)
				SELECT md5('zhifa-victim-' || g)::uuid, md5('zhifa-case-' || g)::uuid, 'VICTIM', name(g + 7),
				       dataset_citizen_id('330106', DATE '1950-01-01' + ((g * 53) % (55 * 365))::int, (g + 500)::int), FALSE,
				       DATE '1950-01-01' + ((g * 53) % (55 * 365))::int, FALSE, 0
				FROM generate_series(CAST(:from AS bigint), CAST(:to AS bigint)) g
				WHERE g % 5 < 3 AND EXISTS (SELECT 1 FROM legal_case WHERE id = md5('zhifa-case-' || g)::uuid)"""
				.replace("name(g + 7)", ProvinceDataset.NAME.replace("n", "(g + 7)")))
			.param("from", from).param("to", to).update();
		return suspects + victims;
	}

	/**
	 * Measures on identified suspects: 刑事拘留 on one criminal case in four (running when filed within the last three
	 * days, else ended by a change to 取保候审), 取保候审 on one in four (running within its twelve months), 询问查证 on one
	 * administrative case in three (always ended after 8 hours).
	 */
	int measures(long from, long to) {
		return jdbc.sql("""
				WITH c AS (
				  SELECT g, lc.id, lc.kind, lc.officer_ids, lc.filed_at, lc.status, lc.closed_at
				  FROM generate_series(CAST(:from AS bigint), CAST(:to AS bigint)) g
				  JOIN legal_case lc ON lc.id = md5('zhifa-case-' || g)::uuid
				  WHERE NOT (g % 10 = 0 AND lc.kind = 'CRIMINAL')),
				m AS (
				  SELECT g, id AS case_id, officer_ids, 'CRIMINAL_DETENTION' AS kind, filed_at + INTERVAL '2 hours' AS started_at,
				         CASE WHEN status = 'OPEN' AND filed_at > now() - INTERVAL '3 days' THEN NULL
				              ELSE filed_at + INTERVAL '2 hours' + INTERVAL '3 days' END AS ended_at, '变更为取保候审' AS reason
				  FROM c WHERE kind = 'CRIMINAL' AND g % 4 = 0
				  UNION ALL
				  SELECT g, id, officer_ids, 'BAIL_PENDING_TRIAL', filed_at + INTERVAL '1 day',
				         CASE WHEN status = 'OPEN' AND filed_at > now() - INTERVAL '360 days' THEN NULL
				              ELSE coalesce(closed_at, filed_at + INTERVAL '360 days') END, '解除取保候审'
				  FROM c WHERE kind = 'CRIMINAL' AND g % 4 = 1
				  UNION ALL
				  SELECT g, id, officer_ids, 'QUESTIONING_PERIOD', filed_at - INTERVAL '30 minutes', filed_at + INTERVAL '7 hours', '询问查证结束'
				  FROM c WHERE kind = 'ADMINISTRATIVE' AND g % 3 = 0)
				INSERT INTO coercive_measure (id, case_id, party_id, kind, status, outcome, officer_ids, started_at, ended_at, end_reason, note, version)
				SELECT md5('zhifa-measure-' || kind || g)::uuid, case_id, md5('zhifa-suspect-' || g)::uuid, kind,
				       CASE WHEN ended_at IS NULL THEN 'ACTIVE' ELSE 'ENDED' END, NULL, officer_ids, least(started_at, now() - INTERVAL '1 minute'),
				       ended_at, CASE WHEN ended_at IS NOT NULL THEN '【生成数据】' || reason END, NULL, 0
				FROM m WHERE ended_at IS NULL OR ended_at <= now()""").param("from", from).param("to", to).update();
	}

	/** Statutory clocks of the running measures (due times without holiday roll-over, said so in the basis), and their tasks. */
	int clocks() {
		int clocks = jdbc.sql("""
				WITH r AS (
				  SELECT m.id AS measure_id, m.case_id, m.officer_ids, m.started_at, lc.unit_id, lc.number, p.name AS suspect,
				         plan.rule_code, plan.label, m.started_at + plan.length AS due_at
				  FROM coercive_measure m
				  JOIN legal_case lc ON lc.id = m.case_id
				  JOIN party p ON p.id = m.party_id
				  JOIN (VALUES ('CRIMINAL_DETENTION', 'criminal.detention.arrest-request', '提请批准逮捕', INTERVAL '3 days'),
				               ('BAIL_PENDING_TRIAL', 'criminal.bail.maximum', '取保候审期满', INTERVAL '12 months'))
				       AS plan(kind, rule_code, label, length) ON plan.kind = m.kind
				  WHERE m.status = 'ACTIVE' AND lc.summary LIKE '【生成数据】%')
				INSERT INTO statutory_clock (id, label, subject_type, subject_id, case_id, case_label, unit_id, officer_ids, started_at,
				                             in_custody, rule_code, rule_version, due_at, due_at_text, basis, steps, state, version)
				SELECT md5('zhifa-clock-' || measure_id)::uuid, label || '（' || suspect || '）', 'coercive-measure', measure_id, case_id,
				       number, unit_id, officer_ids, started_at, rule_code = 'criminal.detention.arrest-request', rule_code, 1,
				       (date_trunc('day', due_at AT TIME ZONE 'Asia/Shanghai') + INTERVAL '1 day') AT TIME ZONE 'Asia/Shanghai',
				       to_char(date_trunc('day', due_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') || ' 24:00',
				       '【生成数据】自' || to_char(started_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') || '起计算（生成时未顺延节假日），依据'
				         || (SELECT basis FROM period_rule pr WHERE pr.code = rule_code AND pr.version = 1),
				       '【生成数据】', 'RUNNING', 0
				FROM r""").update();
		int tasks = jdbc.sql("""
				INSERT INTO workbench_task (clock_id, clock_version, label, subject_type, subject_id, case_id, case_label, unit_id,
				                            assignee_ids, rule_code, basis, started_at, due_at, due_at_text, warn_at, level_reached, updated_at)
				SELECT id, version, label, subject_type, subject_id, case_id, case_label, unit_id, officer_ids, rule_code, basis, started_at,
				       due_at, due_at_text,
				       greatest(started_at, due_at - CASE WHEN due_at - started_at <= INTERVAL '7 days' THEN INTERVAL '1 day' ELSE INTERVAL '7 days' END),
				       'NORMAL', now()
				FROM statutory_clock WHERE steps = '【生成数据】'
				ON CONFLICT DO NOTHING""").update();
		return clocks + tasks;
	}

	/** The timeline: opened, each measure started and ended, closed. */
	int timeline(long from, long to) {
		return jdbc.sql("""
				WITH c AS (SELECT lc.* FROM generate_series(CAST(:from AS bigint), CAST(:to AS bigint)) g
				           JOIN legal_case lc ON lc.id = md5('zhifa-case-' || g)::uuid)
				INSERT INTO case_event (id, case_id, at, recorded_at, actor_username, actor_name, kind, summary)
				SELECT gen_random_uuid(), id, filed_at, filed_at, 'dataset', '生成数据', 'case.opened', '【生成数据】立案登记 ' || number FROM c
				UNION ALL
				SELECT gen_random_uuid(), m.case_id, m.started_at, m.started_at, 'dataset', '生成数据', 'measure.started',
				       '【生成数据】采取强制措施' FROM coercive_measure m JOIN c ON c.id = m.case_id
				UNION ALL
				SELECT gen_random_uuid(), m.case_id, m.ended_at, m.ended_at, 'dataset', '生成数据', 'measure.ended', m.end_reason
				FROM coercive_measure m JOIN c ON c.id = m.case_id WHERE m.ended_at IS NOT NULL
				UNION ALL
				SELECT gen_random_uuid(), id, closed_at, closed_at, 'dataset', '生成数据', 'case.closed', '【生成数据】结案' FROM c WHERE closed_at IS NOT NULL""")
			.param("from", from).param("to", to).update();
	}

	/** Number counters at the highest generated sequence, so the next real case continues after it; supervision's view of open cases. */
	int finish() {
		int counters = jdbc.sql("""
				INSERT INTO case_number_counter (unit_id, kind, year, last_value)
				SELECT unit_id, kind, substr(number, 14, 4)::int, max(substr(number, 18)::int)
				FROM legal_case WHERE summary LIKE '【生成数据】%' GROUP BY unit_id, kind, substr(number, 14, 4)
				ON CONFLICT (unit_id, kind, year) DO UPDATE SET last_value = greatest(case_number_counter.last_value, EXCLUDED.last_value)""")
			.update();
		int supervised = jdbc.sql("""
				INSERT INTO supervised_case (case_id, case_label, unit_id, officer_ids, last_activity_at, last_activity)
				SELECT lc.id, CASE WHEN lc.kind = 'CRIMINAL' THEN '刑事案件 ' ELSE '行政案件 ' END || lc.number, lc.unit_id, lc.officer_ids,
				       greatest(lc.filed_at, (SELECT max(coalesce(m.ended_at, m.started_at)) FROM coercive_measure m WHERE m.case_id = lc.id)),
				       '【生成数据】最近进展'
				FROM legal_case lc WHERE lc.status = 'OPEN' AND lc.summary LIKE '【生成数据】%'
				ON CONFLICT DO NOTHING""").update();
		jdbc.sql("DROP TABLE IF EXISTS dataset_station").update();
		jdbc.sql("DROP FUNCTION IF EXISTS dataset_citizen_id(text, date, int)").update();
		return counters + supervised;
	}

	/** Runs a per-range step over 1..count in ranges of {@code batch}, summing the rows. */
	static long inBatches(long count, long batch, LongUnaryOperator step) {
		long rows = 0;
		for (long from = 1; from <= count; from += batch) {
			rows += step.applyAsLong(from);
		}
		return rows;
	}
}
