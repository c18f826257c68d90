package org.zhifa.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.zhifa.IntegrationTest;
import org.zhifa.TestActors;
import org.zhifa.TrailReader;
import org.zhifa.UnitFixtures;
import org.zhifa.audit.AuditRecord;
import org.zhifa.calendar.ClockSubject;
import org.zhifa.calendar.DeadlineContext;
import org.zhifa.calendar.NewStatutoryClock;
import org.zhifa.calendar.StatutoryClock;
import org.zhifa.calendar.StatutoryClockRecomputed;
import org.zhifa.calendar.StatutoryClockStarted;
import org.zhifa.calendar.StatutoryClocksRecomputed;
import org.zhifa.calendar.StatutoryClocks;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.organization.UnitManagement;
import org.zhifa.shared.Actor;
import org.zhifa.shared.DataScope;

/**
 * The workbench end to end on the real database: clocks are started, recomputed and stopped through the calendar's
 * {@link StatutoryClocks} exactly as intake and cases do, and the workbench follows them through the events alone.
 */
@IntegrationTest
@RecordApplicationEvents
class WorkbenchIntegrationTests {

	private static final String SUMMONS = "criminal.summons.duration"; // 12 hours
	private static final String ARREST_REQUEST = "criminal.detention.arrest-request"; // 3 days in custody

	@Autowired
	StatutoryClocks clocks;

	@Autowired
	DeadlineWatch watch;

	@Autowired
	ClockFeed feed;

	@Autowired
	Tasks tasks;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrailReader audit;

	@Autowired
	ApplicationEvents events;

	@Autowired
	UnitManagement unitManagement;

	@Autowired
	UnitDirectory unitDirectory;

	final UUID unit = UUID.randomUUID();
	final UUID officerA = UUID.randomUUID();
	final UUID officerB = UUID.randomUUID();

