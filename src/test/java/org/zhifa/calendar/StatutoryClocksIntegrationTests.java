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
		assertThat(events.stream(StatutoryClockRecomputed.class)).anyMatch(e -> e.clock().id().equals(started.id()) && e.previousDueAt().equals(started.dueAt()));

		StatutoryClock stopped = clocks.stop(started.id(), extended.dueAt().minus(Duration.ofHours(1)), "已提请批准逮捕");
		assertThat(stopped.running()).isFalse();
		assertThat(stopped.metLate()).isFalse();
		assertThat(clocks.get(started.id()).context().extensions()).containsExactly("special");
		assertThat(audit.about(started.id())).extracting(AuditRecord::action).filteredOn(a -> a.startsWith("statutory-clock"))
			.containsExactly("statutory-clock.started", "statutory-clock.recomputed", "statutory-clock.stopped");
		assertThatThrownBy(() -> clocks.stop(started.id(), extended.dueAt(), "再次停止")).isInstanceOf(ClockAlreadyStopped.class);
	}

	@Test
	void theScanFindsRunningClocksDueBeforeAGivenTimeButNotStoppedOnes() {
		StatutoryClock due = clocks.start(detention(UUID.randomUUID()));
		StatutoryClock stopped = clocks.start(detention(UUID.randomUUID()));
		clocks.stop(stopped.id(), DETAINED.plus(Duration.ofDays(1)), "已释放");

		List<StatutoryClock> found = clocks.runningDueBefore(due.dueAt().plusSeconds(1));
		assertThat(found).extracting(StatutoryClock::id).contains(due.id()).doesNotContain(stopped.id());
		assertThat(clocks.runningDueBefore(due.dueAt())).extracting(StatutoryClock::id).doesNotContain(due.id());
	}

	@Test
	void anUpdateFromAStaleCopyWritesNothing() {
		StatutoryClock started = clocks.start(detention(UUID.randomUUID()));
		jdbc.sql("UPDATE statutory_clock SET version = version + 1 WHERE id = :id").param("id", started.id().value()).update();
		StatutoryClockRecords records = new StatutoryClockRecords(jdbc);
		assertThat(records.update(started, started.version())).isFalse();
	}

	private static NewStatutoryClock detention(UUID caseId) {
		return new NewStatutoryClock(ARREST_REQUEST, "提请批准逮捕（测试）", DETAINED, DeadlineContext.custody(),
				new ClockSubject("coercive-measure", UUID.randomUUID(), caseId, "测试案件", UUID.randomUUID(), List.of(UUID.randomUUID())));
	}
}
