package org.zhifa.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.DemoActors;
import org.zhifa.IntegrationTest;
import org.zhifa.TestActors;
import org.zhifa.cases.Case;
import org.zhifa.cases.CaseFixtures;
import org.zhifa.cases.CaseManagement;
import org.zhifa.cases.CaseQueries;
import org.zhifa.cases.CaseStatus;
import org.zhifa.cases.MeasureKind;
import org.zhifa.cases.MeasureOutOfOrder;
import org.zhifa.cases.NewParty;
import org.zhifa.cases.Party;
import org.zhifa.cases.PartyRole;
import org.zhifa.document.LegalDocuments;
import org.zhifa.shared.Actor;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.StaleVersion;

/**
 * Approval chains on the real database with the demo bureau's people: 办案民警 {@code officer}, 法制员 {@code legal} and 所长
 * {@code head} of 城关派出所, 法制大队 reviewers of 东城分局 ({@code branchreviewer}, first-timer {@code newreviewer}), the
 * city's {@code reviewer}, and 东城分局's leader {@code branchleader}. Each test opens cases of its own.
 */
@IntegrationTest
class ApprovalsIntegrationTests {

	@Autowired
	Approvals approvals;

	@Autowired
	ApprovalQueries queries;

	@Autowired
	ApprovalPolicies policies;

	@Autowired
	RequestTypes types;

	@Autowired
	CaseManagement cases;

	@Autowired
	CaseQueries caseQueries;

	@Autowired
	LegalDocuments documents;

	@Autowired
	JdbcClient jdbc;

	Case theCase;
	Party suspect;

	@BeforeEach
	void openACaseWithASuspect() {
		theCase = new CaseFixtures(cases, jdbc).criminal("城关派出所", 1);
		suspect = cases.addParty(theCase.id(), new NewParty(PartyRole.SUSPECT, "钱某", CaseFixtures.citizenId("19880301")), null);
	}

