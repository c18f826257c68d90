package org.zhifa.property;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.DemoActors;
import org.zhifa.TestActors;
import org.zhifa.ZhifaApplication;
import org.zhifa.cases.Case;
import org.zhifa.cases.CaseFixtures;
import org.zhifa.cases.CaseManagement;
import org.zhifa.shared.Actor;

/**
 * The custody chain at speed (issue 6): {@code append} — one event appended to an item's chain in its own transaction
 * (lock the item row, hash, insert, move the head), as every act does, over 64 items in turn (target ≥ 1,000 events/s);
 * {@code verify10000} — re-walking an item's chain of 10,000 events: read them all and recompute every SM3 link
 * (target < 1 s); {@code appendFourAtOnce} — the append by four threads at once.
 * <p>
 * The database runs as in production — {@code fsync} on, in a temporary data directory — not as in the tests (which turn
 * {@code fsync} off): each commit waits for its WAL flush, so one thread appending one event per transaction runs at the
 * disk's flush rate, and concurrent appends share flushes (PostgreSQL's group commit).
 * <p>
 * Run: {@code ./zhifa benchmark PropertyChainBenchmark} (add {@code -f 1 -wi 1 -i 3} to shorten it).
 */
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g" })
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 10)
@State(Scope.Benchmark)
public class PropertyChainBenchmark {

	static final int ITEMS = 64;
	static final int LONG_CHAIN = 10_000;

	private ConfigurableApplicationContext context;
	private CustodyChain chain;
	private PropertyItems items;
	private Actor custodian;
	private final List<UUID> ids = new ArrayList<>();
	private UUID longChain;
	private int next;
	private final java.util.concurrent.atomic.AtomicInteger shared = new java.util.concurrent.atomic.AtomicInteger();

	private java.nio.file.Path dataDirectory;

	@Setup(Level.Trial)
	public void fill() throws java.io.IOException {
		dataDirectory = java.nio.file.Files.createTempDirectory("zhifa-chain-bench-pg");
		context = new SpringApplicationBuilder(ZhifaApplication.class).profiles("test")
			.run("--zhifa.demo.enabled=true", "--server.port=0", "--zhifa.database.embedded.ephemeral=false",
					"--zhifa.database.embedded.data-directory=" + dataDirectory, "--zhifa.custody.sweep-interval=24h", "--zhifa.workbench.scan-interval=24h",
					"--logging.level.org.zhifa=WARN");
		chain = context.getBean(CustodyChain.class);
		items = context.getBean(PropertyItems.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		custodian = DemoActors.account(jdbc, "custodian");
		Actor officer = DemoActors.account(jdbc, "officer");
		Case c = new CaseFixtures(context.getBean(CaseManagement.class), jdbc).criminal("城关派出所", 1);
		Registration registration = context.getBean(Registration.class);
		for (int i = 0; i <= ITEMS; i++) {
			int n = i;
			ids.add(TestActors.callAs(officer, () -> registration.register(new NewPropertyItem(c.id(), Measure.SEIZURE, Category.ELECTRONIC, "基准手机" + n,
					BigDecimal.ONE, "部", null, List.of(), "基准持有人", null, "基准扣字〔2026〕1号", null, Instant.now().minusSeconds(600),
					c.officerIds()))).id());
		}
		longChain = ids.removeLast();
		long began = System.nanoTime();
		TransactionTemplate tx = context.getBean(TransactionTemplate.class);
		for (int batch = 0; batch < LONG_CHAIN - 1; batch += 100) {
			int from = batch;
			TestActors.callAs(custodian, () -> tx.execute(s -> {
				for (int k = from; k < Math.min(from + 100, LONG_CHAIN - 1); k++) {
					chain.append(longChain, "inventory-seen", Instant.now(), "中心库 Z-01（货架）", null, details(k));
				}
				return null;
			}));
		}
		System.out.printf("%nchain of %,d events built in %.1f s%n", items.find(longChain).orElseThrow().chainLength(), (System.nanoTime() - began) / 1e9);
	}

	@TearDown(Level.Trial)
	public void stop() throws java.io.IOException {
		context.close();
		try (var files = java.nio.file.Files.walk(dataDirectory)) {
			for (var p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				java.nio.file.Files.deleteIfExists(p);
			}
		}
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public ChainEvent append() {
		UUID id = ids.get(next++ % ITEMS);
		return TestActors.callAs(custodian, () -> chain.append(id, "inventory-seen", Instant.now(), "中心库 Z-01（货架）", null, details(next)));
	}

	/**
	 * The same append with four custodians at once, each on items of its own turn (a store's desk and the officers' loans
	 * happen together): commits share the WAL flush instead of one flush per event.
	 */
	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	@Threads(4)
	public ChainEvent appendFourAtOnce() {
		int n = shared.getAndIncrement();
		UUID id = ids.get(n % ITEMS);
		return TestActors.callAs(custodian, () -> chain.append(id, "inventory-seen", Instant.now(), "中心库 Z-01（货架）", null, details(n)));
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public ChainCheck verify10000() {
		ChainCheck check = chain.verify(items.find(longChain).orElseThrow());
		if (!check.valid() || check.checkedEvents() != LONG_CHAIN) {
			throw new IllegalStateException("chain did not verify: " + check);
		}
		return check;
	}

	private static Map<String, Object> details(int k) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("round", k);
		d.put("note", "盘点在位");
		return d;
	}
}
