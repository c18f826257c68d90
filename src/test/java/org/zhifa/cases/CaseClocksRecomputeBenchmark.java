package org.zhifa.cases;

import java.time.Instant;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.DemoActors;
import org.zhifa.ZhifaApplication;
import org.zhifa.approval.ApprovalFixtures;
import org.zhifa.approval.Approvals;
import org.zhifa.calendar.StatutoryClock;
import org.zhifa.calendar.StatutoryClocks;
import org.zhifa.shared.Actor;

/**
 * Recomputing a case's clocks after an event, through the real application (embedded PostgreSQL, demo bureau, audit
 * trail): a case with two suspects — one arrested (family notice, first interrogation, custody period running), one
 * detained (four clocks) — so seven clocks run.
 * <ul>
 * <li>{@code recomputeAllClocksOfTheCase}: every running clock of the case recomputed from its rule, the holiday
 * calendar and its facts by {@link StatutoryClocks#recomputeCase} — locked with one statement, written with one, audited
 * once, published as one event — what an event touching the whole case costs;</li>
 * <li>{@code restartCustodyPeriod}: the whole use case {@link CaseManagement#restartCustody} (另有重要罪行): lock the case,
 * check, recompute the custody period, store, audit, append to the timeline.</li>
 * </ul>
 * Run: {@code ./zhifa benchmark CaseClocksRecomputeBenchmark}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@State(Scope.Benchmark)
public class CaseClocksRecomputeBenchmark {

	private ConfigurableApplicationContext context;
	private CaseManagement management;
	private StatutoryClocks clocks;
	private JdbcClient jdbc;
	private UUID caseId;
	private UUID arrestId;

	@Setup(Level.Trial)
	public void openACaseWithSevenRunningClocks() {
		// command-line arguments: they outrank application-test.yml, which turns the demo bureau off
		context = new SpringApplicationBuilder(ZhifaApplication.class).profiles("test")
			.run("--zhifa.demo.enabled=true", "--logging.level.org.zhifa=WARN");
		management = context.getBean(CaseManagement.class);
		clocks = context.getBean(StatutoryClocks.class);
		jdbc = context.getBean(JdbcClient.class);
		Case c = new CaseFixtures(management, jdbc).criminal("城关派出所", 6);
		caseId = c.id();
		Party arrested = management.addParty(caseId, new NewParty(PartyRole.SUSPECT, "甲某", CaseFixtures.citizenId("19900101")), null);
		Party detainedOnly = management.addParty(caseId, new NewParty(PartyRole.SUSPECT, "乙某", CaseFixtures.citizenId("19910101")), null);
		// 刑事拘留 and 提请批准逮捕 start when their requests are approved; 逮捕 follows the procuratorate's approval directly
		ApprovalFixtures approved = new ApprovalFixtures(context.getBean(Approvals.class), jdbc);
		Actor officer = DemoActors.account(jdbc, "officer");
		approved.startMeasure(officer, c, arrested.id(), MeasureKind.CRIMINAL_DETENTION);
		UUID request = approved.startMeasure(officer, c, arrested.id(), MeasureKind.ARREST_REQUEST);
		management.recordAct(caseId, request, MeasureAct.ARREST_APPROVED, Instant.now(), null, 0);
		arrestId = management.startMeasure(caseId, new NewMeasure(arrested.id(), MeasureKind.ARREST, Instant.now(), List.of(), null), null).id();
		approved.startMeasure(officer, c, detainedOnly.id(), MeasureKind.CRIMINAL_DETENTION);
		long running = clocks.ofCase(caseId).stream().filter(StatutoryClock::running).count();
		if (running != 7) {
			throw new IllegalStateException("expected 7 running clocks, found " + running);
		}
	}

	@TearDown(Level.Trial)
	public void stop() {
		context.close();
	}

	@Benchmark
	public int recomputeAllClocksOfTheCase() {
		return clocks.recomputeCase(caseId, StatutoryClock::context, "基准测试：重新计算").size();
	}

	@Benchmark
	public CoerciveMeasure restartCustodyPeriod() {
		long version = jdbc.sql("SELECT version FROM coercive_measure WHERE id = ?").param(arrestId).query(Long.class).single();
		return management.restartCustody(caseId, arrestId, CustodyRestart.OTHER_MAJOR_CRIME, Instant.now(), version);
	}
}
