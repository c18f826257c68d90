package org.zhifa.custody;

import java.time.Duration;
import java.time.Instant;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Alarm evaluation at province size: 10,000 people inside at once in 100 centres of 100 ({@link CustodyVolume#inside}),
 * beside 500,000 people who have left (100,000 cleared alarms), filled set-based; the first evaluation at setup raises
 * the open alarms, as the sweep would have. Each measured call is what {@code AlarmSweep} runs:
 * <ul>
 * <li>{@code sweepEveryMinute} — {@link CustodyAlarms#evaluateAt}(all centres) one minute later than the previous call:
 * clears what is resolved and raises what holds (clocks crossing their warning or due time in that minute);</li>
 * <li>{@code oneCentre} — the same for one centre, as every write to a visit evaluates its centre.</li>
 * </ul>
 * Target (issue 5): the evaluation of 10,000 concurrent visits under 1 s.
 * <p>
 * Run: {@code ./zhifa benchmark CustodyAlarmBenchmark} (add {@code -f 1 -wi 1 -i 3} to shorten it).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx4g" })
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@State(Scope.Benchmark)
public class CustodyAlarmBenchmark {

	static final int CENTERS = 100;
	static final int PER_CENTER = 100;
	static final int HISTORY = 500_000;

	private CustodyProvince province;
	private CustodyAlarms alarms;
	private Instant sweep;
	private Instant centreSweep;

	@Setup(Level.Trial)
	public void fill() {
		province = CustodyProvince.start(false);
		alarms = province.bean(CustodyAlarms.class);
		JdbcClient jdbc = province.jdbc;
		Instant now = province.now;
		province.history(province.inside(CENTERS, PER_CENTER), HISTORY);
		double filled = province.seconds();
		CustodyAlarms.Evaluation first = alarms.evaluateAt(null, now);
		long open = jdbc.sql("SELECT count(*) FROM custody_alarm WHERE cleared_at IS NULL").query(Long.class).single();
		System.out.printf("%n%,d inside, %,d history filled in %.1f s; first evaluation %.0f ms raised %d (%d open)%n", CENTERS * PER_CENTER,
				HISTORY, filled, (province.seconds() - filled) * 1e3, first.raised(), open);
		jdbc.sql("ANALYZE custody_alarm").update();
		if (Boolean.getBoolean("explain")) { // -jvmArgsAppend -Dexplain=true: the plans of one sweep a minute on
			explain(jdbc, "CLEAR", AlarmRecords.CLEAR, now.plus(Duration.ofMinutes(1)));
			explain(jdbc, "RAISE", AlarmRecords.RAISE, now.plus(Duration.ofMinutes(1)));
		}
		sweep = now;
		centreSweep = now;
	}

	static void explain(JdbcClient jdbc, String name, String sql, Instant at) {
		String statement = "EXPLAIN (ANALYZE, BUFFERS) " + sql;
		List<String> plan = AlarmRecords.bind(jdbc.sql(statement), null, at, at.plus(Duration.ofHours(1)), at.minus(CustodyAlarms.EVENT_WINDOW))
			.query(String.class).list();
		System.out.println("\n---- " + name + "\n" + String.join("\n", plan));
	}

	@TearDown(Level.Trial)
	public void stop() {
		province.close();
	}

	@Benchmark
	public CustodyAlarms.Evaluation sweepEveryMinute() {
		sweep = sweep.plus(Duration.ofMinutes(1));
		return alarms.evaluateAt(null, sweep);
	}

	@Benchmark
	public CustodyAlarms.Evaluation oneCentre() {
		centreSweep = centreSweep.plusSeconds(1);
		return alarms.evaluateAt(CustodyVolume.center(7), centreSweep);
	}
}
