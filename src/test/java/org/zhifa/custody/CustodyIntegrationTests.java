package org.zhifa.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.DemoActors;
import org.zhifa.IntegrationTest;
import org.zhifa.TestActors;
import org.zhifa.calendar.StatutoryClockId;
import org.zhifa.calendar.StatutoryClocks;
import org.zhifa.cases.Case;
import org.zhifa.cases.CaseFixtures;
import org.zhifa.cases.CaseManagement;
import org.zhifa.cases.MeasureKind;
import org.zhifa.cases.NewMeasure;
import org.zhifa.cases.NewParty;
import org.zhifa.cases.Party;
import org.zhifa.cases.PartyRole;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.OutOfScope;
import org.zhifa.shared.StaleVersion;
import org.zhifa.workbench.Workbench;
import org.zhifa.workbench.WorkbenchAlert;

/**
 * The case-handling centre on the real database with the demo bureau: 办案民警 {@code officer} of 城关派出所 brings people
 * of his cases into the 执法办案管理中心, where {@code custody} (办案中心管理员) runs the steps; {@code officer2} of 河西派出所
 * sees none of it. Each test opens a case of its own and adds rooms of its own to the demo centre.
 */
@IntegrationTest
class CustodyIntegrationTests {

	@Autowired
	Admissions admissions;

	@Autowired
	VisitSteps steps;

	@Autowired
	Questioning questioning;

	@Autowired
	Discharges discharges;

	@Autowired
	Rooms rooms;

	@Autowired
	CustodyAlarms alarms;

	@Autowired
	CustodyQueries queries;

	@Autowired
	CustodyFigures figures;

	@Autowired
	BelongingSeizures seizures;

	@Autowired
	StatutoryClocks clocks;

	@Autowired
	CaseManagement cases;

	@Autowired
	JdbcClient jdbc;

	CaseFixtures fixtures;
	Case theCase;
	Party suspect;
	UUID center;
	List<UUID> escorts;
	UUID custodyOfficer;
	Room interrogation;
	Room waiting;

	@BeforeEach
	void openACaseWithASuspect() {
		fixtures = new CaseFixtures(cases, jdbc);
		theCase = fixtures.criminal("城关派出所", 1);
		suspect = cases.addParty(theCase.id(), new NewParty(PartyRole.SUSPECT, "孙某", CaseFixtures.citizenId("19900101")), null);
		center = fixtures.unit("执法办案管理中心");
		escorts = theCase.officerIds();
		custodyOfficer = jdbc.sql("SELECT officer_id FROM account WHERE username = 'custody'").query(UUID.class).single();
		String tag = UUID.randomUUID().toString().substring(0, 6);
		interrogation = rooms.create(center, "讯问室-" + tag, RoomKind.INTERROGATION, 1);
		waiting = rooms.create(center, "候问室-" + tag, RoomKind.WAITING, 2);
	}

