package org.zhifa.workbench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.ZhifaApplication;
import org.zhifa.calendar.StatutoryClock;
import org.zhifa.calendar.StatutoryClocks;

/**
 * The warning scan at province size: 1,000,000 running statutory clocks (3-day 提请逮捕 limits of 1,350 stations'
 * officers, due times spread evenly over ±90 days around the start of the run) with their workbench tasks, filled
 * once, set-based, into an embedded PostgreSQL behind the real application context. The announced levels are set as
 * the scan would have left them at the start, so each measured scan does what the scheduled one does in production:
 * <ul>
 * <li>{@code scanEveryMinute} — {@link DeadlineWatch#scan} one minute later than the previous call: finds, announces
 * (event + audit entry each) and records the handful of tasks that crossed their warning or due time in that minute;</li>
 * <li>{@code scanAfterAnHourDown} — the same, one hour later each call: the catch-up after an outage;</li>
 * <li>{@code dueInTheNextHour} — {@link DeadlineWatch#dueBetween}: every open task of every unit due in the next hour;</li>
 * <li>{@code calendarRunningDueBetween} — the calendar's {@link StatutoryClocks#runningDueBetween}(now, now + 1h, 1,000):
 * the running clocks due in the next hour, found on the partial due-time index (before it had a lower bound it returned
 * every overdue clock as well, half the table).</li>
 * </ul>
 * Run: {@code ./zhifa benchmark WorkbenchScanBenchmark} (add {@code -f 1 -wi 1 -i 5} to shorten it).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx6g" })
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
@State(Scope.Benchmark)
public class WorkbenchScanBenchmark {

	static final int CLOCKS = 1_000_000;
	static final int STATIONS = 1_350;
	static final long SPREAD_SECONDS = Duration.ofDays(90).toSeconds();

	private ConfigurableApplicationContext context;
	private DeadlineWatch watch;
	private StatutoryClocks clocks;
	private Instant start;
	private Instant minuteScan;
	private Instant hourScan;

	@Setup(Level.Trial)
	public void fill() {
		// command-line arguments, so they win over application.yml: the scheduled scan must not run beside the measured one
		context = new SpringApplicationBuilder(ZhifaApplication.class).profiles("test")
			.run("--zhifa.demo.enabled=false", "--server.port=0", "--zhifa.workbench.scan-interval=24h",
					"--zhifa.database.embedded.pool-size=4", "--logging.level.org.zhifa=WARN");
		watch = context.getBean(DeadlineWatch.class);
		clocks = context.getBean(StatutoryClocks.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		start = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		minuteScan = start;
		hourScan = start;
		long began = System.nanoTime();
		// station s has officer s; clock i is due at start − 90 days + i × (180 days / N)
		jdbc.sql("""
				INSERT INTO statutory_clock (id, label, subject_type, subject_id, case_id, case_label, unit_id, officer_ids, started_at,
				  in_custody, rule_code, rule_version, due_at, due_at_text, basis, steps, state)
				SELECT md5('clock' || i)::uuid, '提请批准逮捕（嫌疑人' || i || '）', 'coercive-measure', md5('measure' || i)::uuid,
				  md5('case' || i)::uuid, '刑事 ' || i || ' 号案', md5('station' || (i % :stations))::uuid,
				  ARRAY[md5('officer' || (i % :stations))::uuid], d - interval '3 days', true, 'criminal.detention.arrest-request', 1,
				  d, to_char(d AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI'),
				  '自拘留之日起三日内提请批准逮捕，依据《中华人民共和国刑事诉讼法》第九十一条', '', 'RUNNING'
				FROM (SELECT i, CAST(:start AS timestamptz) + make_interval(secs => -:spread + i * (2.0 * :spread / :n)) AS d
				      FROM generate_series(0, :n - 1) AS i) AS g""")
			.param("stations", STATIONS).param("start", Tasks.utc(start)).param("spread", SPREAD_SECONDS).param("n", CLOCKS).update();
		jdbc.sql("""
				INSERT INTO workbench_task (clock_id, clock_version, label, subject_type, subject_id, case_id, case_label, unit_id,
				  assignee_ids, rule_code, basis, started_at, due_at, due_at_text, warn_at, level_reached, updated_at)
				SELECT id, version, label, subject_type, subject_id, case_id, case_label, unit_id, officer_ids, rule_code, basis,
				  started_at, due_at, due_at_text, due_at - interval '1 day',
				  CASE WHEN due_at < :start THEN 'OVERDUE' WHEN due_at - interval '1 day' <= :start THEN 'DUE_SOON' ELSE 'NORMAL' END,
				  :start
				FROM statutory_clock WHERE state = 'RUNNING'""").param("start", Tasks.utc(start)).update();
		jdbc.sql("ANALYZE statutory_clock").update();
		jdbc.sql("ANALYZE workbench_task").update();
		System.out.printf("%n%,d running clocks and tasks filled in %.1f s%n", CLOCKS, (System.nanoTime() - began) / 1e9);
	}

	@TearDown(Level.Trial)
	public void stop() {
		context.close();
	}

	@Benchmark
	public ScanResult scanEveryMinute() {
		minuteScan = minuteScan.plus(Duration.ofMinutes(1));
		return watch.scan(minuteScan);
	}

	@Benchmark
	public ScanResult scanAfterAnHourDown() {
		hourScan = hourScan.plus(Duration.ofHours(1));
		return watch.scan(hourScan);
	}

	@Benchmark
	public List<Task> dueInTheNextHour() {
		return watch.dueBetween(start, start.plus(Duration.ofHours(1)));
	}

	@Benchmark
	public List<StatutoryClock> calendarRunningDueBetween() {
		return clocks.runningDueBetween(start, start.plus(Duration.ofHours(1)), 1_000);
	}
}
