package org.zhifa.custody;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.ZhifaApplication;
import org.zhifa.shared.SqlArrays;

/**
 * Fills the custody tables set-based (INSERT … SELECT generate_series) for the benchmarks: centres with people inside
 * now — each in a room of their own except every 25th, who shares the room before (over capacity, and sometimes with a
 * co-suspect: three suspects a case), an open watch for all but every 20th, a questioning session running for every 7th,
 * an ended unrecorded one for every 11th, arrivals spread over the last 13 hours so some 12-hour 传唤 clocks have run out
 * and some are about to — with their running statutory clocks; and a history of people who have left, with cleared alarms.
 */
final class CustodyVolume {

	private CustodyVolume() {
	}

	/** The application on an embedded database of its own, without the sweeps that would run beside the measured calls. */
	static ConfigurableApplicationContext start(boolean demo) {
		return new SpringApplicationBuilder(ZhifaApplication.class).profiles("test")
			.run("--zhifa.demo.enabled=" + demo, "--server.port=0", "--zhifa.custody.sweep-interval=24h", "--zhifa.workbench.scan-interval=24h",
					"--logging.level.org.zhifa=WARN");
	}

	static UUID center(int c) {
		return UUID.nameUUIDFromBytes(("bench-center" + c).getBytes());
	}