	@Test
	void admittingASummonedSuspectStartsTheTwelveHourSummonsClock() {
		Instant arrived = Instant.now().minus(Duration.ofMinutes(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		Visit v = as("officer", () -> admissions.admit(summons(arrived)));
		assertThat(v.number()).startsWith("RQ");
		assertThat(v.suspect()).isTrue();
		assertThat(v.personName()).isEqualTo("孙某");
		var clock = clocks.get(new StatutoryClockId(v.clockId()));
		assertThat(clock.running()).isTrue();
		assertThat(clock.deadline().ruleCode()).isEqualTo("criminal.summons.duration");
		assertThat(clock.subject().type()).isEqualTo("custody-visit");
		assertThat(clock.subject().caseId()).isEqualTo(theCase.id());
		assertThat(clock.dueAt()).isEqualTo(arrived.plus(Duration.ofHours(12)));
		assertThat(v.dueAt()).isEqualTo(clock.dueAt());
	}

	@Test
	void anAdministrativeSummonsRunsTheQuestioningPeriodAndContinuedQuestioningItsOwn() {
		Case admin = fixtures.administrative("城关派出所", 1);
		Party p = cases.addParty(admin.id(), new NewParty(PartyRole.SUSPECT, "周某", CaseFixtures.citizenId("19850505")), null);
		Instant arrived = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		Visit v = as("officer", () -> admissions.admit(new NewAdmission(center, admin.id(), p.id(), null, null, null, VisitReason.SUMMONS,
				arrived, admin.officerIds(), null)));
		assertThat(clocks.get(new StatutoryClockId(v.clockId())).deadline().ruleCode()).isEqualTo("administrative.questioning.period");
		assertThat(v.dueAt()).isEqualTo(arrived.plus(Duration.ofHours(8)));
		Visit spot = as("officer", () -> admissions.admit(new NewAdmission(center, null, null, "无名氏", null, true,
				VisitReason.CONTINUED_QUESTIONING, arrived, escorts, null)));
		assertThat(clocks.get(new StatutoryClockId(spot.clockId())).deadline().ruleCode()).isEqualTo("administrative.continued-questioning");
		assertThat(spot.citizenId()).isNull();
		assertThat(spot.unitId()).isEqualTo(fixtures.unit("城关派出所"));
	}

	@Test
	void aStationsOwnCaseHandlingAreaIsItsCentreAndTheVisitReadsBack(@org.springframework.beans.factory.annotation.Autowired CustodyQueries read) {
		UUID station = fixtures.unit("城关派出所");
		Instant arrived = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		Visit v = as("officer", () -> admissions.admit(new NewAdmission(station, theCase.id(), suspect.id(), null, null, null,
				VisitReason.SUMMONS, arrived, escorts, null)));
		assertThat(v.centerId()).isEqualTo(v.unitId());
		assertThat(as("officer", () -> read.get(v.id())).visit().id()).isEqualTo(v.id());
	}

	@Test
	void admissionRefusals() {
		Instant now = Instant.now();
		assertThatThrownBy(() -> as("officer", () -> admissions.admit(new NewAdmission(center, theCase.id(), suspect.id(), null, null, null,
				VisitReason.SUMMONS, now, List.of(escorts.get(0)), null)))).isInstanceOf(InvalidInput.class).hasMessageContaining("两名民警");
		assertThatThrownBy(() -> as("officer", () -> admissions.admit(summons(now.plus(Duration.ofHours(1))))))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("不能晚于当前时间");
		assertThatThrownBy(() -> as("officer", () -> admissions.admit(summons(theCase.filedAt().minus(Duration.ofHours(1))))))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("不能早于案件");
		assertThatThrownBy(() -> as("officer", () -> admissions.admit(new NewAdmission(center, null, null, "张某", badCheckDigit(CaseFixtures.citizenId("19900101")), true,
				VisitReason.CITIZEN_ARREST, now, escorts, null)))).isInstanceOf(InvalidInput.class).hasMessageContaining("公民身份号码");
		assertThatThrownBy(() -> as("officer", () -> admissions.admit(new NewAdmission(center, null, null, "张某", null, true,
				VisitReason.SUMMONS, now, escorts, null)))).isInstanceOf(InvalidInput.class).hasMessageContaining("传唤须关联案件");
		List<UUID> auxiliaries = jdbc.sql("SELECT id FROM officer WHERE kind = 'AUXILIARY' AND active ORDER BY badge_number LIMIT 2")
			.query(UUID.class).list();
		assertThatThrownBy(() -> as("officer", () -> admissions.admit(new NewAdmission(center, theCase.id(), suspect.id(), null, null, null,
				VisitReason.SUMMONS, now, auxiliaries, null)))).hasMessageContaining("辅警");
		as("officer", () -> admissions.admit(summons(now)));
		assertThatThrownBy(() -> as("officer", () -> admissions.admit(summons(now)))).isInstanceOf(PersonAlreadyInside.class);
		assertThatThrownBy(() -> as("officer2", () -> admissions.admit(summons(now)))).isInstanceOf(OutOfScope.class);
	}

	@Test
	void theStepsRunInOrderAndEachRefusalNamesTheMissingStep() {
		Visit v = as("officer", () -> admissions.admit(summons(Instant.now().minus(Duration.ofHours(2)))));
		Visit a = v;
		assertThatThrownBy(() -> as("custody", () -> steps.recordBelongings(a.id(), a.version(), null, "A-01", List.of())))
			.isInstanceOf(VisitStepMissing.class).hasMessage("尚未完成人身安全检查，不能登记随身物品");
		assertThatThrownBy(() -> as("custody", () -> questioning.start(a.id(), a.version(), QuestioningKind.INTERROGATION, interrogation.id(),
				escorts, true, null))).isInstanceOf(VisitStepMissing.class).hasMessage("尚未完成人身安全检查，不能开始讯问");
		v = as("custody", () -> steps.startWatch(a.id(), a.version(), null, custodyOfficer));
		Visit b = v;
		v = as("custody", () -> steps.securityCheck(b.id(), b.version(), null, List.of(custodyOfficer), "未发现违禁物品", "左臂擦伤",
				List.of("photo-1"), List.of("打火机")));
		Visit c = v;
		assertThatThrownBy(() -> as("custody", () -> questioning.start(c.id(), c.version(), QuestioningKind.INTERROGATION, interrogation.id(),
				escorts, true, null))).isInstanceOf(VisitStepMissing.class).hasMessage("尚未完成信息采集，不能开始讯问");
		v = as("custody", () -> steps.recordBelongings(c.id(), c.version(), null, "A-01",
				List.of(new VisitSteps.Item("手机", 1, true), new VisitSteps.Item("钱包", 1, false))));
		Visit d = v;
		assertThatThrownBy(() -> as("custody", () -> discharges.discharge(d.id(), d.version(), ExitOutcome.RELEASED, null, null, null, List.of())))
			.isInstanceOf(BelongingsNotAccountedFor.class).hasMessageContaining("2 项随身物品");
		v = as("custody", () -> steps.collectInformation(d.id(), d.version(), null, List.of(custodyOfficer),
				Set.of(CollectedItem.PHOTO, CollectedItem.FINGERPRINTS, CollectedItem.DNA)));
		Visit e = v;
		assertThatThrownBy(() -> as("officer", () -> questioning.start(e.id(), e.version(), QuestioningKind.INTERROGATION, interrogation.id(),
				List.of(escorts.get(0)), true, null))).isInstanceOf(QuestioningRefused.class).hasMessageContaining("两名以上民警");
		QuestioningSession s = as("officer", () -> questioning.start(e.id(), e.version(), QuestioningKind.INTERROGATION, interrogation.id(),
				escorts, true, null));
		Visit f = as("officer", () -> queries.get(e.id()).visit());
		assertThat(f.roomId()).isEqualTo(interrogation.id());
		assertThatThrownBy(() -> as("custody", () -> discharges.discharge(f.id(), f.version(), ExitOutcome.RELEASED, null, null, null, List.of())))
			.hasMessageContaining("尚未结束");
		Instant now = Instant.now();
		as("officer", () -> questioning.end(f.id(), f.version(), s.id(), now, "REC-0001", s.startedAt(), now));
		Visit g = as("officer", () -> queries.get(e.id()).visit());
		assertThatThrownBy(() -> as("custody", () -> discharges.discharge(g.id(), g.version(), ExitOutcome.CRIMINAL_DETENTION, "示范市看守所", null,
				null, List.of(new Discharges.Handling(1, Disposition.SEIZED, null), new Discharges.Handling(2, Disposition.TRANSFERRED_WITH_PERSON, null)))))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("批准文书");
		assertThatThrownBy(() -> as("custody", () -> discharges.discharge(g.id(), g.version(), ExitOutcome.CRIMINAL_DETENTION, "示范市看守所", "拘字1号",
				null, List.of(new Discharges.Handling(1, Disposition.RETURNED, null))))).hasMessageContaining("涉案物品");
		assertThatThrownBy(() -> as("custody", () -> discharges.discharge(g.id(), g.version(), ExitOutcome.CRIMINAL_DETENTION, "示范市看守所",
				"城公（刑）拘字〔2026〕1号", null, List.of(new Discharges.Handling(1, Disposition.SEIZED, null),
						new Discharges.Handling(2, Disposition.TRANSFERRED_WITH_PERSON, null))))).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("须先登记扣押");

		// the phone is seized: registered as seized property under the case, with its code on the belonging
		var phone = new BelongingSeizures.Seizure(org.zhifa.property.Category.ELECTRONIC, "城公（刑）扣字〔2026〕1号", "部", null);
		assertThatThrownBy(() -> as("officer", () -> seizures.seize(g.id(), g.version(), 2, phone, null))).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("未标记为涉案物品");
		org.zhifa.property.PropertyItem item = as("officer", () -> seizures.seize(g.id(), g.version(), 1, phone, null));
		assertThat(item.code()).startsWith("CW");
		assertThat(item.caseId()).isEqualTo(theCase.id());
		assertThat(item.description()).isEqualTo("手机");
		assertThat(item.holderName()).isEqualTo("孙某");
		assertThat(item.seizedBy()).containsExactlyElementsOf(escorts);
		VisitDetails seized = as("officer", () -> queries.get(g.id()));
		assertThat(seized.belongings().getFirst()).satisfies(bl -> {
			assertThat(bl.disposition()).isEqualTo(Disposition.SEIZED);
			assertThat(bl.propertyItemCode()).isEqualTo(item.code());
			assertThat(bl.propertyItemId()).isEqualTo(item.id());
		});
		Visit h = seized.visit();
		assertThatThrownBy(() -> as("officer", () -> seizures.seize(h.id(), h.version(), 1, phone, null))).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("已已扣押".substring(1));
		Visit out = as("custody", () -> discharges.discharge(h.id(), h.version(), ExitOutcome.CRIMINAL_DETENTION, "示范市看守所", "城公（刑）拘字〔2026〕1号",
				null, List.of(new Discharges.Handling(2, Disposition.TRANSFERRED_WITH_PERSON, null))));
		assertThat(out.inside()).isFalse();
		assertThat(out.roomId()).isNull();
		var clock = clocks.get(new StatutoryClockId(out.clockId()));
		assertThat(clock.running()).isFalse();
		assertThat(clock.stopReason()).contains("出区");
		VisitDetails record = as("officer", () -> queries.get(out.id()));
		assertThat(record.entries()).extracting(VisitEntry::kind).containsExactly("admitted", "watch-started", "security-checked",
				"belongings-recorded", "information-collected", "questioning-started", "questioning-ended", "belonging-seized", "discharged");
		assertThat(record.watches()).allSatisfy(w -> assertThat(w.to()).isNotNull());
		assertThat(record.alarms()).noneMatch(Alarm::open);
		assertThatThrownBy(() -> as("custody", () -> steps.startWatch(out.id(), out.version(), null, custodyOfficer)))
			.isInstanceOf(VisitAlreadyDischarged.class);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject_id = ? AND action LIKE 'custody.%'").param(out.id().toString())
			.query(Long.class).single()).isGreaterThanOrEqualTo(9);
	}

	@Test
	void aStaleVersionIsAConflictAndChangesNothing() {
		Visit v = as("officer", () -> admissions.admit(summons(Instant.now())));
		as("custody", () -> steps.startWatch(v.id(), v.version(), null, custodyOfficer));
		assertThatThrownBy(() -> as("custody", () -> steps.securityCheck(v.id(), v.version(), null, List.of(custodyOfficer), "无", null,
				List.of(), List.of()))).isInstanceOf(StaleVersion.class);
		assertThat(as("custody", () -> queries.get(v.id())).visit().checkedAt()).isNull();
	}

	@Test
	void anotherStationSeesNothing() {
		Visit v = as("officer", () -> admissions.admit(summons(Instant.now())));
		assertThatThrownBy(() -> as("officer2", () -> queries.get(v.id()))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> as("officer2", () -> steps.startWatch(v.id(), v.version(), null, custodyOfficer))).isInstanceOf(NotFound.class);
		assertThat(as("officer2", () -> queries.search(new VisitSearch(null, null, theCase.id(), null, null, null, null, null),
				org.zhifa.shared.PageRequest.of(0, 20)).items())).isEmpty();
		assertThat(as("custody", () -> queries.board(center)).people()).extracting(Board.PersonLine::visitId).contains(v.id());
	}

	@Test
	void roomsRefuseCoSuspectsAndRespectCapacity() {
		Party second = cases.addParty(theCase.id(), new NewParty(PartyRole.SUSPECT, "吴某", CaseFixtures.citizenId("19920202")), null);
		Visit a = as("officer", () -> admissions.admit(summons(Instant.now())));
		Visit b = as("officer", () -> admissions.admit(new NewAdmission(center, theCase.id(), second.id(), null, null, null, VisitReason.SUMMONS,
				Instant.now(), escorts, null)));
		Visit c = as("officer", () -> admissions.admit(new NewAdmission(center, null, null, "郑某", CaseFixtures.citizenId("19800303"), false,
				VisitReason.SURRENDER, Instant.now(), escorts, null)));
		Visit d = as("officer", () -> admissions.admit(new NewAdmission(center, null, null, "冯某", CaseFixtures.citizenId("19810404"), false,
				VisitReason.SURRENDER, Instant.now(), escorts, null)));
		as("custody", () -> rooms.move(a.id(), a.version(), waiting.id()));
		assertThatThrownBy(() -> as("custody", () -> rooms.move(b.id(), b.version(), waiting.id()))).isInstanceOf(RoomRefused.class)
			.hasMessageContaining("同案嫌疑人不得同室");
		as("custody", () -> rooms.move(c.id(), c.version(), waiting.id()));
		assertThatThrownBy(() -> as("custody", () -> rooms.move(d.id(), d.version(), waiting.id()))).isInstanceOf(RoomRefused.class)
			.hasMessageContaining("已满");
		Board board = as("custody", () -> queries.board(center));
		assertThat(board.rooms()).filteredOn(r -> r.room().id().equals(waiting.id())).singleElement().extracting(Board.RoomLine::occupants).isEqualTo(2);
	}

	@Test
	void alarmsAreRaisedSeenClearedAndClearThemselvesWhenTheConditionIsGone() {
		Visit v = as("officer", () -> admissions.admit(summons(Instant.now().minus(Duration.ofHours(11).plusMinutes(30)))));
		assertThat(open(v.id())).extracting(Alarm::kind).contains(AlarmKind.NO_WATCHER, AlarmKind.CLOCK_EXPIRING);
		Visit w = as("custody", () -> steps.startWatch(v.id(), v.version(), null, custodyOfficer));
		assertThat(open(v.id())).extracting(Alarm::kind).doesNotContain(AlarmKind.NO_WATCHER);
		alarms.evaluateAt(center, Instant.now().plus(Duration.ofHours(1)));
		assertThat(open(v.id())).extracting(Alarm::kind).contains(AlarmKind.CLOCK_EXPIRED).doesNotContain(AlarmKind.CLOCK_EXPIRING);
		Alarm expired = open(v.id()).stream().filter(a -> a.kind() == AlarmKind.CLOCK_EXPIRED).findFirst().orElseThrow();
		Alarm seen = as("custody", () -> alarms.markSeen(expired.id(), expired.version()));
		assertThat(seen.seenAt()).isNotNull();
		assertThat(seen.seenByName()).isNotBlank();
		assertThatThrownBy(() -> as("officer2", () -> alarms.clear(seen.id(), seen.version()))).isInstanceOf(NotFound.class);
		Alarm cleared = as("custody", () -> alarms.clear(seen.id(), seen.version()));
		assertThat(cleared.clearedAt()).isNotNull();
		assertThat(cleared.clearedBy()).isEqualTo(custodyOfficer);
		assertThatThrownBy(() -> as("custody", () -> alarms.clear(cleared.id(), cleared.version()))).isInstanceOf(AlarmAlreadyCleared.class);
		assertThatThrownBy(() -> as("custody", () -> alarms.markSeen(seen.id(), seen.version()))).isInstanceOf(StaleVersion.class);
		assertThat(w.version()).isPositive();
	}

	@Test
	void alarmsReachTheWorkbenchOfTheEscortsAndTheCentreStaffAndLeaveItWhenCleared(@Autowired Workbench workbench) {
		Visit v = as("officer", () -> admissions.admit(summons(Instant.now().minusSeconds(60))));
		Alarm noWatcher = open(v.id()).stream().filter(a -> a.kind() == AlarmKind.NO_WATCHER).findFirst().orElseThrow();
		WorkbenchAlert shown = awaitAlert(workbench, "officer", noWatcher.id());
		assertThat(shown.title()).isEqualTo("办案中心预警：无人看管");
		assertThat(shown.detail()).contains("孙某");
		assertThat(shown.link()).isEqualTo("/custody/visits/" + v.id());
		assertThat(shown.caseId()).isEqualTo(theCase.id());
		assertThat(awaitAlert(workbench, "custody", noWatcher.id()).open()).isTrue();
		assertThat(as("officer2", () -> workbench.myAlerts(true))).noneMatch(a -> a.alertId().equals(noWatcher.id()));

		// the condition gone, the system clears the alarm and the workbench follows
		Visit watched = as("custody", () -> steps.startWatch(v.id(), v.version(), null, custodyOfficer));
		await(() -> as("officer", () -> workbench.myAlerts(false)).stream().noneMatch(a -> a.alertId().equals(noWatcher.id())));
		WorkbenchAlert cleared = as("officer", () -> workbench.myAlerts(true)).stream().filter(a -> a.alertId().equals(noWatcher.id()))
			.findFirst().orElseThrow();
		assertThat(cleared.clearedAt()).isNotNull();
		assertThat(cleared.clearedBy()).isNull();

		// an event alarm cleared by a person leaves the workbench with that person's name
		Visit c = as("custody", () -> steps.securityCheck(watched.id(), watched.version(), null, List.of(custodyOfficer), "无", null, List.of(),
				List.of()));
		Visit q = as("custody", () -> steps.collectInformation(c.id(), c.version(), null, List.of(custodyOfficer), Set.of(CollectedItem.PHOTO)));
		QuestioningSession s = as("officer", () -> questioning.start(q.id(), q.version(), QuestioningKind.INTERROGATION, interrogation.id(),
				escorts, false, null));
		Visit ended = as("officer", () -> queries.get(v.id()).visit());
		as("officer", () -> questioning.end(ended.id(), ended.version(), s.id(), null, null, null, null));
		Alarm unrecorded = open(v.id()).stream().filter(a -> a.kind() == AlarmKind.QUESTIONING_UNRECORDED).findFirst().orElseThrow();
		awaitAlert(workbench, "officer", unrecorded.id());
		as("custody", () -> alarms.clear(unrecorded.id(), unrecorded.version()));
		await(() -> as("officer", () -> workbench.myAlerts(true)).stream()
			.anyMatch(a -> a.alertId().equals(unrecorded.id()) && "custody".equals(a.source()) && a.clearedBy() != null));
	}

	@Test
	void aSummonsIsExtendedToTwentyFourHoursWithReasonAndApproverAndOnlyOnce(@Autowired StayExtensions extensions) {
		Instant arrived = Instant.now().minus(Duration.ofHours(11).plusMinutes(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		Visit v = as("officer", () -> admissions.admit(summons(arrived)));
		assertThat(open(v.id())).extracting(Alarm::kind).contains(AlarmKind.CLOCK_EXPIRING);
		assertThat(as("officer", () -> extensions.available(v.id()))).extracting(e -> e.code()).containsExactly("complex");

		assertThatThrownBy(() -> as("officer", () -> extensions.extend(v.id(), v.version(), "complex", " ", "所长 王某", null)))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("延长理由");
		assertThatThrownBy(() -> as("officer", () -> extensions.extend(v.id(), v.version(), "complex", "案情复杂", "", null)))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("批准人");
		assertThatThrownBy(() -> as("officer", () -> extensions.extend(v.id(), v.version(), "identity-unknown", "身份不明", "所长 王某", null)))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> as("officer2", () -> extensions.extend(v.id(), v.version(), "complex", "越权", "某", null)))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> as("officer", () -> extensions.extend(v.id(), v.version() + 1, "complex", "案情复杂", "所长 王某", null)))
			.isInstanceOf(StaleVersion.class);
		assertThat(as("officer", () -> queries.get(v.id()).visit()).dueAt()).as("nothing written by a refusal").isEqualTo(v.dueAt());

		Visit extended = as("officer", () -> extensions.extend(v.id(), v.version(), "complex", "案情特别重大、复杂，需要采取拘留措施", "所长 王某", null));
		assertThat(extended.dueAt()).isEqualTo(arrived.plus(Duration.ofHours(24)));
		assertThat(clocks.get(new StatutoryClockId(v.clockId())).dueAt()).isEqualTo(extended.dueAt());
		assertThat(open(v.id())).extracting(Alarm::kind).doesNotContain(AlarmKind.CLOCK_EXPIRING);
		assertThat(as("officer", () -> queries.get(v.id())).entries()).anyMatch(e -> e.kind().equals("stay-extended")
				&& e.summary().contains("所长 王某") && e.summary().contains("延长至24小时"));
		assertThat(as("officer", () -> extensions.available(v.id()))).isEmpty();
		assertThatThrownBy(() -> as("officer", () -> extensions.extend(v.id(), extended.version(), "complex", "再次", "所长 王某", null)))
			.isInstanceOf(StayNotExtended.class);
	}

	@Test
	void aSurrenderRunsNoClockAndSoCannotBeExtended(@Autowired StayExtensions extensions) {
		Visit v = as("officer", () -> admissions.admit(new NewAdmission(center, theCase.id(), suspect.id(), null, null, null,
				VisitReason.SURRENDER, Instant.now().minusSeconds(60), escorts, null)));
		assertThat(as("officer", () -> extensions.available(v.id()))).isEmpty();
		assertThatThrownBy(() -> as("officer", () -> extensions.extend(v.id(), v.version(), "complex", "案情复杂", "所长 王某", null)))
			.isInstanceOf(StayNotExtended.class).hasMessageContaining("不计算法定时限");
	}

	@Test
	void unrecordedAndSingleOfficerQuestioningRaiseAlarms() {
		Case admin = fixtures.administrative("城关派出所", 1);
		Party p = cases.addParty(admin.id(), new NewParty(PartyRole.SUSPECT, "陈某", CaseFixtures.citizenId("19870707")), null);
		Visit v = as("officer", () -> admissions.admit(new NewAdmission(center, admin.id(), p.id(), null, null, null, VisitReason.SUMMONS,
				Instant.now().minus(Duration.ofHours(1)), admin.officerIds(), null)));
		Visit ready = readyForQuestioning(v);
		Room inquiry = rooms.create(center, "询问室-" + UUID.randomUUID().toString().substring(0, 6), RoomKind.INQUIRY, 1);
		assertThatThrownBy(() -> as("officer", () -> questioning.start(ready.id(), ready.version(), QuestioningKind.INQUIRY, inquiry.id(),
				List.of(admin.officerIds().get(0)), false, null))).isInstanceOf(QuestioningRefused.class).hasMessageContaining("全程录音录像");
		QuestioningSession s = as("officer", () -> questioning.start(ready.id(), ready.version(), QuestioningKind.INQUIRY, inquiry.id(),
				List.of(admin.officerIds().get(0)), true, null));
		Visit running = as("officer", () -> queries.get(v.id()).visit());
		as("officer", () -> questioning.end(running.id(), running.version(), s.id(), null, null, null, null));
		assertThat(open(v.id())).extracting(Alarm::kind).contains(AlarmKind.QUESTIONING_UNRECORDED, AlarmKind.SINGLE_OFFICER_UNRECORDED);
		alarms.evaluate(null);
		assertThat(open(v.id())).filteredOn(a -> a.kind() == AlarmKind.QUESTIONING_UNRECORDED).hasSize(1);
	}

	@Test
	void overCapacityCoSuspectsAndBelongingsLeftBehindRaiseAlarms() {
		Party second = cases.addParty(theCase.id(), new NewParty(PartyRole.SUSPECT, "褚某", CaseFixtures.citizenId("19930303")), null);
		Visit a = as("officer", () -> admissions.admit(summons(Instant.now())));
		Visit b = as("officer", () -> admissions.admit(new NewAdmission(center, theCase.id(), second.id(), null, null, null, VisitReason.SUMMONS,
				Instant.now(), escorts, null)));
		as("custody", () -> rooms.move(a.id(), a.version(), waiting.id()));
		// a placement that predates the rule (or came in through another door) is still caught by the board
		jdbc.sql("UPDATE custody_visit SET room_id = ? WHERE id = ?").params(waiting.id(), b.id()).update();
		Room smaller = as("custody", () -> rooms.update(waiting.id(), waiting.name(), RoomKind.WAITING, 1, true, waiting.version()));
		assertThat(open(a.id())).extracting(Alarm::kind).contains(AlarmKind.CO_SUSPECTS_TOGETHER);
		assertThat(alarms.list(center, null, true)).anyMatch(al -> al.kind() == AlarmKind.ROOM_OVER_CAPACITY && al.subjectId().equals(smaller.id()));
		Visit moved = as("custody", () -> queries.get(b.id()).visit());
		as("custody", () -> rooms.move(moved.id(), moved.version(), null));
		assertThat(open(a.id())).extracting(Alarm::kind).doesNotContain(AlarmKind.CO_SUSPECTS_TOGETHER);
		assertThat(alarms.list(center, null, true)).noneMatch(al -> al.kind() == AlarmKind.ROOM_OVER_CAPACITY && al.subjectId().equals(smaller.id()));

		Visit c = as("custody", () -> queries.get(a.id()).visit());
		Visit checked = as("custody", () -> steps.securityCheck(c.id(), c.version(), null, List.of(custodyOfficer), "无", null, List.of(), List.of()));
		Visit stored = as("custody", () -> steps.recordBelongings(checked.id(), checked.version(), null, "B-07", List.of(new VisitSteps.Item("钥匙", 1, false))));
		Visit out = as("custody", () -> discharges.discharge(stored.id(), stored.version(), ExitOutcome.HOSPITAL, "示范市人民医院", null, null,
				List.of(new Discharges.Handling(1, Disposition.KEPT, "本人住院，暂存"))));
		assertThat(alarms.list(null, out.id(), true)).extracting(Alarm::kind).containsExactly(AlarmKind.BELONGINGS_NOT_RETURNED);
	}

	@Test
	void entryRateIsTheShareOfCriminalSuspectsBroughtInWhoWereAdmitted() {
		Instant from = Instant.now().minusSeconds(1);
		Party second = cases.addParty(theCase.id(), new NewParty(PartyRole.SUSPECT, "周某", CaseFixtures.citizenId("19920202")), null);
		Party third = cases.addParty(theCase.id(), new NewParty(PartyRole.SUSPECT, "吴某", CaseFixtures.citizenId("19930303")), null);
		Figures.Line before = line(from);
		Instant now = Instant.now();
		as("officer", () -> cases.startMeasure(theCase.id(), new NewMeasure(suspect.id(), MeasureKind.SUMMONS, now, escorts, null), null));
		as("officer", () -> cases.startMeasure(theCase.id(), new NewMeasure(second.id(), MeasureKind.SUMMONS, now, escorts, null), null));
		as("officer", () -> admissions.admit(summons(now)));
		Figures.Line after = line(from);
		assertThat(after.criminalSuspectsBroughtIn() - before.criminalSuspectsBroughtIn()).isEqualTo(2);
		assertThat(after.criminalSuspectsThroughCentre() - before.criminalSuspectsThroughCentre()).isEqualTo(1);
		assertThat(after.entryRatePercent())
			.isEqualTo(Math.round(after.criminalSuspectsThroughCentre() * 1000.0 / after.criminalSuspectsBroughtIn()) / 10.0);

		// a suspect admitted without a recorded measure (投案) was brought in too, and came through the centre
		as("officer", () -> admissions.admit(new NewAdmission(center, theCase.id(), third.id(), null, null, null, VisitReason.SURRENDER, now,
				escorts, null)));
		Figures.Line last = line(from);
		assertThat(last.criminalSuspectsBroughtIn() - after.criminalSuspectsBroughtIn()).isEqualTo(1);
		assertThat(last.criminalSuspectsThroughCentre() - after.criminalSuspectsThroughCentre()).isEqualTo(1);
		assertThat(last.entryRatePercent()).isGreaterThan(after.entryRatePercent());
		assertThat(as("officer2", () -> figures.figures(from, Instant.now().plusSeconds(60), theCase.unitId())).units())
			.as("another station sees no figures of this one").isEmpty();
		Figures.Line centreView = as("custody", () -> figures.figures(from, Instant.now().plusSeconds(60), theCase.unitId())).units().getFirst();
		assertThat(centreView.criminalSuspectsThroughCentre()).isEqualTo(last.criminalSuspectsThroughCentre());
		assertThat(centreView.criminalSuspectsBroughtIn()).as("the centre's staff do not read the station's cases").isNull();
		assertThat(centreView.entryRatePercent()).isNull();
	}

	private Figures.Line line(Instant from) {
		return as("legal", () -> figures.figures(from, Instant.now().plusSeconds(60), theCase.unitId())).units().stream()
			.filter(l -> l.unitId().equals(theCase.unitId())).findFirst()
			.orElse(new Figures.Line(theCase.unitId(), "", 0, 0, 0L, 0, null, 0, 0, 0, 0, 0));
	}

	@Test
	void figuresCountAdmissionsStaysAndAlarmsByUnit() {
		Instant from = Instant.now().minus(Duration.ofMinutes(1));
		Visit v = as("officer", () -> admissions.admit(summons(Instant.now())));
		Figures f = as("custody", () -> figures.figures(from, Instant.now().plusSeconds(60), theCase.unitId()));
		assertThat(f.units()).singleElement().satisfies(line -> {
			assertThat(line.admissions()).isGreaterThanOrEqualTo(1);
			assertThat(line.criminalSuspectAdmissions()).isGreaterThanOrEqualTo(1);
			assertThat(line.alarms()).isGreaterThanOrEqualTo(1); // no watcher yet
			assertThat(line.alarmsPer100Admissions()).isPositive();
		});
		assertThat(v.id()).isNotNull();
	}

	// ---- helpers --------------------------------------------------------------------------------------------

	private Visit readyForQuestioning(Visit v) {
		Visit w = as("custody", () -> steps.startWatch(v.id(), v.version(), null, custodyOfficer));
		Visit c = as("custody", () -> steps.securityCheck(w.id(), w.version(), null, List.of(custodyOfficer), "无", null, List.of(), List.of()));
		return as("custody", () -> steps.collectInformation(c.id(), c.version(), null, List.of(custodyOfficer), Set.of(CollectedItem.PHOTO)));
	}

	private static String badCheckDigit(String id) {
		char last = id.charAt(17);
		return id.substring(0, 17) + (last == '0' ? '1' : '0');
	}

	/** The workbench follows after the custody transaction commits; wait for the alert to show. */
	private WorkbenchAlert awaitAlert(Workbench workbench, String username, UUID alarmId) {
		await(() -> as(username, () -> workbench.myAlerts(false)).stream().anyMatch(a -> a.alertId().equals(alarmId)));
		return as(username, () -> workbench.myAlerts(false)).stream().filter(a -> a.alertId().equals(alarmId)).findFirst().orElseThrow();
	}

	private static void await(java.util.function.BooleanSupplier condition) {
		org.zhifa.Eventually.await("the workbench following the alarm", condition);
	}

	private List<Alarm> open(UUID visitId) {
		return alarms.list(null, visitId, true);
	}

	private NewAdmission summons(Instant arrived) {
		return new NewAdmission(center, theCase.id(), suspect.id(), null, null, null, VisitReason.SUMMONS, arrived, escorts, null);
	}

	private <T> T as(String username, Supplier<T> work) {
		List<T> result = new ArrayList<>();
		TestActors.runAs(DemoActors.account(jdbc, username), () -> result.add(work.get()));
		return result.getFirst();
	}
}
