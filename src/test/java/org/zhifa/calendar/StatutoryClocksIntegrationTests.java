package org.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.zhifa.IntegrationTest;
import org.zhifa.TrailReader;
import org.zhifa.audit.AuditRecord;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.StaleVersion;

@IntegrationTest
@RecordApplicationEvents
class StatutoryClocksIntegrationTests {

	private static final String ARREST_REQUEST = "criminal.detention.arrest-request";
	/** 2026-03-01 22:00 Beijing time, a Sunday evening. */
	private static final Instant DETAINED = OffsetDateTime.parse("2026-03-01T22:00:00+08:00").toInstant();

	@Autowired
	StatutoryClocks clocks;

	@Autowired
	TrailReader audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void aClockStartsWithItsDueTimeAndBasisIsStoredAndAudited() {
		UUID caseId = UUID.randomUUID();
		StatutoryClock started = clocks.start(detention(caseId));

		assertThat(started.dueAt()).isEqualTo(OffsetDateTime.parse("2026-03-05T00:00:00+08:00").toInstant());
		assertThat(started.deadline().basis()).contains("第一百二十九条");
		assertThat(started.deadline().ruleVersion()).isEqualTo(1);
		assertThat(clocks.get(started.id())).isEqualTo(started);
		assertThat(clocks.ofCase(caseId)).containsExactly(started);
		// (the workbench audits its own entries about the clock, too)
		assertThat(audit.about(started.id())).extracting(AuditRecord::action).filteredOn(a -> a.startsWith("statutory-clock"))
			.containsExactly("statutory-clock.started");
		assertThat(events.stream(StatutoryClockStarted.class)).extracting(e -> e.clock().id()).containsExactly(started.id());
	}

	@Test
	void anExtensionMovesTheDueTimeAndTheStopRecordsWhetherItWasMetInTime() {
		StatutoryClock started = clocks.start(detention(UUID.randomUUID()));
		StatutoryClock extended = clocks.recompute(started.id(), started.context().withExtensions("special"), "延长至七日");
		assertThat(extended.dueAt()).isEqualTo(OffsetDateTime.parse("2026-03-09T00:00:00+08:00").toInstant());
		assertThat(extended.context().extensions()).containsExactly("special");
		assertThat(events.stream(StatutoryClocksRecomputed.class).flatMap(e -> e.changes().stream()))
			.anyMatch(e -> e.clock().id().equals(started.id()) && e.previousDueAt().equals(started.dueAt()));

		StatutoryClock stopped = clocks.stop(started.id(), extended.dueAt().minus(Duration.ofHours(1)), "已提请批准逮捕");
		assertThat(stopped.running()).isFalse();
		assertThat(stopped.metLate()).isFalse();
		assertThat(clocks.get(started.id()).context().extensions()).containsExactly("special");
		assertThat(audit.about(started.id())).extracting(AuditRecord::action).filteredOn(a -> a.startsWith("statutory-clock"))
			.containsExactly("statutory-clock.started", "statutory-clock.recomputed", "statutory-clock.stopped");
		assertThatThrownBy(() -> clocks.stop(started.id(), extended.dueAt(), "再次停止")).isInstanceOf(ClockAlreadyStopped.class);
	}

	@Test
	void aBatchRecomputesEveryClockWithOneWriteOneAuditEntryAndOneEvent() {
		UUID caseId = UUID.randomUUID();
		List<StatutoryClock> started = List.of(clocks.start(detention(caseId, "甲")), clocks.start(detention(caseId, "乙")),
				clocks.start(detention(caseId, "丙")));

		List<StatutoryClock> recomputed = clocks.recomputeAll(
				started.stream().map(c -> Recomputation.of(c, c.context().withExtensions("special"))).toList(), "共同犯罪，延长至七日");

		Instant extendedDue = OffsetDateTime.parse("2026-03-09T00:00:00+08:00").toInstant();
		assertThat(recomputed).extracting(StatutoryClock::id).containsExactlyElementsOf(started.stream().map(StatutoryClock::id).toList());
		for (StatutoryClock c : started) {
			StatutoryClock stored = clocks.get(c.id());
			assertThat(stored.dueAt()).isEqualTo(extendedDue);
			assertThat(stored.version()).isEqualTo(c.version() + 1);
			assertThat(stored.context().extensions()).containsExactly("special");
			assertThat(audit.about(c.id())).extracting(AuditRecord::action).as("audited once for the act, about the case")
				.doesNotContain("statutory-clock.recomputed");
		}
		assertThat(audit.about(caseId)).filteredOn(r -> r.action().equals("statutory-clock.recomputed")).singleElement()
			.satisfies(r -> assertThat(r.summary()).contains("共同犯罪，延长至七日", "（甲）", "（乙）", "（丙）", "3 项"));
		List<StatutoryClocksRecomputed> published = events.stream(StatutoryClocksRecomputed.class)
			.filter(e -> e.clocks().stream().anyMatch(c -> c.id().equals(started.get(0).id()))).toList();
		assertThat(published).singleElement().satisfies(e -> {
			assertThat(e.clocks()).extracting(StatutoryClock::id).containsExactlyInAnyOrderElementsOf(started.stream().map(StatutoryClock::id).toList());
			assertThat(e.changes()).allSatisfy(change -> assertThat(change.previousDueAt()).isEqualTo(started.get(0).dueAt()));
		});
	}

