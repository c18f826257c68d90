package org.zhifa.approval;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

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
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.DemoActors;
import org.zhifa.TestActors;
import org.zhifa.ZhifaApplication;
import org.zhifa.cases.Case;
import org.zhifa.cases.CaseFixtures;
import org.zhifa.cases.CaseManagement;
import org.zhifa.cases.NewParty;
import org.zhifa.cases.PartyRole;
import org.zhifa.shared.Actor;

/**
 * Approval actions under concurrency, through the real application (embedded PostgreSQL, demo bureau, audit trail, step
 * clocks, workbench): four threads keep 64 requests of 城关派出所 moving through their chains — each operation signs the
 * current step of one request as the officer who holds it (lock, version check, authority check with qualifications, step,
 * history, audit, clock stop and start); a request that completes is replaced by a new submission, so the pipeline never
 * runs dry. {@code requestType}:
 * <ul>
 * <li>{@code FREEZING} 冻结: 法制员 → 所长 → 局领导, no document, no case effect — the approval engine itself;</li>
 * <li>{@code CRIMINAL_DETENTION} 刑事拘留: four levels; the last one renders, signs and stores the 拘留证 and starts the
 * detention with its four clocks — the realistic mix.</li>
 * </ul>
 * At the end the number of signatures stored must equal the number of successful operations (no lost update) or the
 * trial fails. Run: {@code ./zhifa benchmark ApprovalActionsBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(4)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@State(Scope.Benchmark)
public class ApprovalActionsBenchmark {

	private static final int IN_FLIGHT = 64;

	@Param({ "FREEZING", "CRIMINAL_DETENTION" })
	public String requestType;

	private ConfigurableApplicationContext context;
	private Approvals approvals;
	private CaseManagement cases;
	private JdbcClient jdbc;
	private Map<StepKind, Actor> holders;
	private Actor officer;
	private final BlockingQueue<Work> queue = new LinkedBlockingQueue<>();
	private final AtomicLong signed = new AtomicLong();
	private final AtomicLong suspects = new AtomicLong();
	private final Map<UUID, List<StepKind>> chains = new java.util.concurrent.ConcurrentHashMap<>();
	private long signaturesBefore;

	/** One request waiting for {@code kind}, the step to sign next. */
	private record Work(UUID submissionId, UUID caseId, long version, StepKind kind) {
	}

	@Setup(Level.Trial)
	public void fillThePipeline() {
		context = new SpringApplicationBuilder(ZhifaApplication.class).profiles("test")
			.run("--zhifa.demo.enabled=true", "--logging.level.org.zhifa=WARN");
		approvals = context.getBean(Approvals.class);
		cases = context.getBean(CaseManagement.class);
		jdbc = context.getBean(JdbcClient.class);
		officer = DemoActors.account(jdbc, "officer");
		holders = Map.of(StepKind.LEGAL_OFFICER, DemoActors.account(jdbc, "legal"), StepKind.DEPARTMENT_HEAD, DemoActors.account(jdbc, "head"),
				StepKind.LEGAL_REVIEW, DemoActors.account(jdbc, "branchreviewer"), StepKind.BUREAU_LEADER, DemoActors.account(jdbc, "branchleader"));
		CaseFixtures fixtures = new CaseFixtures(cases, jdbc);
		for (int i = 0; i < IN_FLIGHT; i++) {
			Case c = fixtures.criminal("城关派出所", 2);
			queue.add(submit(c.id()));
		}
		signaturesBefore = signatures();
	}

	@TearDown(Level.Trial)
	public void checkNoUpdateWasLost() {
		long stored = signatures() - signaturesBefore;
		context.close();
		if (stored != signed.get()) {
			throw new IllegalStateException("lost update: " + signed.get() + " signatures acknowledged, " + stored + " stored");
		}
		System.out.println("signatures acknowledged and stored: " + stored);
	}

	@Benchmark
	public Submission signTheNextStep() throws InterruptedException {
		Work work = queue.take();
		try {
			Submission after = as(holders.get(work.kind()), () -> approvals.approve(work.submissionId(), "同意", work.version()));
			signed.incrementAndGet();
			queue.add(after.state() == SubmissionState.APPROVED ? submit(work.caseId())
					: new Work(after.id(), after.caseId(), after.version(), kindOf(after)));
			return after;
		}
		catch (RuntimeException e) {
			queue.add(work);
			throw e;
		}
	}

	private Work submit(UUID caseId) {
		UUID partyId = null;
		Map<String, String> fields = Map.of();
		if (requestType.equals("CRIMINAL_DETENTION")) {
			// a birth date of its own for every suspect, so that numbers never repeat within a case however long the run
			String born = java.time.LocalDate.of(1950, 1, 1).plusDays(suspects.incrementAndGet() % 18_000)
				.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
			partyId = cases.addParty(caseId, new NewParty(PartyRole.SUSPECT, "基准某", CaseFixtures.citizenId(born)), null).id();
			fields = Map.of("person", "基准某", "offence", "盗窃罪", "legalBasis", "刑事诉讼法第八十二条", "custodyPlace", "示范市看守所");
		}
		NewSubmission request = new NewSubmission(requestType, caseId, partyId, "基准测试事实", "基准测试理由", "基准测试依据", null, null, false,
				Map.of(), fields, List.of(), null);
		Submission s = as(officer, () -> approvals.submit(request));
		return new Work(s.id(), caseId, s.version(), kindOf(s));
	}

	/** The kind of the step a request waits at, from the policy that routed it (read once per policy). */
	private StepKind kindOf(Submission s) {
		return chains.computeIfAbsent(s.policyId(), id -> context.getBean(ApprovalPolicies.class).get(id).steps()).get(s.currentStep() - 1);
	}

	private long signatures() {
		return jdbc.sql("SELECT count(*) FROM approval_action WHERE action = 'APPROVED'").query(Long.class).single();
	}

	private static <T> T as(Actor actor, Supplier<T> work) {
		Object[] result = new Object[1];
		TestActors.runAs(actor, () -> result[0] = work.get());
		@SuppressWarnings("unchecked")
		T typed = (T) result[0];
		return typed;
	}
}
