package org.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.awaitility.Awaitility;
import org.zhifa.IntegrationTest;
import org.zhifa.TestActors;
import org.zhifa.TrailReader;
import org.zhifa.UnitFixtures;
import org.zhifa.audit.AuditRecord;
import org.zhifa.calendar.ClockState;
import org.zhifa.calendar.StatutoryClock;
import org.zhifa.calendar.StatutoryClockId;
import org.zhifa.calendar.StatutoryClocks;
import org.zhifa.intake.CaseFiled;
import org.zhifa.intake.CaseKind;
import org.zhifa.officer.NewOfficer;
import org.zhifa.officer.OfficerKind;
import org.zhifa.officer.OfficerManagement;
import org.zhifa.officer.Role;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.organization.UnitManagement;
import org.zhifa.shared.Actor;
import org.zhifa.shared.DataScope;
import org.zhifa.shared.StaleVersion;

/**
 * Stalled cases (挂案) end to end on the real database: each test works in a station of its own, with cases whose last
 * activity lies in the year 2000, so sweeps at the present time flag only them.
 */
@IntegrationTest
class StalledCasesIntegrationTests {

	private static final Instant LONG_AGO = Instant.parse("2000-01-03T02:00:00Z");

	@Autowired
	StalledCases stalledCases;

	@Autowired
	StatutoryClocks clocks;

	@Autowired
	OfficerManagement officers;

	@Autowired
	UnitManagement unitManagement;

	@Autowired
	UnitDirectory unitDirectory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrailReader trail;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	UUID station;
	UUID caseOfficer;
	UUID secondOfficer;
	UUID head;
	Actor officerActor;
	Actor headActor;

	@BeforeEach
	void aStationWithTwoOfficersAndAHead() {
		UnitFixtures units = new UnitFixtures(unitManagement, unitDirectory);
		station = units.station("挂案测试派出所", units.districtBureau("挂案测试分局"));
		caseOfficer = officer(Role.CASE_OFFICER);
		secondOfficer = officer(Role.CASE_OFFICER);
		head = officer(Role.DEPARTMENT_HEAD);
		officerActor = TestActors.actor("officer-" + caseOfficer, station, caseOfficer, DataScope.OWN, StalledCases.READ, StalledCases.ANSWER);
		headActor = TestActors.actor("head-" + head, station, head, DataScope.UNIT_AND_BELOW, StalledCases.READ, StalledCases.ANSWER,
				StalledCases.DECIDE);
	}

	@Test
	void aCaseIdleLongerThanThePeriodGetsOneReviewWithAClockForItsOfficers() {
		UUID idle = idleCase();
		UUID active = newCase(Instant.now().minus(Duration.ofDays(59)));

		stalledCases.sweep(Instant.now());
		stalledCases.sweep(Instant.now());

		assertThat(stalledCases.ofCase(active)).isEmpty();
		List<StalledCaseReview> reviews = stalledCases.ofCase(idle);
		assertThat(reviews).singleElement().satisfies(r -> {
			assertThat(r.state()).isEqualTo(ReviewState.AWAITING_ANSWER);
			assertThat(r.idleSince()).isEqualTo(LONG_AGO);
			assertThat(r.officerIds()).containsExactly(caseOfficer, secondOfficer);
		});
		StatutoryClock clock = clocks.get(StatutoryClockId.of(reviews.getFirst().reviewClockId()));
		assertThat(clock.running()).isTrue();
		assertThat(clock.subject().officerIds()).containsExactly(caseOfficer, secondOfficer);
		assertThat(clock.subject().caseId()).isEqualTo(idle);
		assertThat(clock.deadline().ruleCode()).isEqualTo("supervision.stalled-case.review");
		assertThat(trail.about(reviews.getFirst().id())).extracting(AuditRecord::action).contains("stalled-case.review-opened");
	}

	@Test
	void anExplanationStopsTheClockAndHoldsOffTheNextReviewForTheGrantedDays() {
		UUID idle = idleCase();
		stalledCases.sweep(Instant.now());
		StalledCaseReview review = stalledCases.ofCase(idle).getFirst();

		AtomicReference<StalledCaseReview> answered = new AtomicReference<>();
		TestActors.runAs(officerActor, () -> answered.set(stalledCases.explain(review.id(), "等待DNA鉴定结果，预计二十日内出具", 30, review.version())));

		assertThat(answered.get().state()).isEqualTo(ReviewState.EXTENDED);
		assertThat(answered.get().answeredBy()).isEqualTo(caseOfficer);
		assertThat(clocks.get(StatutoryClockId.of(review.reviewClockId())).state()).isEqualTo(ClockState.STOPPED);
		stalledCases.sweep(Instant.now().plus(Duration.ofDays(29)));
		assertThat(stalledCases.ofCase(idle)).hasSize(1);
		stalledCases.sweep(Instant.now().plus(Duration.ofDays(31)));
		assertThat(stalledCases.ofCase(idle)).hasSize(2).first().extracting(StalledCaseReview::state).isEqualTo(ReviewState.AWAITING_ANSWER);
	}