	@Test
	void aDetentionRequestPassesFourLevelsWithOneReturnThenIssuesTheWarrantAndStartsTheDetention() {
		Submission s = as("officer", () -> approvals.submit(detention(suspect)));
		assertThat(s.state()).isEqualTo(SubmissionState.IN_REVIEW);
		assertThat(s.currentStep()).isEqualTo(1);
		assertThat(as("legal", () -> queries.inbox(org.zhifa.shared.PageRequest.of(0, 50)).items())).extracting(Submission::id).contains(s.id());
		assertThat(as("head", () -> queries.inbox(org.zhifa.shared.PageRequest.of(0, 50)).items())).extracting(Submission::id).doesNotContain(s.id());

		s = as("legal", approve(s, "事实清楚，同意呈报"));
		s = as("head", approve(s, "同意"));
		assertThat(s.currentStep()).isEqualTo(3);
		Submission atReview = s;
		s = as("branchreviewer", () -> approvals.returnTo(atReview.id(), 1, "证据清单缺少被害人陈述，请法制员复核", atReview.version()));
		assertThat(s.currentStep()).isEqualTo(1);
		assertThat(s.state()).isEqualTo(SubmissionState.IN_REVIEW);
		s = as("legal", approve(s, "已补充，同意"));
		s = as("head", approve(s, "同意"));
		s = as("branchreviewer", approve(s, "符合刑事诉讼法第八十二条规定，同意拘留"));
		assertThat(s.currentStep()).isEqualTo(4);
		Submission done = as("branchleader", approve(s, "同意"));
		assertThat(done.state()).isEqualTo(SubmissionState.APPROVED);
		assertThat(done.documentNumber()).contains("拘字");
		assertThat(documents.pdf(done.documentId())).isNotEmpty();
		// decided by the 公安机关负责人: the 拘留证 is the bureau's document, kept with the station's case
		var warrant = as("officer", () -> documents.get(done.documentId())).document();
		UUID bureau = jdbc.sql("""
				WITH RECURSIVE up AS (SELECT id, parent_id, kind, 0 AS depth FROM unit WHERE id = ?
				  UNION ALL SELECT u.id, u.parent_id, u.kind, up.depth + 1 FROM unit u JOIN up ON u.id = up.parent_id)
				SELECT id FROM up WHERE kind IN ('MUNICIPAL_BUREAU', 'DISTRICT_BUREAU', 'COUNTY_BUREAU') ORDER BY depth LIMIT 1""")
			.param(theCase.unitId()).query(UUID.class).single();
		assertThat(warrant.unitId()).isEqualTo(theCase.unitId());
		assertThat(warrant.issuerUnitId()).isEqualTo(bureau).isNotEqualTo(theCase.unitId());
		assertThat(warrant.issuerName()).doesNotContain("派出所");
		var details = as("officer", () -> caseQueries.get(theCase.id()));
		assertThat(details.measures()).anySatisfy(m -> {
			assertThat(m.measure().kind()).isEqualTo(MeasureKind.CRIMINAL_DETENTION);
			assertThat(m.measure().active()).isTrue();
			assertThat(m.measure().startedAt()).isEqualTo(done.decidedAt());
			assertThat(m.clocks()).isNotEmpty();
		});
		List<ApprovalAction> history = as("officer", () -> queries.get(done.id()).history());
		assertThat(history).extracting(ApprovalAction::action).containsExactly(ApprovalAction.Kind.SUBMITTED, ApprovalAction.Kind.APPROVED,
				ApprovalAction.Kind.APPROVED, ApprovalAction.Kind.RETURNED, ApprovalAction.Kind.APPROVED, ApprovalAction.Kind.APPROVED,
				ApprovalAction.Kind.APPROVED, ApprovalAction.Kind.APPROVED);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject_id = ? AND action LIKE 'approval.%'").param(done.id().toString())
			.query(Long.class).single()).isEqualTo(9);
		assertThat(jdbc.sql("SELECT count(*) FROM statutory_clock WHERE subject_id = ? AND state = 'RUNNING'").param(done.id())
			.query(Long.class).single()).isZero();
	}

	@Test
	void theMakerNeverApprovesAndOnlyTheStepsRoleInTheRightUnitMayAct() {
		Submission s = as("officer", () -> approvals.submit(detention(suspect)));
		assertThatThrownBy(() -> as("officer", approve(s, "同意"))).isInstanceOf(NotEligibleToAct.class)
			.hasMessageContaining("呈请人不能审批自己的呈请");
		UUID otherStationsLegalOfficer = jdbc.sql("""
				SELECT o.id FROM officer o JOIN unit u ON u.id = o.unit_id WHERE u.name = '河西派出所' AND 'LEGAL_OFFICER' = ANY(o.roles)""")
			.query(UUID.class).single();
		Actor hexi = DemoActors.officer(jdbc, otherStationsLegalOfficer, "hexi-legal");
		assertThatThrownBy(() -> run(hexi, approve(s, "同意"))).as("another station's legal officer does not even see it")
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> as("branchleader", approve(s, "同意"))).isInstanceOf(NotEligibleToAct.class)
			.hasMessageContaining("本环节须由城关派出所的法制员办理");
		Submission after = as("legal", approve(s, "同意"));
		assertThatThrownBy(() -> as("legal", approve(after, "再签一次"))).isInstanceOf(NotEligibleToAct.class)
			.hasMessageContaining("同一人不能审批两个环节");
	}

	@Test
	void aFirstTimeLegalReviewerWithoutTheLegalProfessionQualificationCannotSign() {
		Submission s = atStep3();
		assertThatThrownBy(() -> as("newreviewer", approve(s, "同意"))).isInstanceOf(NotEligibleToAct.class)
			.hasMessageContaining("初次从事法制审核的人员须取得法律职业资格");
		UUID newReviewer = DemoActors.account(jdbc, "newreviewer").officerId();
		assertThat(s.candidateIds()).doesNotContain(newReviewer).contains(DemoActors.account(jdbc, "branchreviewer").officerId());
	}

	@Test
	void twoPeopleActingOnTheSameStepAtOnceOneWinsTheOtherGets409() throws Exception {
		Submission s = as("officer", () -> approvals.submit(detention(suspect)));
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Object> approve = pool.submit(() -> {
				go.await();
				try {
					return as("legal", approve(s, "同意"));
				}
				catch (RuntimeException e) {
					return e;
				}
			});
			Future<Object> recall = pool.submit(() -> {
				go.await();
				try {
					return as("officer", () -> approvals.recall(s.id(), "补充材料", s.version()));
				}
				catch (RuntimeException e) {
					return e;
				}
			});
			go.countDown();
			List<Object> outcomes = List.of(approve.get(), recall.get());
			assertThat(outcomes).filteredOn(o -> o instanceof Submission).hasSize(1);
			assertThat(outcomes).filteredOn(o -> o instanceof StaleVersion).hasSize(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("SELECT version FROM approval_submission WHERE id = ?").param(s.id()).query(Long.class).single())
			.isEqualTo(s.version() + 1);
	}

	@Test
	void aRejectionEndsTheRequestAndLeavesTheCaseUntouched() {
		Submission s = as("officer", () -> approvals.submit(detention(suspect)));
		Submission s2 = as("legal", approve(s, "同意"));
		Submission rejected = as("head", () -> approvals.reject(s2.id(), "证据不足，不同意拘留", s2.version()));
		assertThat(rejected.state()).isEqualTo(SubmissionState.REJECTED);
		assertThat(as("officer", () -> caseQueries.get(theCase.id())).measures()).isEmpty();
		assertThatThrownBy(() -> as("branchreviewer", approve(rejected, "同意"))).isInstanceOf(SubmissionNotWaiting.class);
	}

	@Test
	void theSubmitterRecallsChangesAndResubmitsOrWithdraws() {
		Submission s = as("officer", () -> approvals.submit(detention(suspect)));
		Submission recalled = as("officer", () -> approvals.recall(s.id(), "补充证据", s.version()));
		assertThat(recalled.state()).isEqualTo(SubmissionState.WITH_SUBMITTER);
		assertThat(recalled.candidateIds()).isEmpty();
		Submission again = as("officer", () -> approvals.resubmit(s.id(), "补充后的事实", "呈请理由（补充）", "刑事诉讼法第八十二条",
				draftFields(), recalled.version()));
		assertThat(again.state()).isEqualTo(SubmissionState.IN_REVIEW);
		assertThat(again.round()).isEqualTo(2);
		assertThat(as("officer", () -> queries.get(s.id()).submission().facts())).as("the revised report is stored").isEqualTo("补充后的事实");
		Submission signed = as("legal", approve(again, "同意"));
		assertThatThrownBy(() -> as("officer", () -> approvals.recall(s.id(), "再撤回", signed.version())))
			.isInstanceOf(SubmissionNotWaiting.class).hasMessageContaining("已有审批人签署意见");
		Submission back = as("head", () -> approvals.returnTo(s.id(), 0, "请补充到案经过", signed.version()));
		Submission withdrawn = as("officer", () -> approvals.withdraw(s.id(), "改为取保候审", back.version()));
		assertThat(withdrawn.state()).isEqualTo(SubmissionState.WITHDRAWN);
	}

	@Test
	void aDelegatedStepIsSignedByTheDeputyOnBehalfOfTheHolder() {
		Submission s = as("officer", () -> approvals.submit(detention(suspect)));
		Submission s2 = as("legal", approve(s, "同意"));
		UUID deputy = jdbc.sql("""
				SELECT o.id FROM officer o JOIN unit u ON u.id = o.unit_id WHERE u.name = '城关派出所' AND o.kind = 'SWORN' AND o.active
				  AND NOT ('LEGAL_OFFICER' = ANY(o.roles)) AND NOT ('DEPARTMENT_HEAD' = ANY(o.roles))
				  AND o.qualification_expires_on > current_date + 30 AND o.id <> ALL(CAST(? AS uuid[])) ORDER BY o.badge_number LIMIT 1""")
			.param("{" + DemoActors.account(jdbc, "officer").officerId() + "}").query(UUID.class).single();
		Submission delegated = as("head", () -> approvals.delegate(s2.id(), deputy, "所长外出开会", s2.version()));
		assertThat(delegated.candidateIds()).contains(deputy);
		Submission signed = run(DemoActors.officer(jdbc, deputy, "deputy"), approve(delegated, "同意（代所长签）"));
		ApprovalStep step2 = queries.get(s.id()).steps().get(1).step();
		assertThat(step2.actedBy()).isEqualTo(deputy);
		assertThat(step2.onBehalfOf()).isEqualTo(DemoActors.account(jdbc, "head").officerId());
		assertThat(signed.currentStep()).isEqualTo(3);
	}

	@Test
	void anAddedReviewerSignsBeforeTheStepThatAskedForIt() {
		Submission s = atStep3();
		UUID cityReviewer = DemoActors.account(jdbc, "reviewer").officerId();
		Submission added = as("branchreviewer", () -> approvals.addReviewer(s.id(), cityReviewer, "涉及罪名认定，请支队把关", s.version()));
		assertThat(added.currentStep()).isEqualTo(3);
		assertThat(added.candidateIds()).containsExactly(cityReviewer);
		Submission afterCity = as("reviewer", approve(added, "罪名认定无误"));
		assertThat(afterCity.currentStep()).isEqualTo(4);
		assertThat(afterCity.candidateIds()).contains(DemoActors.account(jdbc, "branchreviewer").officerId());
		Submission reviewed = as("branchreviewer", approve(afterCity, "同意"));
		assertThat(reviewed.currentStep()).isEqualTo(5);
	}

	@Test
	void aMajorCaseGoesToCollectiveDeliberationWhichRecordsEveryOpinionAndDecides() {
		Submission s = as("officer", () -> approvals.submit(new NewSubmission("PROSECUTION_TRANSFER", theCase.id(), suspect.id(),
				"侦查终结，犯罪事实清楚", "证据确实、充分", "刑事诉讼法第一百六十二条", null, null, true, Map.of(),
				Map.of("procuratorate", "示范市东城区人民检察院", "person", "钱某", "offence", "盗窃罪", "facts", "经查……", "legalBasis", "刑事诉讼法第一百六十二条"),
				List.of(), null)));
		for (String who : List.of("legal", "head", "branchreviewer")) {
			Submission current = s;
			s = as(who, approve(current, "同意"));
		}
		Submission atDeliberation = s;
		assertThatThrownBy(() -> as("branchleader", approve(atDeliberation, "同意"))).isInstanceOf(InvalidInput.class);
		List<UUID> leaders = jdbc.sql("""
				SELECT o.id FROM officer o JOIN unit u ON u.id = o.unit_id WHERE u.name = '东城分局' AND o.active ORDER BY o.badge_number LIMIT 3""")
			.query(UUID.class).list();
		UUID chair = DemoActors.account(jdbc, "branchleader").officerId();
		List<ApprovalAction.Opinion> opinions = new ArrayList<>();
		opinions.add(new ApprovalAction.Opinion(chair, "", true, "同意移送"));
		leaders.stream().filter(id -> !id.equals(chair)).limit(1).forEach(id -> opinions.add(new ApprovalAction.Opinion(id, "", true, "同意")));
		opinions.add(new ApprovalAction.Opinion(DemoActors.account(jdbc, "branchreviewer").officerId(), "", false, "建议补充鉴定意见"));
		Submission decided = as("branchleader", () -> approvals.deliberate(atDeliberation.id(), Instant.now(), opinions,
				DeliberationDecision.APPROVE, "经集体讨论，决定移送审查起诉", atDeliberation.version()));
		assertThat(decided.state()).isEqualTo(SubmissionState.APPROVED);
		ApprovalAction last = queries.get(s.id()).history().getLast();
		assertThat(last.deliberation()).isNotNull();
		assertThat(last.deliberation().opinions()).hasSize(3).anySatisfy(o -> assertThat(o.agrees()).isFalse());
		assertThat(as("officer", () -> caseQueries.get(theCase.id())).legalCase().status()).isEqualTo(CaseStatus.CLOSED);
	}

	@Test
	void requestsOutOfLegalOrderTwiceOrWithABadDraftAreRefusedAndNothingIsWritten() {
		long before = jdbc.sql("SELECT count(*) FROM approval_submission").query(Long.class).single();
		assertThatThrownBy(() -> as("officer", () -> approvals.submit(request("ARREST_REQUEST", suspect.id(),
				Map.of("procuratorate", "东城区检察院", "person", "钱某", "offence", "盗窃罪", "facts", "……", "legalBasis", "……")))))
			.isInstanceOf(MeasureOutOfOrder.class);
		assertThatThrownBy(() -> as("officer", () -> approvals.submit(request("CRIMINAL_DETENTION", null, draftFields()))))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("须选择当事人");
		Map<String, String> incomplete = new java.util.HashMap<>(draftFields());
		incomplete.remove("custodyPlace");
		assertThatThrownBy(() -> as("officer", () -> approvals.submit(request("CRIMINAL_DETENTION", suspect.id(), incomplete))))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("送往看守所");
		assertThatThrownBy(() -> as("officer", () -> approvals.submit(request("NO_SUCH_TYPE", suspect.id(), Map.of()))))
			.isInstanceOf(InvalidInput.class);
		assertThat(jdbc.sql("SELECT count(*) FROM approval_submission").query(Long.class).single()).isEqualTo(before);
		as("officer", () -> approvals.submit(detention(suspect)));
		assertThatThrownBy(() -> as("officer", () -> approvals.submit(detention(suspect)))).isInstanceOf(DuplicateSubmission.class);
		UUID key = UUID.randomUUID();
		Party other = cases.addParty(theCase.id(), new NewParty(PartyRole.SUSPECT, "孙某", CaseFixtures.citizenId("19900505")), null);
		NewSubmission keyed = new NewSubmission("CRIMINAL_DETENTION", theCase.id(), other.id(), "事实", "理由", "依据", null, null, false, Map.of(),
				draftFields(), List.of(), key);
		Submission first = as("officer", () -> approvals.submit(keyed));
		assertThat(as("officer", () -> approvals.submit(keyed)).id()).isEqualTo(first.id());
	}

	@Test
	void anotherStationCannotSeeOrSubmitForThisStationsCase() {
		Submission s = as("officer", () -> approvals.submit(detention(suspect)));
		assertThatThrownBy(() -> as("officer2", () -> queries.get(s.id()))).isInstanceOf(NotFound.class);
		assertThat(as("officer2", () -> queries.search(null, theCase.id(), false, null, org.zhifa.shared.PageRequest.of(0, 20)).items())).isEmpty();
		Party another = cases.addParty(theCase.id(), new NewParty(PartyRole.SUSPECT, "李某", CaseFixtures.citizenId("19920202")), null);
		assertThatThrownBy(() -> as("officer2", () -> approvals.submit(detention(another)))).isInstanceOf(NotFound.class);
	}

	@Test
	void aDocumentIsIssuedInTheBureausNameWhenItsLeaderDecidesAndInTheStationsWhenItsHeadDoes(@Autowired StepAuthority authority) {
		UUID station = theCase.unitId();
		java.util.function.Function<StepKind, ApprovalStep> step = k -> new ApprovalStep(1, k, null, null, null, null, true, null, null, null,
				null, null);
		assertThat(authority.issuingUnit(station, List.of(step.apply(StepKind.LEGAL_OFFICER), step.apply(StepKind.DEPARTMENT_HEAD))))
			.as("a 警告 decided by the 所长 is the station's").isEqualTo(station);
		UUID bureau = authority.nearestBureau(station).id();
		assertThat(bureau).isNotEqualTo(station);
		assertThat(authority.issuingUnit(station, List.of(step.apply(StepKind.LEGAL_OFFICER), step.apply(StepKind.BUREAU_LEADER))))
			.isEqualTo(bureau);
		assertThat(authority.issuingUnit(station, List.of(step.apply(StepKind.COLLECTIVE_DELIBERATION)))).isEqualTo(bureau);
	}

	@Test
	void theLevelFollowsTheAmountAndTheUnitAPoliceStationDecidesSmallFinesItself() {
		RequestType penalty = types.find("ADMINISTRATIVE_PENALTY").orElseThrow();
		var station = org.zhifa.organization.UnitKind.POLICE_STATION;
		var admin = org.zhifa.intake.CaseKind.ADMINISTRATIVE;
		assertThat(policies.route(penalty, new RoutingFacts(admin, station, new BigDecimal("500"), PenaltyKind.FINE, false, false)).steps())
			.containsExactly(StepKind.LEGAL_OFFICER, StepKind.DEPARTMENT_HEAD);
		assertThat(policies.route(penalty, new RoutingFacts(admin, station, new BigDecimal("1000.01"), PenaltyKind.FINE, false, false)).steps())
			.endsWith(StepKind.LEGAL_REVIEW, StepKind.BUREAU_LEADER);
		assertThat(policies.route(penalty, new RoutingFacts(admin, station, null, PenaltyKind.DETENTION, false, false)).steps())
			.endsWith(StepKind.BUREAU_LEADER);
		assertThat(policies.route(penalty, new RoutingFacts(admin, station, null, PenaltyKind.WARNING, false, true)).steps())
			.endsWith(StepKind.COLLECTIVE_DELIBERATION);
	}

	@Test
	void anEditedPolicyIsANewVersionAndRequestsKeepTheVersionThatRoutedThem() {
		Submission s = as("officer", () -> approvals.submit(detention(suspect)));
		ApprovalPolicy current = policies.get(s.policyId());
		PolicyDraft edit = new PolicyDraft(current.requestType(), current.name(), current.priority(), current.conditions(), current.steps(),
				current.basis(), current.certainty(), current.active(), "测试：同一内容另存一版");
		ApprovalPolicy revised = as("admin", () -> policies.revise(current.id(), edit, current.version()));
		assertThat(revised.version()).isEqualTo(current.version() + 1);
		assertThatThrownBy(() -> as("admin", () -> policies.revise(current.id(), edit, current.version()))).isInstanceOf(StaleVersion.class);
		assertThat(queries.get(s.id()).policy().version()).isEqualTo(current.version());
		PolicyDraft bad = new PolicyDraft(current.requestType(), current.name(), 1, current.conditions(), List.of(StepKind.ADDED_REVIEWER),
				current.basis(), "V", true, "坏配置");
		assertThatThrownBy(() -> as("admin", () -> policies.create(bad))).isInstanceOf(InvalidInput.class);
	}

	@Test
	void aStepWaitingTooLongIsEscalatedOnceToItsSupervisors() {
		Submission s = as("officer", () -> approvals.submit(detention(suspect)));
		jdbc.sql("UPDATE approval_submission SET step_due_at = now() - interval '1 minute' WHERE id = ?").param(s.id()).update();
		assertThat(approvals.escalate(s.id(), Instant.now())).isTrue();
		assertThat(approvals.escalate(s.id(), Instant.now())).isFalse();
		UUID head = DemoActors.account(jdbc, "head").officerId();
		assertThat(jdbc.sql("SELECT count(*) FROM statutory_clock WHERE subject_id = ? AND rule_code = 'approval.step.escalation'"
				+ " AND ? = ANY(officer_ids) AND state = 'RUNNING'").param(s.id()).param(head).query(Long.class).single()).isEqualTo(1);
		Submission escalated = as("legal", () -> queries.get(s.id()).submission());
		Submission signed = as("legal", approve(escalated, "同意"));
		assertThat(jdbc.sql("SELECT count(*) FROM statutory_clock WHERE subject_id = ? AND rule_code = 'approval.step.escalation' AND state = 'RUNNING'")
			.param(s.id()).query(Long.class).single()).isZero();
		assertThat(signed.escalatedAt()).isNull();
	}

	// ---- helpers ------------------------------------------------------------------------------------------------------

	private Submission atStep3() {
		Submission s = as("officer", () -> approvals.submit(detention(suspect)));
		s = as("legal", approve(s, "同意"));
		Submission s2 = s;
		return as("head", approve(s2, "同意"));
	}

	private NewSubmission detention(Party p) {
		return new NewSubmission("CRIMINAL_DETENTION", theCase.id(), p.id(), "2026年某日，" + p.name() + "在城关路超市盗窃商品，被当场抓获。",
				"犯罪后企图逃跑，需要拘留", "《中华人民共和国刑事诉讼法》第八十二条", null, null, false, Map.of(), draftFields(), List.of(), null);
	}

	private NewSubmission request(String type, UUID partyId, Map<String, String> fields) {
		return new NewSubmission(type, theCase.id(), partyId, "事实", "理由", "依据", null, null, false, Map.of(), fields, List.of(), null);
	}

	private static Map<String, String> draftFields() {
		return Map.of("person", "钱某", "offence", "盗窃罪", "legalBasis", "《中华人民共和国刑事诉讼法》第八十二条", "custodyPlace", "示范市看守所");
	}

	private Supplier<Submission> approve(Submission s, String opinion) {
		return () -> approvals.approve(s.id(), opinion, s.version());
	}

	private <T> T as(String username, Supplier<T> work) {
		return run(DemoActors.account(jdbc, username), work);
	}

	private static <T> T run(Actor actor, Supplier<T> work) {
		List<T> result = new ArrayList<>();
		TestActors.runAs(actor, () -> result.add(work.get()));
		return result.getFirst();
	}
}
