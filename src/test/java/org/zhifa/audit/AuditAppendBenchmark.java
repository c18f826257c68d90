package org.zhifa.audit;

import java.io.IOException;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.TestActors;
import org.zhifa.audit.internal.AuditChainSealer;
import org.zhifa.audit.internal.AuditEntries;
import org.zhifa.audit.internal.AuditSettings;
import org.zhifa.audit.internal.ChainWalk;
import org.zhifa.audit.internal.DatabaseAuditChain;
import org.zhifa.audit.internal.DatabaseAuditTrail;
import org.zhifa.shared.DataScope;

/**
 * Sustained audit appends per second from 8 concurrent writers, each appending one entry in its own
 * transaction through the real code path ({@link DatabaseAuditTrail} over JdbcClient and Hikari), while the
 * real sealer runs beside them (woken after each commit and every 200 ms) — so the number includes keeping
 * the chain sealed. After each iteration it prints how many entries were still unsealed; after the run it
 * seals the rest and verifies the whole chain, failing the run if the chain does not verify.
 * <p>
 * Sustained means the sealer keeps up: with 8 closed-loop writers saturating both cores, appending alone
 * outruns sealing (a seal is a non-HOT update that touches every index, about the cost of the insert), and an
 * ever-growing backlog would make the number meaningless. So a writer that finds more than
 * {@value #BACKLOG_LIMIT} entries unsealed waits for the sealer; the time spent waiting is part of the
 * measured rate and is printed after each iteration.
 * <p>
 * {@code synchronousCommit}: {@code off} is zonky's default for embedded PostgreSQL (a commit does not wait
 * for the WAL flush); {@code on} is the durable production setting, bounded by the disk's flush rate.
 * <p>
 * Run: {@code ./mvnw -B -q -Dskip.web=true test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * -Dmdep.includeScope=test && java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.openjdk.jmh.Main AuditAppendBenchmark -f 1 -wi 2 -i 5}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(8)
@Fork(1)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
@State(Scope.Benchmark)
public class AuditAppendBenchmark {

	/** How far writers may run ahead of the sealer: five seal batches. */
	static final long BACKLOG_LIMIT = 10_000;

	/** Each writer looks at the backlog every this many appends. */
	static final long BACKLOG_CHECK_EVERY = 200;

	@Param({ "off", "on" })
	public String synchronousCommit;

	private EmbeddedPostgres postgres;
	private HikariDataSource dataSource;
	private JdbcClient jdbc;
	private AuditChainSealer sealer;
	private DatabaseAuditTrail trail;
	private DatabaseAuditChain chain;
	private TransactionTemplate transactions;
	private ScheduledExecutorService schedule;
	private final LongAdder nanosWaitedForSealer = new LongAdder();
	private long iterationStarted;
	private int writers;

	@Setup(Level.Trial)
	public void startDatabaseAndSealer() throws IOException {
		postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", synchronousCommit).start();
		dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(12);
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/audit").load().migrate();

		var jdbcTemplate = new JdbcTemplate(dataSource);
		jdbc = JdbcClient.create(jdbcTemplate);
		var entries = new AuditEntries(jdbc);
		var transactionManager = new JdbcTransactionManager(dataSource);
		var settings = AuditSettings.defaults();
		sealer = new AuditChainSealer(entries, transactionManager, settings);
		trail = new DatabaseAuditTrail(entries, sealer, Clock.systemUTC(), transactionManager);
		chain = new DatabaseAuditChain(entries, sealer, Clock.systemUTC(), settings);
		transactions = new TransactionTemplate(transactionManager);
		// what @Scheduled does in the application
		schedule = Executors.newSingleThreadScheduledExecutor();
		schedule.scheduleWithFixedDelay(sealer::sealOnSchedule, 200, settings.sealInterval().toMillis(), TimeUnit.MILLISECONDS);
	}

	/** One signed-in officer per writer thread, editing one case. */
	@State(Scope.Thread)
	public static class Writer {

		final String caseId = UUID.randomUUID().toString();
		long edits;

		@Setup(Level.Trial)
		public void signIn() {
			var officer = TestActors.actor("officer-" + Thread.currentThread().threadId(), UUID.randomUUID(), UUID.randomUUID(),
					DataScope.UNIT, "case:manage");
			SecurityContextHolder.getContext().setAuthentication(TestActors.auth(officer));
		}
	}

	@Benchmark
	public void appendInOwnTransaction(Writer writer) throws InterruptedException {
		long edit = ++writer.edits;
		if (edit % BACKLOG_CHECK_EVERY == 0) {
			waitWhileSealerIsBehind();
		}
		transactions.executeWithoutResult(status -> trail.record(AuditRecord.of("case.updated", "case", writer.caseId,
				"第 " + edit + " 次修改：强制措施 传唤 → 刑事拘留，承办人 张三 → 李四")));
	}

	private void waitWhileSealerIsBehind() throws InterruptedException {
		long started = System.nanoTime();
		while (unsealed() > BACKLOG_LIMIT) {
			Thread.sleep(5);
		}
		nanosWaitedForSealer.add(System.nanoTime() - started);
	}

	private long unsealed() {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE sequence IS NULL").query(Long.class).single();
	}

	@Setup(Level.Iteration)
	public void startIteration(BenchmarkParams params) {
		writers = params.getThreads();
		nanosWaitedForSealer.reset();
		iterationStarted = System.nanoTime();
	}

	@TearDown(Level.Iteration)
	public void reportSealingLag() {
		long[] counts = jdbc.sql("SELECT count(*) FILTER (WHERE sequence IS NULL) AS unsealed, count(*) AS total FROM audit_entry")
			.query((rs, n) -> new long[] { rs.getLong("unsealed"), rs.getLong("total") }).single();
		double waited = 100.0 * nanosWaitedForSealer.sum() / ((double) writers * (System.nanoTime() - iterationStarted));
		System.out.printf("%n  [audit] appended so far: %d, unsealed at the end of this iteration: %d, "
				+ "writers' time spent waiting for the sealer: %.0f%%%n", counts[1], counts[0], waited);
	}

	@TearDown(Level.Trial)
	public void verifyChainAndStop() throws Exception {
		schedule.shutdown();
		schedule.awaitTermination(10, TimeUnit.SECONDS);
		int sealedAtEnd = chain.sealPending();
		long started = System.nanoTime();
		ChainWalk walk = chain.walk();
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		System.out.printf("%n  [audit] sealed after the run: %d; verification of %d entries took %d ms: %s%n", sealedAtEnd,
				walk.intact(), millis, walk.report());
		sealer.shutdown();
		dataSource.close();
		postgres.close();
		if (!walk.valid()) {
			throw new IllegalStateException("audit chain does not verify after the benchmark: " + walk.report());
		}
	}
}