	@Test
	void aStaleVersionRefusesTheWholeBatchAndWritesNothing() {
		UUID caseId = UUID.randomUUID();
		StatutoryClock first = clocks.start(detention(caseId, "甲"));
		StatutoryClock second = clocks.start(detention(caseId, "乙"));
		StatutoryClock secondChanged = clocks.recompute(second.id(), second.context(), "他人先行重新计算");
		long publishedBefore = events.stream(StatutoryClocksRecomputed.class).count();

		assertThatThrownBy(() -> clocks.recomputeAll(List.of(Recomputation.of(first, first.context().withExtensions("special")),
				Recomputation.of(second, second.context().withExtensions("special"))), "延长"))
			.isInstanceOf(StaleVersion.class);

		assertThat(clocks.get(first.id())).as("the clock listed first is not half-written").isEqualTo(first);
		assertThat(clocks.get(second.id())).isEqualTo(secondChanged);
		assertThat(audit.about(caseId)).isEmpty();
		assertThat(audit.about(first.id())).extracting(AuditRecord::action).doesNotContain("statutory-clock.recomputed");
		assertThat(events.stream(StatutoryClocksRecomputed.class).count()).isEqualTo(publishedBefore);
	}

	@Test
	void aStoppedClockInTheBatchRefusesItAndRecomputingACaseSkipsStoppedClocks() {
		UUID caseId = UUID.randomUUID();
		StatutoryClock running = clocks.start(detention(caseId, "甲"));
		StatutoryClock stopped = clocks.stop(clocks.start(detention(caseId, "乙")).id(), DETAINED.plus(Duration.ofDays(1)), "已释放");

		assertThatThrownBy(() -> clocks.recomputeAll(List.of(Recomputation.of(running, running.context().withExtensions("special")),
				Recomputation.of(stopped, stopped.context().withExtensions("special"))), "延长"))
			.isInstanceOf(ClockAlreadyStopped.class);
		assertThat(clocks.get(running.id())).isEqualTo(running);

		List<StatutoryClock> recomputed = clocks.recomputeCase(caseId, c -> c.context().withExtensions("special"), "延长");
		assertThat(recomputed).extracting(StatutoryClock::id).containsExactly(running.id());
		assertThat(clocks.get(stopped.id())).isEqualTo(stopped);
		assertThat(audit.about(running.id())).extracting(AuditRecord::action).as("a batch of one reads as before")
			.contains("statutory-clock.recomputed");
		assertThat(clocks.recomputeCase(UUID.randomUUID(), StatutoryClock::context, "无期限")).isEmpty();
	}

	@Test
	void runningClocksDueInAWindowAreListedEarliestFirstWithoutStoppedOrEarlierOnesAndAtMostTheLimit() {
		Instant startedAt = Instant.now().plus(Duration.ofDays(400)).truncatedTo(java.time.temporal.ChronoUnit.DAYS);
		StatutoryClock earlier = clocks.start(summons(startedAt.minus(Duration.ofHours(2))));
		StatutoryClock first = clocks.start(summons(startedAt));
		StatutoryClock second = clocks.start(summons(startedAt.plus(Duration.ofMinutes(30))));
		StatutoryClock stopped = clocks.start(summons(startedAt.plus(Duration.ofMinutes(10))));
		clocks.stop(stopped.id(), startedAt.plus(Duration.ofHours(1)), "已结束");
		StatutoryClock later = clocks.start(summons(startedAt.plus(Duration.ofHours(1))));
		Instant from = first.dueAt();
		Instant until = later.dueAt();

		assertThat(clocks.runningDueBetween(from, until, 100)).extracting(StatutoryClock::id)
			.as("the one due before the window, the stopped one and the one due at its end are left out")
			.containsExactly(first.id(), second.id());
		assertThat(clocks.runningDueBetween(from, until.plusSeconds(1), 100)).extracting(StatutoryClock::id)
			.containsExactly(first.id(), second.id(), later.id());
		assertThat(clocks.runningDueBetween(earlier.dueAt(), until, 1)).extracting(StatutoryClock::id).containsExactly(earlier.id());
		assertThatThrownBy(() -> clocks.runningDueBetween(until, from, 100)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> clocks.runningDueBetween(from, until, StatutoryClocks.MAX_LIST + 1)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> clocks.runningDueBetween(from, until, 0)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void anUpdateFromAStaleCopyWritesNothing() {
		StatutoryClock started = clocks.start(detention(UUID.randomUUID()));
		jdbc.sql("UPDATE statutory_clock SET version = version + 1 WHERE id = :id").param("id", started.id().value()).update();
		StatutoryClockRecords records = new StatutoryClockRecords(jdbc);
		assertThat(records.update(started, started.version())).isFalse();
	}

	/** A 12-hour summons clock with no holiday roll-over, started at {@code at}. */
	private static NewStatutoryClock summons(Instant at) {
		return new NewStatutoryClock("criminal.summons.duration", "传唤（窗口测试）", at, DeadlineContext.none(),
				new ClockSubject("coercive-measure", UUID.randomUUID(), UUID.randomUUID(), "测试案件", UUID.randomUUID(), List.of(UUID.randomUUID())));
	}

	private static NewStatutoryClock detention(UUID caseId) {
		return detention(caseId, "测试");
	}

	private static NewStatutoryClock detention(UUID caseId, String person) {
		return new NewStatutoryClock(ARREST_REQUEST, "提请批准逮捕（" + person + "）", DETAINED, DeadlineContext.custody(),
				new ClockSubject("coercive-measure", UUID.randomUUID(), caseId, "测试案件", UUID.randomUUID(), List.of(UUID.randomUUID())));
	}
}