	/** Fills {@code people} inside for the centre {@code centerId} (its rooms named with {@code tag}). */
	static void inside(JdbcClient jdbc, UUID centerId, String tag, int people, Instant now) {
		var at = now.atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO custody_room (id, center_id, name, kind, capacity, active, version)
				SELECT md5(:tag || 'room' || k)::uuid, :center, '基准' || :tag || '-' || k || '室',
				  (ARRAY['INTERROGATION', 'INQUIRY', 'WAITING', 'SOBERING'])[k % 4 + 1], (ARRAY[1, 1, 3, 2])[k % 4 + 1], true, 0
				FROM generate_series(0, :people - 1) AS k""")
			.param("tag", tag).param("center", centerId).param("people", people).update();
		jdbc.sql("""
				INSERT INTO custody_visit (id, number, center_id, unit_id, case_id, case_label, case_kind, party_id, suspect, person_name,
				  citizen_id, reason, arrived_at, escort_ids, admitted_by, clock_id, due_at, room_id, checked_at, belongings_at, locker,
				  collected_at, collected_items, version)
				SELECT md5(:tag || 'visit' || p)::uuid, 'BM' || :tag || '-' || p, :center, md5('station' || (p % 30))::uuid,
				  md5(:tag || 'case' || (p / 3))::uuid, '刑事 ' || :tag || '-' || (p / 3) || ' 号案', 'CRIMINAL', NULL, true, '基准某' || p,
				  NULL, 'SUMMONS', a, ARRAY[md5('officer' || p)::uuid, md5('officer2' || p)::uuid], md5('officer' || p)::uuid,
				  md5(:tag || 'clock' || p)::uuid, a + interval '12 hours',
				  md5(:tag || 'room' || (CASE WHEN p % 25 = 0 AND p > 0 THEN p - 1 ELSE p END))::uuid,
				  a + interval '10 minutes', a + interval '15 minutes', 'G' || p, a + interval '20 minutes', '{PHOTO,FINGERPRINTS}', 3
				FROM (SELECT p, CAST(:now AS timestamptz) - make_interval(mins => (p * 37) % 780 + 1) AS a
				      FROM generate_series(0, :people - 1) AS p) AS g""")
			.param("tag", tag).param("center", centerId).param("people", people).param("now", at).update();
		jdbc.sql("""
				INSERT INTO statutory_clock (id, label, subject_type, subject_id, case_id, case_label, unit_id, officer_ids, started_at,
				  in_custody, rule_code, rule_version, due_at, due_at_text, basis, steps, state)
				SELECT v.clock_id, '传唤时限（' || v.person_name || '）', 'custody-visit', v.id, v.case_id, v.case_label, v.unit_id, v.escort_ids,
				  v.arrived_at, false, 'criminal.summons.duration', 1, v.due_at, to_char(v.due_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI'),
				  '传唤持续的时间不得超过十二小时', '', 'RUNNING'
				FROM custody_visit v WHERE v.number LIKE 'BM' || :tag || '-%'""").param("tag", tag).update();
		jdbc.sql("""
				INSERT INTO custody_watch (visit_id, seq, watcher_id, watcher_name, from_at)
				SELECT v.id, 1, md5('watcher' || (g.p % 10))::uuid, '看管员' || (g.p % 10), v.arrived_at + interval '5 minutes'
				FROM generate_series(0, :people - 1) AS g(p) JOIN custody_visit v ON v.id = md5(:tag || 'visit' || g.p)::uuid
				WHERE g.p % 20 <> 0""").param("tag", tag).param("people", people).update();
		jdbc.sql("""
				INSERT INTO custody_questioning (id, visit_id, kind, room_id, officer_ids, full_recording, started_at, ended_at, recording_file,
				  recording_from, recording_to)
				SELECT md5(:tag || 'q' || g.p)::uuid, v.id, 'INTERROGATION', v.room_id, v.escort_ids, true, v.arrived_at + interval '30 minutes',
				  CASE WHEN g.p % 7 = 0 THEN NULL ELSE v.arrived_at + interval '50 minutes' END, NULL, NULL, NULL
				FROM generate_series(0, :people - 1) AS g(p) JOIN custody_visit v ON v.id = md5(:tag || 'visit' || g.p)::uuid
				WHERE g.p % 7 = 0 OR g.p % 11 = 0""").param("tag", tag).param("people", people).update();
	}

	/** Fills {@code visits} people who have left the province's centres over the last three years, each with a recorded questioning session, one alarm cleared for every fifth. */
	static void history(JdbcClient jdbc, List<UUID> centers, int visits, Instant now) {
		jdbc.sql("""
				INSERT INTO custody_visit (id, number, center_id, unit_id, case_id, case_label, case_kind, party_id, suspect, person_name,
				  citizen_id, reason, arrived_at, escort_ids, admitted_by, clock_id, due_at, room_id, checked_at, belongings_at, locker,
				  collected_at, collected_items, exited_at, outcome, version)
				SELECT md5('hvisit' || i)::uuid, 'BH' || i, c.id, md5('station' || (i % 1350))::uuid, md5('hcase' || (i / 2))::uuid,
				  '刑事 H' || (i / 2) || ' 号案', 'CRIMINAL', NULL, true, '历史某' || i, NULL, 'SUMMONS', a,
				  ARRAY[md5('officer' || i)::uuid, md5('officer2' || i)::uuid], md5('officer' || i)::uuid, NULL, a + interval '12 hours', NULL,
				  a + interval '10 minutes', a + interval '15 minutes', NULL, a + interval '20 minutes', '{PHOTO}', a + interval '6 hours',
				  'RELEASED', 9
				FROM (SELECT i, CAST(:now AS timestamptz) - interval '1 day' - make_interval(secs => (i::float8 / :n) * 3 * 365 * 86400) AS a
				      FROM generate_series(0, :n - 1) AS i) AS g
				JOIN (SELECT row_number() OVER () - 1 AS k, id FROM unnest(CAST(:centers AS uuid[])) AS id) AS c ON c.k = g.i % :centerCount""")
			.param("n", visits).param("now", now.atOffset(ZoneOffset.UTC)).param("centers", SqlArrays.uuids(centers))
			.param("centerCount", centers.size()).update();
		jdbc.sql("""
				INSERT INTO custody_questioning (id, visit_id, kind, room_id, officer_ids, full_recording, started_at, ended_at, recording_file,
				  recording_from, recording_to)
				SELECT md5('hq' || v.id)::uuid, v.id, 'INTERROGATION', r.id, v.escort_ids, true, v.arrived_at + interval '1 hour',
				  v.arrived_at + interval '2 hours', 'REC-' || v.number, v.arrived_at + interval '1 hour', v.arrived_at + interval '2 hours'
				FROM custody_visit v JOIN LATERAL (SELECT id FROM custody_room WHERE center_id = v.center_id LIMIT 1) r ON true
				WHERE v.number LIKE 'BH%'""").update();
		jdbc.sql("""
				INSERT INTO custody_alarm (id, kind, subject_id, visit_id, room_id, center_id, unit_id, detail, raised_at, cleared_at, version)
				SELECT gen_random_uuid(), 'NO_WATCHER', v.id, v.id, NULL, v.center_id, v.unit_id, v.person_name || ' 无人看管',
				  v.arrived_at + interval '1 hour', v.arrived_at + interval '70 minutes', 1
				FROM custody_visit v WHERE v.number LIKE 'BH%' AND substr(v.number, 3)::int % 5 = 0""").update();
	}

	/** The ids of {@code n} made-up centres of the province. */
	static List<UUID> centers(int n) {
		return IntStream.range(0, n).mapToObj(CustodyVolume::center).toList();
	}

	static void analyze(JdbcClient jdbc) {
		for (String table : new String[] { "custody_room", "custody_visit", "custody_watch", "custody_questioning", "custody_alarm",
				"statutory_clock" }) {
			jdbc.sql("VACUUM ANALYZE " + table).update();
		}
	}
}