	/** Far enough ahead that the scheduled scan (which runs at the real time) never reaches these clocks first. */
	final Instant future = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.HOURS);

	@Test
	void aClockStartedForOfficerAShowsOnAsWorkbenchNotOnBs() throws Exception {
		StatutoryClock clock = start(SUMMONS, "传唤持续时间（张某）", Instant.now().minus(Duration.ofHours(1)), unit, officerA);
		awaitTask(clock);

		String mine = mvc.perform(get("/api/workbench/tasks").with(authentication(TestActors.auth(officer("a", officerA)))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(mine, "$.items[*].clockId")).containsExactly(clock.id().toString());
		assertThat(JsonPath.<String>read(mine, "$.items[0].basis")).isEqualTo(clock.deadline().basis()).contains("第");
		assertThat(JsonPath.<String>read(mine, "$.items[0].dueAtText")).isEqualTo(clock.deadline().dueAtText());
		assertThat(JsonPath.<String>read(mine, "$.items[0].level")).isEqualTo("NORMAL");
		assertThat(JsonPath.<String>read(mine, "$.items[0].subjectType")).isEqualTo("coercive-measure");

		mvc.perform(get("/api/workbench/tasks").with(authentication(TestActors.auth(officer("b", officerB)))))
			.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
		assertThat(audit.about(clock.id())).extracting(AuditRecord::action).contains("workbench.task-opened");
	}

	@Test
	void theLevelIsComputedOnReadAndTheSummaryCountsByLevel() throws Exception {
		Instant now = Instant.now();
		StatutoryClock overdue = start(SUMMONS, "传唤（逾期）", now.minus(Duration.ofHours(13)), unit, officerA);
		StatutoryClock dueSoon = start(SUMMONS, "传唤（即将到期）", now.minus(Duration.ofHours(11)), unit, officerA);
		StatutoryClock normal = start(ARREST_REQUEST, "提请批准逮捕（进行中）", now.minus(Duration.ofHours(1)), unit, officerA);
		awaitTask(normal);
		var a = authentication(TestActors.auth(officer("a", officerA)));

		String body = mvc.perform(get("/api/workbench/tasks").with(a)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(body, "$.items[*].clockId")).as("ordered by due time")
			.containsExactly(overdue.id().toString(), dueSoon.id().toString(), normal.id().toString());
		assertThat(JsonPath.<List<String>>read(body, "$.items[*].level")).containsExactly("OVERDUE", "DUE_SOON", "NORMAL");
		assertThat(JsonPath.<List<String>>read(body, "$.items[*].levelLabel")).containsExactly("逾期", "即将到期", "进行中");

		mvc.perform(get("/api/workbench/summary").with(a)).andExpect(status().isOk())
			.andExpect(jsonPath("$.overdue").value(1)).andExpect(jsonPath("$.dueSoon").value(1))
			.andExpect(jsonPath("$.normal").value(1)).andExpect(jsonPath("$.open").value(3));
		mvc.perform(get("/api/workbench/tasks?level=DUE_SOON").with(a))
			.andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].clockId").value(dueSoon.id().toString()));
	}

	@Test
	void theScanRaisesTheWarningAndThenTheOverdueNoticeOnceEach() {
		StatutoryClock clock = start(SUMMONS, "传唤（扫描）", future, unit, officerA);
		awaitTask(clock);
		Instant due = clock.dueAt();
		assertThat(tasks.find(clock.id().value()).orElseThrow().warnAt()).as("12-hour limit: warned 2 hours ahead")
			.isEqualTo(due.minus(Duration.ofHours(2)));

		watch.scan(due.minus(Duration.ofHours(3)));
		assertThat(warnings(clock)).isZero();
		assertThat(tasks.levelReached(clock.id().value())).contains(TaskLevel.NORMAL);

		watch.scan(due.minus(Duration.ofHours(2)));
		watch.scan(due.minus(Duration.ofMinutes(30)));
		assertThat(warnings(clock)).as("warned once").isEqualTo(1);
		assertThat(overdueNotices(clock)).isZero();
		assertThat(tasks.levelReached(clock.id().value())).contains(TaskLevel.DUE_SOON);

		watch.scan(due);
		assertThat(overdueNotices(clock)).as("due, not yet overdue").isZero();
		watch.scan(due.plusSeconds(1));
		watch.scan(due.plus(Duration.ofHours(5)));
		assertThat(overdueNotices(clock)).as("overdue announced once").isEqualTo(1);
		assertThat(warnings(clock)).isEqualTo(1);
		assertThat(audit.about(clock.id())).extracting(AuditRecord::action)
			.containsSubsequence("workbench.task-opened", "workbench.deadline-warning", "workbench.deadline-overdue");
	}

	@Test
	void aTaskFoundOverdueBeforeItsWarningGetsOnlyTheOverdueNotice() {
		StatutoryClock clock = start(SUMMONS, "传唤（扫描停机）", future, unit, officerA);
		awaitTask(clock);
		watch.scan(clock.dueAt().plus(Duration.ofMinutes(1)));
		assertThat(overdueNotices(clock)).isEqualTo(1);
		assertThat(warnings(clock)).isZero();
	}

	@Test
	void stoppingTheClockMarksTheTaskDoneWithTheActThatStoppedIt() throws Exception {
		StatutoryClock clock = start(SUMMONS, "传唤（结束）", Instant.now().minus(Duration.ofHours(1)), unit, officerA);
		awaitTask(clock);
		Instant stoppedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		clocks.stop(clock.id(), stoppedAt, "已讯问完毕，放回");
		await(() -> tasks.find(clock.id().value()).orElseThrow().done());

		Task done = tasks.find(clock.id().value()).orElseThrow();
		assertThat(done.doneAt()).isEqualTo(stoppedAt);
		assertThat(done.doneReason()).isEqualTo("已讯问完毕，放回");
		assertThat(done.metLate()).isFalse();
		var a = authentication(TestActors.auth(officer("a", officerA)));
		mvc.perform(get("/api/workbench/tasks").with(a)).andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/workbench/tasks?includeDoneToday=true").with(a)).andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].done").value(true)).andExpect(jsonPath("$.items[0].doneReason").value("已讯问完毕，放回"));
		mvc.perform(get("/api/workbench/summary").with(a)).andExpect(jsonPath("$.open").value(0)).andExpect(jsonPath("$.doneToday").value(1));

		watch.scan(clock.dueAt().plus(Duration.ofDays(1)));
		assertThat(overdueNotices(clock)).as("a done task is never announced").isZero();
		assertThat(audit.about(clock.id())).extracting(AuditRecord::action).contains("workbench.task-done");
	}

	@Test
	void aRecomputedClockMovesTheDueTimeAndItsWarningComesAgain() {
		StatutoryClock clock = clocks.start(new NewStatutoryClock(ARREST_REQUEST, "提请批准逮捕（延长）", future, DeadlineContext.custody(),
				subject(unit, officerA)));
		awaitTask(clock);
		assertThat(tasks.find(clock.id().value()).orElseThrow().warnAt()).as("3-day limit: warned a day ahead")
			.isEqualTo(clock.dueAt().minus(Duration.ofDays(1)));
		watch.scan(clock.dueAt().minus(Duration.ofHours(1)));
		assertThat(warnings(clock)).isEqualTo(1);

		StatutoryClock extended = clocks.recompute(clock.id(), clock.context().withExtensions("special"), "特殊情况延长至七日");
		await(() -> tasks.find(clock.id().value()).orElseThrow().dueAt().equals(extended.dueAt()));
		Task moved = tasks.find(clock.id().value()).orElseThrow();
		assertThat(moved.dueAt()).isAfter(clock.dueAt());
		assertThat(Duration.between(clock.startedAt(), extended.dueAt())).as("now longer than a week").isGreaterThan(Duration.ofDays(7));
		assertThat(moved.warnAt()).as("so warned 7 days ahead").isEqualTo(extended.dueAt().minus(Duration.ofDays(7)));
		assertThat(moved.basis()).isEqualTo(extended.deadline().basis());
		assertThat(tasks.levelReached(clock.id().value())).as("the new due time is not due soon yet").contains(TaskLevel.NORMAL);

		watch.scan(clock.dueAt().plus(Duration.ofMinutes(1)));
		assertThat(overdueNotices(clock)).as("the old due time no longer counts").isZero();
		assertThat(warnings(clock)).as("the new due time is warned again, within its own lead time").isEqualTo(2);
		watch.scan(extended.dueAt().minus(Duration.ofHours(1)));
		assertThat(warnings(clock)).as("and only once").isEqualTo(2);
		watch.scan(extended.dueAt().plusSeconds(1));
		assertThat(overdueNotices(clock)).isEqualTo(1);
	}

	@Test
	void recomputingAllClocksOfACaseMovesEveryTaskInOneGoAndARepeatedEventChangesNothing() {
		UUID caseId = UUID.randomUUID();
		StatutoryClock first = clocks.start(new NewStatutoryClock(ARREST_REQUEST, "提请批准逮捕（甲）", future, DeadlineContext.custody(),
				subject(caseId, unit, officerA)));
		StatutoryClock second = clocks.start(new NewStatutoryClock(ARREST_REQUEST, "提请批准逮捕（乙）", future.plus(Duration.ofHours(3)),
				DeadlineContext.custody(), subject(caseId, unit, officerB)));
		awaitTask(first);
		awaitTask(second);

		List<StatutoryClock> extended = clocks.recomputeCase(caseId, c -> c.context().withExtensions("special"), "共同犯罪，延长至七日");
		assertThat(extended).hasSize(2);
		for (StatutoryClock c : extended) {
			await(() -> tasks.find(c.id().value()).orElseThrow().dueAt().equals(c.dueAt()));
			assertThat(tasks.find(c.id().value()).orElseThrow().warnAt()).isEqualTo(c.dueAt().minus(Duration.ofDays(7)));
		}
		await(() -> rescheduledAbout(caseId) == 1);
		assertThat(audit.about(caseId)).filteredOn(r -> r.action().equals("workbench.task-rescheduled")).singleElement()
			.satisfies(r -> assertThat(r.summary()).contains("提请批准逮捕（甲）", "提请批准逮捕（乙）", "2 项"));

		var event = events.stream(StatutoryClocksRecomputed.class).filter(e -> e.clocks().stream().anyMatch(c -> c.id().equals(first.id())))
			.findFirst().orElseThrow();
		feed.on(event); // delivered again
		feed.on(new StatutoryClocksRecomputed(List.of(new StatutoryClockRecomputed(first, first.dueAt())))); // an older version, late
		StatutoryClock firstExtended = extended.stream().filter(c -> c.id().equals(first.id())).findFirst().orElseThrow();
		assertThat(tasks.find(first.id().value()).orElseThrow().dueAt()).isEqualTo(firstExtended.dueAt());
		assertThat(rescheduledAbout(caseId)).as("nothing written, nothing audited").isEqualTo(1);
		assertThat(audit.about(first.id())).extracting(AuditRecord::action).doesNotContain("workbench.task-rescheduled");
	}

	@Test
	void aRepeatedOrLateOlderEventChangesNothing() {
		StatutoryClock started = start(SUMMONS, "传唤（迟到事件）", Instant.now().minus(Duration.ofHours(1)), unit, officerA);
		awaitTask(started);
		clocks.stop(started.id(), Instant.now(), "已结束");
		await(() -> tasks.find(started.id().value()).orElseThrow().done());
		long entries = audit.about(started.id()).size();

		feed.on(new StatutoryClockStarted(started)); // the start event delivered again, after the stop
		assertThat(tasks.find(started.id().value()).orElseThrow().done()).as("the newer, stopped version stays").isTrue();
		assertThat(audit.about(started.id())).as("nothing written, nothing audited").hasSize((int) entries);
	}

	@Test
	void unitTasksFollowTheDataScope() throws Exception {
		var units = new UnitFixtures(unitManagement, unitDirectory);
		UUID bureau = units.districtBureau("工作台测试分局");
		UUID station1 = units.station("工作台一所", bureau);
		UUID station2 = units.station("工作台二所", bureau);
		UUID officer1 = UUID.randomUUID();
		UUID officer2 = UUID.randomUUID();
		StatutoryClock inStation1 = start(SUMMONS, "传唤（一所）", Instant.now().minus(Duration.ofHours(13)), station1, officer1);
		StatutoryClock inStation2 = start(SUMMONS, "传唤（二所）", Instant.now().minus(Duration.ofHours(1)), station2, officer2);
		awaitTask(inStation2);

		var legalOfficer = authentication(TestActors.auth(TestActors.actor("wb-legal", station1, UUID.randomUUID(), DataScope.UNIT,
				"workbench:read", "workbench:unit-read")));
		String own = mvc.perform(get("/api/workbench/unit-tasks?size=200").with(legalOfficer)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(own, "$.items[*].clockId")).containsExactly(inStation1.id().toString());

		var head = authentication(TestActors.auth(TestActors.actor("wb-head", bureau, UUID.randomUUID(), DataScope.UNIT_AND_BELOW,
				"workbench:read", "workbench:unit-read")));
		String below = mvc.perform(get("/api/workbench/unit-tasks?size=200").with(head)).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(below, "$.items[*].clockId"))
			.containsExactly(inStation1.id().toString(), inStation2.id().toString());
		mvc.perform(get("/api/workbench/unit-tasks?officerId=" + officer2).with(head))
			.andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].clockId").value(inStation2.id().toString()));
		mvc.perform(get("/api/workbench/unit-tasks?level=OVERDUE").with(head))
			.andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].clockId").value(inStation1.id().toString()));
		mvc.perform(get("/api/workbench/unit-tasks?officerId=" + officer2).with(legalOfficer)).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void dueBetweenFindsTheOpenTasksOfEveryUnitFallingDueInTheWindow() {
		StatutoryClock first = start(SUMMONS, "传唤（窗口内）", future, unit, officerA);
		StatutoryClock later = start(SUMMONS, "传唤（窗口外）", future.plus(Duration.ofHours(2)), UUID.randomUUID(), officerB);
		StatutoryClock stopped = start(SUMMONS, "传唤（已结束）", future, unit, officerA);
		clocks.stop(stopped.id(), future.plus(Duration.ofHours(1)), "已结束");
		awaitTask(later);
		await(() -> tasks.find(stopped.id().value()).map(Task::done).orElse(false));

		assertThat(watch.dueBetween(first.dueAt(), first.dueAt().plus(Duration.ofHours(1)))).extracting(Task::clockId)
			.contains(first.id().value()).doesNotContain(later.id().value(), stopped.id().value());
		assertThat(watch.dueBetween(first.dueAt(), later.dueAt().plusSeconds(1))).extracting(Task::clockId)
			.contains(first.id().value(), later.id().value());
	}

	@Test
	void aBadLevelOrPageIsAClearProblem() throws Exception {
		var a = authentication(TestActors.auth(officer("a", officerA)));
		mvc.perform(get("/api/workbench/tasks?level=SOON").with(a)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.startsWith("urn:zhifa:problem:")));
		mvc.perform(get("/api/workbench/tasks?size=0").with(a)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:invalid-input"));
	}

	// ---- helpers ----

	private StatutoryClock start(String rule, String label, Instant startedAt, UUID unitId, UUID officerId) {
		return clocks.start(new NewStatutoryClock(rule, label, startedAt, DeadlineContext.none(), subject(unitId, officerId)));
	}

	private static ClockSubject subject(UUID unitId, UUID officerId) {
		return subject(UUID.randomUUID(), unitId, officerId);
	}

	private static ClockSubject subject(UUID caseId, UUID unitId, UUID officerId) {
		return new ClockSubject("coercive-measure", UUID.randomUUID(), caseId, "刑事 2026-0099 测试案", unitId, List.of(officerId));
	}

	private long rescheduledAbout(UUID caseId) {
		return audit.about(caseId).stream().filter(r -> r.action().equals("workbench.task-rescheduled")).count();
	}

	private Actor officer(String name, UUID officerId) {
		return TestActors.actor("wb-" + name, unit, officerId, DataScope.OWN, "workbench:read");
	}

	private long warnings(StatutoryClock clock) {
		return events.stream(DeadlineWarningRaised.class).filter(e -> e.task().clockId().equals(clock.id().value())).count();
	}

	private long overdueNotices(StatutoryClock clock) {
		return events.stream(DeadlineOverdue.class).filter(e -> e.task().clockId().equals(clock.id().value())).count();
	}

	private void awaitTask(StatutoryClock clock) {
		await(() -> tasks.find(clock.id().value()).isPresent());
	}

	private static void await(java.util.function.BooleanSupplier condition) {
		org.zhifa.Eventually.await("the workbench following the clock", condition);
	}
}