	@Test
	void anExplanationHoldingOffLongerThanTheBureauAllowsIsRefusedAndChangesNothing() {
		UUID idle = idleCase();
		stalledCases.sweep(Instant.now());
		StalledCaseReview review = stalledCases.ofCase(idle).getFirst();

		TestActors.runAs(officerActor, () -> assertThatThrownBy(() -> stalledCases.explain(review.id(), "理由", 91, review.version()))
			.isInstanceOf(ExtensionTooLong.class).hasMessageContaining("最长90日"));
		TestActors.runAs(officerActor, () -> assertThatThrownBy(() -> stalledCases.explain(review.id(), "理由", 10, review.version() + 1))
			.isInstanceOf(StaleVersion.class));

		assertThat(stalledCases.ofCase(idle).getFirst()).isEqualTo(review);
		assertThat(clocks.get(StatutoryClockId.of(review.reviewClockId())).running()).isTrue();
	}

	@Test
	void anUnansweredReviewPastItsDueTimeEscalatesOnceToTheDepartmentHead() {
		UUID idle = idleCase();
		stalledCases.sweep(Instant.now());
		StalledCaseReview review = stalledCases.ofCase(idle).getFirst();

		Instant later = review.reviewDueAt().plusSeconds(60);
		stalledCases.sweep(later);
		stalledCases.sweep(later.plusSeconds(60));

		StalledCaseReview escalated = stalledCases.ofCase(idle).getFirst();
		assertThat(escalated.escalatedAt()).isEqualTo(later);
		StatutoryClock escalation = clocks.get(StatutoryClockId.of(escalated.escalationClockId()));
		assertThat(escalation.subject().officerIds()).containsExactly(head);
		assertThat(escalation.deadline().ruleCode()).isEqualTo("supervision.stalled-case.escalation");
		assertThat(clocks.ofSubject(StalledCases.SUBJECT, review.id())).hasSize(2);

		// the answer, even after escalation, ends the head's task too
		TestActors.runAs(officerActor, () -> stalledCases.explain(review.id(), "已补充讯问，等待起诉意见书审核", 14, escalated.version()));
		assertThat(clocks.get(escalation.id()).state()).isEqualTo(ClockState.STOPPED);
		assertThat(clocks.get(StatutoryClockId.of(review.reviewClockId())).stopReason()).isEqualTo("已说明未结原因，延期14日");
	}

	@Test
	void aClosingProposalGoesToTheHeadWhoMayReturnItAndClosingTheCaseResolvesTheReview() {
		UUID idle = idleCase();
		stalledCases.sweep(Instant.now());
		StalledCaseReview review = stalledCases.ofCase(idle).getFirst();

		AtomicReference<StalledCaseReview> step = new AtomicReference<>();
		TestActors.runAs(officerActor, () -> step.set(stalledCases.proposeClosing(review.id(), "犯罪嫌疑人死亡，建议撤销案件", review.version())));
		assertThat(step.get().state()).isEqualTo(ReviewState.CLOSING_PROPOSED);
		StatutoryClock proposal = clocks.get(StatutoryClockId.of(step.get().proposalClockId()));
		assertThat(proposal.subject().officerIds()).containsExactly(head);

		// an officer cannot return a proposal (needs stalled-case:decide) — the head can
		TestActors.runAs(officerActor, () -> assertThatThrownBy(() -> stalledCases.returnProposal(review.id(), "x", step.get().version()))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class));
		TestActors.runAs(headActor, () -> step.set(stalledCases.returnProposal(review.id(), "死亡证明未附卷，补充后再报", step.get().version())));
		assertThat(step.get().state()).isEqualTo(ReviewState.AWAITING_ANSWER);
		assertThat(step.get().decidedBy()).isEqualTo(head);
		assertThat(clocks.get(proposal.id()).state()).isEqualTo(ClockState.STOPPED);
		StatutoryClock again = clocks.get(StatutoryClockId.of(step.get().reviewClockId()));
		assertThat(again.running()).isTrue();
		assertThat(again.subject().officerIds()).containsExactly(caseOfficer, secondOfficer);

