package org.zhifa.cases;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.shared.DataScope;
import org.zhifa.shared.PageRequest;
import org.zhifa.shared.Visibility;

/**
 * The case list query at 1,000,000 cases (1,000 units, three years): a station officer's list (scope 本单位) filtered by
 * status and a filing period, first page and a deep page, and a branch head's list (scope 本单位及下级, 10 units).
 * Runs {@link Cases#search} — the SQL the API runs, with the capped count — against an embedded PostgreSQL whose data
 * directory ({@code target/case-list-benchmark-pg}) is kept, so the million rows ({@link CaseVolume}) are loaded once.
 * Each call picks a random unit, so caches do not flatter one unit. JMH SampleTime reports p50/p95/p99.
 * <p>
 * Run: {@code ./zhifa benchmark CaseListBenchmark}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@State(Scope.Benchmark)
public class CaseListBenchmark {

	static final int CASES = 1_000_000;
	static final int UNITS = 1_000;
	static final Instant FROM = Instant.parse("2024-12-31T16:00:00Z");
	static final Instant TO = Instant.parse("2025-12-31T16:00:00Z");

	private EmbeddedPostgres postgres;
	private HikariDataSource dataSource;
	private Cases cases;

	@Setup(Level.Trial)
	public void loadOnce() throws IOException {
		postgres = EmbeddedPostgres.builder().setDataDirectory(Path.of("target", "case-list-benchmark-pg"))
			.setCleanDataDirectory(false).start();
		dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(4);
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		JdbcClient jdbc = JdbcClient.create(new JdbcTemplate(dataSource));
		long present = jdbc.sql("SELECT count(*) FROM legal_case").query(Long.class).single();
		if (present < CASES) {
			long started = System.nanoTime();
			CaseVolume.load(jdbc, CASES, UNITS);
			jdbc.sql("VACUUM ANALYZE legal_case").update();
			System.out.printf("%nloaded %,d cases in %.1f s%n", CASES, (System.nanoTime() - started) / 1e9);
		}
		cases = new Cases(jdbc);
	}

	@TearDown(Level.Trial)
	public void stop() throws IOException {
		dataSource.close();
		postgres.close();
	}

	private static Visibility station() {
		return new Visibility(DataScope.UNIT, Set.of(CaseVolume.unitId(ThreadLocalRandom.current().nextInt(UNITS))), null, null);
	}

	private static Visibility branch() {
		int first = ThreadLocalRandom.current().nextInt(UNITS / 10) * 10;
		Set<UUID> units = IntStream.range(first, first + 10).mapToObj(CaseVolume::unitId).collect(Collectors.toSet());
		return new Visibility(DataScope.UNIT_AND_BELOW, units, null, null);
	}

	/** Open cases of one station filed in 2025, newest first, page 1 of 20. */
	@Benchmark
	public CaseList stationOpenCasesFirstPage() {
		return cases.search(new CaseSearch(null, CaseStatus.OPEN, null, null, null, FROM, TO, null), station(), new PageRequest(0, 20));
	}

	/** Closed cases of one station over all three years, page 31 of 20 (rows 600–619 of about 800). */
	@Benchmark
	public CaseList stationClosedCasesDeepPage() {
		return cases.search(new CaseSearch(null, CaseStatus.CLOSED, null, null, null, null, null, null), station(), new PageRequest(30, 20));
	}

	/** Open cases of a branch (10 stations) filed in 2025, page 1 of 20 with the total. */
	@Benchmark
	public CaseList branchOpenCasesFirstPage() {
		return cases.search(new CaseSearch(null, CaseStatus.OPEN, null, null, null, FROM, TO, null), branch(), new PageRequest(0, 20));
	}
}
