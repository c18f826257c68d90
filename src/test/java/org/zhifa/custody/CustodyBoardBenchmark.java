package org.zhifa.custody;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

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
import org.zhifa.DemoActors;
import org.zhifa.TestActors;
import org.zhifa.shared.Actor;

/**
 * The centre's live board with 200 people inside: the demo bureau's 执法办案管理中心 gets 200 rooms and 200 people
 * ({@link CustodyVolume#inside}: rooms occupied, watches, running 传唤 clocks, questioning under way, some over-capacity
 * rooms, co-suspects together, people without a watcher, clocks run out), beside a province of 99 other centres with 100
 * people each and 300,000 people who have left (60,000 cleared alarms), all filled set-based; one evaluation raises the
 * open alarms. {@code board} is {@link CustodyQueries#board} as the 办案中心管理员 — the call {@code GET
 * /api/custody/centers/{id}/board} makes. Target (issue 5): under 100 ms.
 * <p>
 * Run: {@code ./zhifa benchmark CustodyBoardBenchmark} (add {@code -f 1 -wi 1 -i 3} to shorten it).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx4g" })
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@State(Scope.Benchmark)
public class CustodyBoardBenchmark {

	static final int PEOPLE = 200;
	static final int OTHER_CENTERS = 99;
	static final int OTHERS_INSIDE = 100;
	static final int HISTORY = 300_000;

	private CustodyProvince province;
	private CustodyQueries queries;
	private Actor staff;
	private UUID center;

	@Setup(Level.Trial)
	public void fill() {
		province = CustodyProvince.start(true);
		queries = province.bean(CustodyQueries.class);
		JdbcClient jdbc = province.jdbc;
		staff = DemoActors.account(jdbc, "custody");
		center = jdbc.sql("SELECT id FROM unit WHERE name = '执法办案管理中心'").query(UUID.class).single();
		CustodyVolume.inside(jdbc, center, "board", PEOPLE, province.now);
		List<UUID> centers = new ArrayList<>(province.inside(OTHER_CENTERS, OTHERS_INSIDE));
		centers.add(center);
		province.history(centers, HISTORY);
		CustodyAlarms.Evaluation e = province.bean(CustodyAlarms.class).evaluate(null);
		jdbc.sql("ANALYZE custody_alarm").update();
		Board board = as(staff, () -> queries.board(center));
		System.out.printf("%n%d inside the centre (%d alarms open), %,d in the province, %,d history; filled in %.1f s (evaluation raised %d)%n",
				board.people().size(), board.openAlarms().size(), PEOPLE + OTHER_CENTERS * OTHERS_INSIDE, HISTORY, province.seconds(), e.raised());
		if (board.people().size() < PEOPLE) {
			throw new IllegalStateException("the board shows " + board.people().size() + " people, expected " + PEOPLE);
		}
	}

	@TearDown(Level.Trial)
	public void stop() {
		province.close();
	}

	@Benchmark
	public Board board() {
		return as(staff, () -> queries.board(center));
	}

	static <T> T as(Actor actor, Supplier<T> work) {
		Object[] result = new Object[1];
		TestActors.runAs(actor, () -> result[0] = work.get());
		@SuppressWarnings("unchecked")
		T typed = (T) result[0];
		return typed;
	}
}