		stalledCases.recordClosed(idle, Instant.now(), "撤销案件");
		assertThat(stalledCases.ofCase(idle).getFirst()).satisfies(r -> {
			assertThat(r.state()).isEqualTo(ReviewState.RESOLVED);
			assertThat(r.resolution()).isEqualTo("案件已撤销案件");
		});
		assertThat(clocks.get(again.id()).state()).isEqualTo(ClockState.STOPPED);
		stalledCases.sweep(Instant.now().plus(Duration.ofDays(400)));
		assertThat(stalledCases.ofCase(idle)).hasSize(1);
	}

	@Test
	void newActivityOnTheCaseResolvesTheReviewByItself() {
		UUID idle = idleCase();
		stalledCases.sweep(Instant.now());
		StalledCaseReview review = stalledCases.ofCase(idle).getFirst();

		stalledCases.recordActivity(idle, "刑事案件 测试", station, List.of(caseOfficer, secondOfficer), Instant.now(), "提请批准逮捕");

		assertThat(stalledCases.ofCase(idle).getFirst().state()).isEqualTo(ReviewState.RESOLVED);
		assertThat(clocks.get(StatutoryClockId.of(review.reviewClockId())).stopReason()).isEqualTo("案件有新进展：提请批准逮捕");
	}

	@Test
	void anOlderEventArrivingLateDoesNotMoveTheLastActivityBack() {
		UUID id = newCase(Instant.now());
		stalledCases.recordActivity(id, "刑事案件 测试", station, List.of(caseOfficer), LONG_AGO, "迟到的旧事件");
		stalledCases.sweep(Instant.now());
		assertThat(stalledCases.ofCase(id)).isEmpty();
	}

	@Test
	void aFiledCaseIsWatchedFromItsFilingEvent() {
		UUID caseId = UUID.randomUUID();
		transaction.executeWithoutResult(s -> events.publishEvent(new CaseFiled(caseId, CaseKind.CRIMINAL, UUID.randomUUID(),
				"S330100000000202600001", station, "criminal.theft", "某小区电动车被盗", "某小区", List.of(caseOfficer, secondOfficer),
				LONG_AGO.minusSeconds(3600), LONG_AGO)));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM supervised_case WHERE case_id = ?")
			.param(caseId).query(Long.class).single() == 1);
		stalledCases.sweep(Instant.now());
		assertThat(stalledCases.ofCase(caseId)).singleElement().satisfies(r -> assertThat(r.caseLabel()).contains("S330100000000202600001"));
	}

	@Test
	void anOfficerSeesOnlyTheReviewsOfTheirOwnCasesAndGetsClearProblemsForBadAnswers() throws Exception {
		UUID mine = idleCase();
		UUID other = UUID.randomUUID();
		UUID someoneElse = officer(Role.CASE_OFFICER);
		stalledCases.recordActivity(other, "刑事案件 他人", station, List.of(someoneElse), LONG_AGO, "立案");
		stalledCases.sweep(Instant.now());
		StalledCaseReview review = stalledCases.ofCase(mine).getFirst();
		StalledCaseReview notMine = stalledCases.ofCase(other).getFirst();

		mvc.perform(get("/api/stalled-cases").with(authentication(TestActors.auth(officerActor))))
			.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].caseId").value(mine.toString()))
			.andExpect(jsonPath("$.items[0].stateLabel").value("待说明"));
		mvc.perform(get("/api/stalled-cases/" + notMine.id()).with(authentication(TestActors.auth(officerActor))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/stalled-cases?state=AWAITING_ANSWER").with(authentication(TestActors.auth(headActor))))
			.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(2));

		mvc.perform(post("/api/stalled-cases/" + review.id() + "/explanation").with(authentication(TestActors.auth(officerActor))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \",\"days\":0,\"version\":" + review.version() + "}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("urn:zhifa:problem:validation-failed"));
		mvc.perform(post("/api/stalled-cases/" + notMine.id() + "/explanation").with(authentication(TestActors.auth(officerActor))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"理由\",\"days\":5,\"version\":" + notMine.version() + "}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/stalled-cases/" + review.id() + "/explanation").with(authentication(TestActors.auth(officerActor))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"理由\",\"days\":5,\"version\":" + (review.version() + 7) + "}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/stalled-cases/" + review.id() + "/return").with(authentication(TestActors.auth(officerActor))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"理由\",\"version\":" + review.version() + "}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/stalled-cases/" + review.id() + "/explanation").with(authentication(TestActors.auth(officerActor))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"等待鉴定\",\"days\":5,\"version\":" + review.version() + "}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("EXTENDED"));
		mvc.perform(post("/api/stalled-cases/" + review.id() + "/closing-proposal").with(authentication(TestActors.auth(officerActor))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"建议撤案\",\"version\":" + (review.version() + 1) + "}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.type").value("urn:zhifa:problem:stalled-case-review-not-in-progress"));
	}

	// ---- fixtures ---------------------------------------------------------------------------------------------

	private UUID idleCase() {
		return newCase(LONG_AGO);
	}

	private UUID newCase(Instant lastActivity) {
		UUID id = UUID.randomUUID();
		stalledCases.recordActivity(id, "刑事案件 A" + id.toString().substring(0, 6) + " 测试盗窃案", station, List.of(caseOfficer, secondOfficer),
				lastActivity, "立案");
		return id;
	}

	private UUID officer(Role role) {
		SecurityContextHolder.clearContext();
		String badge = String.valueOf(400000 + ThreadLocalRandom.current().nextInt(199999));
		return officers.register(new NewOfficer("挂案" + badge, badge, OfficerKind.SWORN, station, Set.of(role), false, null, null, null)).id();
	}
}
