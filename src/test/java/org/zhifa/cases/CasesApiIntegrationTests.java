package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhifa.DemoActors;
import org.zhifa.IntegrationTest;
import org.zhifa.TrailReader;
import org.zhifa.approval.ApprovalFixtures;
import org.zhifa.approval.Approvals;
import org.zhifa.audit.AuditRecord;
import org.zhifa.intake.CaseFiled;
import org.zhifa.intake.CaseKind;
import org.zhifa.shared.Actor;
import org.zhifa.shared.InvalidInput;

/**
 * The case API as the 城关派出所 case officer uses it (demo bureau, real login, real clocks and audit trail). Measures and
 * closings the law routes through 审核审批 are taken by approved requests ({@link ApprovalFixtures}), at the moment of approval.
 */
@IntegrationTest
class CasesApiIntegrationTests {

	private static final String STATION = "城关派出所";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseManagement management;

	@Autowired
	TrailReader audit;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;


	@Autowired
	Approvals approvals;

	CaseFixtures fixtures;
	ApprovalFixtures approved;
	Actor officerActor;
	MockHttpSession officer;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new CaseFixtures(management, jdbc);
		approved = new ApprovalFixtures(approvals, jdbc);
		officerActor = DemoActors.account(jdbc, "officer");
		officer = login("officer");
	}

	// ---- offences and opening ---------------------------------------------------------------------------------

	@Test
	void theOffenceCatalogueHoldsCommonCriminalAndAdministrativeOffences() throws Exception {
		String all = call(get("/api/offences")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat((List<?>) JsonPath.read(all, "$")).hasSizeGreaterThanOrEqualTo(50);
		call(get("/api/offences?kind=CRIMINAL")).andExpect(jsonPath("$[*].name", hasItem("帮助信息网络犯罪活动")))
			.andExpect(jsonPath("$[*].kind", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("CRIMINAL"))));
		call(get("/api/offences?kind=ADMINISTRATIVE")).andExpect(jsonPath("$[*].name", hasItem("吸毒")))
			.andExpect(jsonPath("$[0].legalBasis", containsString("治安管理处罚法")));
	}

	@Test
	void casesAreNumberedPerUnitKindAndYearAndOpeningTwiceOpensOnce() {
		Case first = fixtures.criminal(STATION, 2);
		Case second = fixtures.criminal(STATION, 1);
		Case administrative = fixtures.administrative(STATION, 1);
		String code = jdbc.sql("SELECT code FROM unit WHERE id = ?").param(first.unitId()).query(String.class).single();
		int year = first.filedAt().atZone(ZoneId.of("Asia/Shanghai")).getYear();
		assertThat(first.number()).matches("A" + code + year + "\\d{5}");
		assertThat(Integer.parseInt(second.number().substring(17))).isEqualTo(Integer.parseInt(first.number().substring(17)) + 1);
		assertThat(administrative.number()).startsWith("B" + code + year);

		NewCase again = new NewCase(first.id(), CaseKind.CRIMINAL, null, null, first.unitId(), "XS-0101", "重复", "重复",
				first.officerIds(), first.occurredAt(), first.filedAt());
		assertThat(management.open(again).number()).isEqualTo(first.number());
		assertThat(jdbc.sql("SELECT count(*) FROM legal_case WHERE id = ?").param(first.id()).query(Long.class).single()).isEqualTo(1);
		assertThat(audit.about(first.id())).extracting(AuditRecord::action).containsExactly("case.opened");
	}

	@Test
	void theCaseFiledEventOpensTheCaseOnceEvenWhenDeliveredTwiceAtTheSameTime() throws Exception {
		UUID unit = fixtures.unit(STATION);
		Instant filed = Instant.now().minus(Duration.ofHours(5));
		CaseFiled filedEvent = new CaseFiled(UUID.randomUUID(), CaseKind.CRIMINAL, UUID.randomUUID(), "受案-事件", unit, "XS-0102",
				"电信诈骗，被害人被骗两万元。", "城关路", fixtures.qualifiedOfficers(unit), filed.minus(Duration.ofDays(1)), filed);
		// the registry may redeliver an event while the first delivery still runs: both deliveries at once, each in the
		// listener's own transaction (the bean itself is @Async through Modulith; here its body runs on two threads)
		OpeningFiledCases listener = new OpeningFiledCases(management);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var first = pool.submit(() -> listener.on(filedEvent));
			var second = pool.submit(() -> listener.on(filedEvent));
			first.get(30, java.util.concurrent.TimeUnit.SECONDS);
			second.get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM legal_case WHERE id = ?").param(filedEvent.caseId()).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("SELECT acceptance_number FROM legal_case WHERE id = ?").param(filedEvent.caseId()).query(String.class)
			.single()).isEqualTo("受案-事件");
		assertThat(audit.about(filedEvent.caseId())).extracting(AuditRecord::action).containsExactly("case.opened");
		assertThat(OpeningFiledCases.class.getDeclaredMethod("on", CaseFiled.class)
			.isAnnotationPresent(org.springframework.modulith.events.ApplicationModuleListener.class)).isTrue();
	}

	@Test
	void theCaseFiledEventDeliveredThroughTheRegistryOpensTheCaseAndARedeliveryOpensNothingMore() {
		UUID unit = fixtures.unit(STATION);
		Instant filed = Instant.now().minus(Duration.ofHours(5));
		CaseFiled filedEvent = new CaseFiled(UUID.randomUUID(), CaseKind.CRIMINAL, UUID.randomUUID(), "受案-异步", unit, "XS-0102",
				"电信诈骗，被害人被骗三万元。", "城关路", fixtures.qualifiedOfficers(unit), filed.minus(Duration.ofDays(1)), filed);
		// redelivered after the first delivery was handled (as after a restart): Spring Modulith tells two publications
		// of one identical event apart only once the first is completed
		for (int delivery = 0; delivery < 2; delivery++) {
			transactions.executeWithoutResult(tx -> events.publishEvent(filedEvent));
			org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM legal_case WHERE id = ?")
				.param(filedEvent.caseId()).query(Long.class).single() == 1);
			org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
					"SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND coalesce(status, '') <> 'COMPLETED'"
					+ " AND serialized_event LIKE ?")
				.param("%" + filedEvent.caseId() + "%").query(Long.class).single() == 0);
		}
		assertThat(jdbc.sql("SELECT count(*) FROM legal_case WHERE id = ?").param(filedEvent.caseId()).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void openingRefusesAnOffenceOfTheOtherKindAndALoneOfficer() {
		UUID unit = fixtures.unit(STATION);
		List<UUID> two = fixtures.qualifiedOfficers(unit);
		Instant filed = Instant.now().minus(Duration.ofDays(1));
		assertThatThrownBy(() -> management.open(new NewCase(UUID.randomUUID(), CaseKind.CRIMINAL, null, null, unit, "ZA-0101", "案情",
				"地点", two, filed, filed))).isInstanceOf(InvalidInput.class).hasMessageContaining("与案件类别不符");
		assertThatThrownBy(() -> management.open(new NewCase(UUID.randomUUID(), CaseKind.CRIMINAL, null, null, unit, "XS-0101", "案情",
				"地点", two.subList(0, 1), filed, filed))).isInstanceOf(InvalidInput.class).hasMessageContaining("不得少于二人");
		assertThatThrownBy(() -> management.open(new NewCase(UUID.randomUUID(), CaseKind.CRIMINAL, null, null, unit, "XS-0101", "案情",
				"地点", two, filed.plus(Duration.ofHours(1)), filed))).isInstanceOf(TimeBeforePredecessor.class);
	}

	// ---- list -------------------------------------------------------------------------------------------------

	@Test
	void theListFiltersByStatusOffenceOfficerAndFilingDateAndPages() throws Exception {
		Case fraud = fixtures.open(CaseKind.CRIMINAL, "XS-0102", STATION, 40);
		Case theft = fixtures.criminal(STATION, 3);
		String from = LocalDate.now().minusDays(41).toString();
		String to = LocalDate.now().minusDays(39).toString();
		call(get("/api/cases?offenceCode=XS-0102&filedFrom=" + from + "&filedTo=" + to)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem(fraud.id().toString())))
			.andExpect(jsonPath("$.items[*].offenceName", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("诈骗"))));
		call(get("/api/cases?status=OPEN&officerId=" + theft.officerIds().get(0) + "&size=200"))
			.andExpect(jsonPath("$.items[*].id", hasItem(theft.id().toString())));
		call(get("/api/cases?status=CLOSED&size=200")).andExpect(jsonPath("$.items[*].id",
				org.hamcrest.Matchers.not(hasItem(theft.id().toString()))));
		String page = call(get("/api/cases?size=1&page=1")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat((List<?>) JsonPath.read(page, "$.items")).hasSize(1);
		assertThat(((Number) JsonPath.read(page, "$.total")).longValue()).isGreaterThanOrEqualTo(2);
		assertThat((Boolean) JsonPath.read(page, "$.totalExact")).isTrue();
		call(get("/api/cases?filedFrom=2026-03-02&filedTo=2026-03-01")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:invalid-input"));
		call(get("/api/cases?status=PENDING")).andExpect(status().isBadRequest());
	}

	// ---- parties ----------------------------------------------------------------------------------------------

	@Test
	void anInvalidCitizenIdIsRefusedWithTheReasonAndNothingIsAdded() throws Exception {
		Case c = fixtures.criminal(STATION, 1);
		String valid = CaseFixtures.citizenId("19900307");
		String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
		addParty(c, "SUSPECT", "张三", wrongCheck).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:invalid-input"))
			.andExpect(jsonPath("$.errors[0].field").value("citizenId"))
			.andExpect(jsonPath("$.detail", containsString("校验码")));
		addParty(c, "SUSPECT", "张三", "110101199002300012").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("出生日期")));
		addParty(c, "SUSPECT", "张三", "990101199003071234").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("地址码")));
		addParty(c, "VICTIM", "李四", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("仅嫌疑人可登记为身份不明")));
		assertThat(jdbc.sql("SELECT count(*) FROM party WHERE case_id = ?").param(c.id()).query(Long.class).single()).isZero();
	}

	@Test
	void aMinorIsFlaggedFromTheBirthDateOnTheFilingDayAndAnUnknownSuspectMayBeRecorded() throws Exception {
		Case c = fixtures.criminal(STATION, 1);
		LocalDate seventeen = LocalDate.now().minusYears(17);
		addParty(c, "SUSPECT", "小明", CaseFixtures.citizenId(seventeen.toString().replace("-", ""))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.minor").value(true)).andExpect(jsonPath("$.birthDate").value(seventeen.toString()));
		addParty(c, "WITNESS", "王五", CaseFixtures.citizenId("19800101")).andExpect(jsonPath("$.minor").value(false));
		addParty(c, "SUSPECT", "无名氏（绰号“刀疤”）", "").andExpect(status().isCreated())
			.andExpect(jsonPath("$.unidentified").value(true)).andExpect(jsonPath("$.citizenId").doesNotExist());
		call(get("/api/cases/" + c.id())).andExpect(jsonPath("$.parties", hasSize(3)))
			.andExpect(jsonPath("$.timeline[*].summary", hasItem(containsString("未成年人"))));
	}

	@Test
	void theSameRequestTwiceAddsOnePartyAndTheSamePersonTwiceIsAConflict() throws Exception {
		Case c = fixtures.criminal(STATION, 1);
		UUID requestId = UUID.randomUUID();
		String id = CaseFixtures.citizenId("19850505");
		String body = partyJson(requestId, "SUSPECT", "赵六", id);
		String first = call(json(post("/api/cases/" + c.id() + "/parties"), body)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String second = call(json(post("/api/cases/" + c.id() + "/parties"), body)).andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
		addParty(c, "SUSPECT", "赵六", id).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:party-already-recorded"));
		assertThat(jdbc.sql("SELECT count(*) FROM party WHERE case_id = ?").param(c.id()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aPartyUpdateWithAStaleVersionIsAConflictAndChangesNothing() throws Exception {
		Case c = fixtures.criminal(STATION, 1);
		UUID party = partyId(addParty(c, "SUSPECT", "无名氏", null));
		String id = CaseFixtures.citizenId("19920202");
		call(json(put("/api/cases/" + c.id() + "/parties/" + party), """
				{"role":"SUSPECT","name":"钱七","citizenId":"%s","version":0}""".formatted(id))).andExpect(status().isOk())
			.andExpect(jsonPath("$.unidentified").value(false)).andExpect(jsonPath("$.version").value(1));
		call(json(put("/api/cases/" + c.id() + "/parties/" + party), """
				{"role":"SUSPECT","name":"钱八","citizenId":"%s","version":0}""".formatted(id))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:concurrent-modification"));
		assertThat(jdbc.sql("SELECT name FROM party WHERE id = ?").param(party).query(String.class).single()).isEqualTo("钱七");
	}

	// ---- criminal measures ------------------------------------------------------------------------------------

	@Test
	void detentionStartsItsFourClocksWhichTheActsStop() throws Exception {
		Case c = fixtures.criminal(STATION, 2);
		UUID suspect = partyId(addParty(c, "SUSPECT", "张三", CaseFixtures.citizenId("19900307")));
		UUID detention = approved.startMeasure(officerActor, c, suspect, MeasureKind.CRIMINAL_DETENTION);

		String details = details(c);
		List<String> labels = JsonPath.read(details, "$.measures[0].clocks[*].label");
		assertThat(labels).containsExactly("送看守所羁押（张三）", "通知家属（张三）", "首次讯问（张三）", "提请批准逮捕（张三）");
		assertThat((String) JsonPath.read(details, "$.measures[0].clocks[3].basis")).contains("第一百二十九条");
		assertThat((List<String>) JsonPath.read(details, "$.measures[0].openActs[*].code"))
			.containsExactly("DELIVERED_TO_DETENTION_HOUSE", "FAMILY_NOTIFIED", "FAMILY_NOT_NOTIFIED", "FIRST_INTERROGATION");
		assertThat((List<String>) JsonPath.read(details, "$.parties[0].allowedMeasures[*].code"))
			.containsExactly("ARREST_REQUEST", "BAIL_PENDING_TRIAL", "RESIDENTIAL_SURVEILLANCE");

		act(c, detention, "DELIVERED_TO_DETENTION_HOUSE", Instant.now(), 0).andExpect(status().isOk());
		act(c, detention, "FAMILY_NOT_NOTIFIED", Instant.now(), 1).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("withheld"));
		call(json(post("/api/cases/" + c.id() + "/measures/" + detention + "/acts"), """
				{"act":"FAMILY_NOT_NOTIFIED","at":"%s","withheld":"CANNOT_NOTIFY","version":1}"""
			.formatted(Instant.now()))).andExpect(status().isOk());
		act(c, detention, "DELIVERED_TO_DETENTION_HOUSE", Instant.now(), 2).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("已记录过")));

		details = details(c);
		assertThat((List<Boolean>) JsonPath.read(details, "$.measures[0].clocks[*].running")).containsExactly(false, false, true, true);
		assertThat((String) JsonPath.read(details, "$.measures[0].clocks[1].stopReason")).contains("无法通知");
		List<String> stopped = JsonPath.read(details, "$.timeline[*].clocksStopped[*]");
		assertThat(stopped).anyMatch(s -> s.startsWith("送看守所羁押（张三）"));
		List<String> started = JsonPath.read(details, "$.timeline[*].clocksStarted[*]");
		assertThat(started).anyMatch(s -> s.startsWith("提请批准逮捕（张三），") && s.endsWith("届满"));
		assertThat(audit.about(c.id())).extracting(AuditRecord::action).contains("case.measure-started", "case.measure-act");
	}

	@Test
	void fromDetentionThroughTheApprovedRequestToArrestAndItsExtendedCustodyPeriod() throws Exception {
		Case c = fixtures.criminal(STATION, 10);
		UUID suspect = partyId(addParty(c, "SUSPECT", "李四", CaseFixtures.citizenId("19880808")));
		approved.startMeasure(officerActor, c, suspect, MeasureKind.CRIMINAL_DETENTION);
		approved.extendDetention(officerActor, c, suspect, "roving-repeated-gang");
		String afterExtension = details(c);
		assertThat((String) JsonPath.read(afterExtension, "$.measures[0].clocks[3].basis")).contains("延长至30日");

		startMeasure(c, suspect, "ARREST", Instant.now()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:measure-out-of-order"))
			.andExpect(jsonPath("$.detail", containsString("检察院批准")));

		UUID request = approved.startMeasure(officerActor, c, suspect, MeasureKind.ARREST_REQUEST);
		String pending = details(c);
		assertThat((Boolean) JsonPath.read(pending, "$.measures[0].clocks[3].running")).isFalse();
		assertThat((String) JsonPath.read(pending, "$.measures[1].clocks[0].label")).isEqualTo("检察院审查批准逮捕（李四）");
		act(c, request, "ARREST_APPROVED", Instant.now(), 0).andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false)).andExpect(jsonPath("$.outcome").value("APPROVED"));

		// 逮捕 is executed on the procuratorate's approval, recorded directly (no 呈请 of its own)
		UUID arrest = measureId(startMeasure(c, suspect, "ARREST", Instant.now()));
		String arrested = details(c);
		assertThat((Boolean) JsonPath.read(arrested, "$.measures[0].active")).isFalse();
		assertThat((String) JsonPath.read(arrested, "$.measures[0].endReason")).isEqualTo("变更为逮捕");
		assertThat((String) JsonPath.read(arrested, "$.measures[2].clocks[2].label")).isEqualTo("侦查羁押期限（李四）");
		String due = JsonPath.read(arrested, "$.measures[2].clocks[2].dueAtText");

		call(json(post("/api/cases/" + c.id() + "/measures/" + arrest + "/extensions"), """
				{"code":"complex","reason":"案情复杂，期限届满不能终结","at":"%s","version":0}""".formatted(Instant.now())))
			.andExpect(status().isOk());
		String extended = details(c);
		assertThat((String) JsonPath.read(extended, "$.measures[2].clocks[2].dueAtText")).isNotEqualTo(due);
		assertThat((String) JsonPath.read(extended, "$.measures[2].clocks[2].basis")).contains("延长1个月");
		call(json(post("/api/cases/" + c.id() + "/measures/" + arrest + "/extensions"), """
				{"code":"complex","reason":"再次","at":"%s","version":1}""".formatted(Instant.now())))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("urn:zhifa:problem:extension-already-granted"));
		call(json(post("/api/cases/" + c.id() + "/measures/" + arrest + "/extensions"), """
				{"code":"no-such","reason":"随意","at":"%s","version":1}""".formatted(Instant.now())))
			.andExpect(status().isBadRequest());

		call(json(post("/api/cases/" + c.id() + "/measures/" + arrest + "/restart"), """
				{"reason":"OTHER_MAJOR_CRIME","at":"%s","version":1}""".formatted(Instant.now())))
			.andExpect(status().isOk());
		assertThat((String) JsonPath.read(details(c), "$.measures[2].clocks[2].basis")).contains("另有重要罪行");
	}

	@Test
	void aRefusedArrestRequestReleasesTheDetainedSuspect() throws Exception {
		Case c = fixtures.criminal(STATION, 5);
		UUID suspect = partyId(addParty(c, "SUSPECT", "孙八", CaseFixtures.citizenId("19950505")));
		approved.startMeasure(officerActor, c, suspect, MeasureKind.CRIMINAL_DETENTION);
		UUID request = approved.startMeasure(officerActor, c, suspect, MeasureKind.ARREST_REQUEST);
		act(c, request, "ARREST_REFUSED", Instant.now(), 0).andExpect(status().isOk());
		String details = details(c);
		assertThat((List<Boolean>) JsonPath.read(details, "$.measures[*].active")).containsExactly(false, false);
		assertThat((String) JsonPath.read(details, "$.measures[0].endReason")).contains("不批准逮捕");
		assertThat((List<Boolean>) JsonPath.read(details, "$.measures[*].clocks[*].running")).containsOnly(false);
		assertThat((List<String>) JsonPath.read(details, "$.parties[0].allowedMeasures[*].code")).doesNotContain("ARREST");
	}

	// ---- acts the law routes through 审核审批 ---------------------------------------------------------------------

	@Test
	void criminalMeasuresExtensionsAndClosingsThatNeedApprovalAreRefusedDirectlyNamingTheRequestAndNothingIsWritten() throws Exception {
		Case c = fixtures.criminal(STATION, 2);
		UUID suspect = partyId(addParty(c, "SUSPECT", "蒋一", CaseFixtures.citizenId("19930303")));
		String page = details(c);
		assertThat((List<String>) JsonPath.read(page, "$.parties[0].allowedMeasures[?(@.code == 'SUMMONS')].requestType")).containsOnlyNulls();
		assertThat((List<String>) JsonPath.read(page, "$.parties[0].allowedMeasures[?(@.code == 'CRIMINAL_DETENTION')].requestType"))
			.containsExactly("CRIMINAL_DETENTION");
		assertThat((List<String>) JsonPath.read(page, "$.closings[*].requestType")).containsExactlyInAnyOrder("CASE_WITHDRAWAL", "PROSECUTION_TRANSFER");
		List<Object> before = written(c);
		for (String[] refused : new String[][] { { "COMPELLED_APPEARANCE", "COMPELLED_APPEARANCE", "拘传" },
				{ "CRIMINAL_DETENTION", "CRIMINAL_DETENTION", "刑事拘留" }, { "BAIL_PENDING_TRIAL", "BAIL", "取保候审" },
				{ "RESIDENTIAL_SURVEILLANCE", "RESIDENTIAL_SURVEILLANCE", "监视居住" } }) {
			startMeasure(c, suspect, refused[0], Instant.now()).andExpect(status().isConflict())
				.andExpect(jsonPath("$.type").value("urn:zhifa:problem:approval-required"))
				.andExpect(jsonPath("$.requestType").value(refused[1]))
				.andExpect(jsonPath("$.detail").value(refused[2] + "须经审批：请提交「呈请" + refused[2] + "」"));
		}
		close(c, "WITHDRAWN", 1).andExpect(status().isConflict()).andExpect(jsonPath("$.requestType").value("CASE_WITHDRAWAL"))
			.andExpect(jsonPath("$.detail").value("撤销案件须经审批：请提交「呈请撤销案件」"));
		close(c, "TRANSFERRED_FOR_PROSECUTION", 1).andExpect(status().isConflict())
			.andExpect(jsonPath("$.requestType").value("PROSECUTION_TRANSFER"));
		assertThat(written(c)).isEqualTo(before);

		UUID detention = approved.startMeasure(officerActor, c, suspect, MeasureKind.CRIMINAL_DETENTION);
		assertThat((String) JsonPath.read(details(c), "$.measures[0].extensionRequestType")).isEqualTo("DETENTION_EXTENSION");
		List<Object> detained = written(c);
		startMeasure(c, suspect, "ARREST_REQUEST", Instant.now()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.requestType").value("ARREST_REQUEST"));
		call(json(post("/api/cases/" + c.id() + "/measures/" + detention + "/extensions"), """
				{"code":"roving-repeated-gang","reason":"多次作案","at":"%s","version":0}""".formatted(Instant.now())))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.requestType").value("DETENTION_EXTENSION"))
			.andExpect(jsonPath("$.detail").value("延长刑事拘留的期限须经审批：请提交「呈请延长提请逮捕期限」"));
		assertThat(written(c)).isEqualTo(detained);
		assertThat((String) JsonPath.read(details(c), "$.measures[0].clocks[3].basis")).doesNotContain("延长");
	}

	@Test
	void anAdministrativeSeizureAndTheDecisionThatClosesTheCaseNeedApprovalAndTheApprovedRequestsTakeThem() throws Exception {
		Case c = fixtures.administrative(STATION, 2);
		UUID suspect = partyId(addParty(c, "SUSPECT", "沈二", CaseFixtures.citizenId("19940404")));
		assertThat((List<String>) JsonPath.read(details(c), "$.measuresWithoutParty[*].requestType")).containsExactly("SEIZURE");
		List<Object> before = written(c);
		call(json(post("/api/cases/" + c.id() + "/measures"), """
				{"requestId":"%s","kind":"SEIZURE","startedAt":"%s"}""".formatted(UUID.randomUUID(), Instant.now())))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.requestType").value("SEIZURE"))
			.andExpect(jsonPath("$.detail").value("扣押须经审批：请提交「呈请扣押」"));
		close(c, "PENALTY", 0).andExpect(status().isConflict()).andExpect(jsonPath("$.requestType").value("ADMINISTRATIVE_PENALTY"));
		close(c, "NO_PENALTY", 0).andExpect(status().isConflict()).andExpect(jsonPath("$.requestType").value("NO_PENALTY"));
		assertThat(written(c)).isEqualTo(before);
		// 询问查证 needs no approval: taken directly as before
		startMeasure(c, suspect, "QUESTIONING_PERIOD", Instant.now()).andExpect(status().isCreated());

		approved.startMeasure(officerActor, c, null, MeasureKind.SEIZURE);
		String seized = details(c);
		assertThat((List<String>) JsonPath.read(seized, "$.measures[?(@.kind == 'SEIZURE')].clocks[0].label")).containsExactly("扣押期限（" + c.number() + "）");
		assertThat((List<String>) JsonPath.read(seized, "$.measures[?(@.kind == 'SEIZURE')].note")).allMatch(n -> n.startsWith("依"));
		approved.close(officerActor, c, suspect, Closing.NO_PENALTY);
		String closed = details(c);
		assertThat((String) JsonPath.read(closed, "$.closing")).isEqualTo("NO_PENALTY");
		assertThat((List<Boolean>) JsonPath.read(closed, "$.measures[*].active")).containsOnly(false);
		assertThat(audit.about(c.id())).extracting(AuditRecord::action).contains("case.measure-started", "case.closed");
	}

	@Test
	void timesInTheFutureOrBeforeTheFilingAreRefusedAndNothingStarts() throws Exception {
		Case c = fixtures.criminal(STATION, 1);
		UUID suspect = partyId(addParty(c, "SUSPECT", "周九", CaseFixtures.citizenId("19790909")));
		startMeasure(c, suspect, "SUMMONS", Instant.now().plus(Duration.ofHours(2))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:time-in-future"));
		startMeasure(c, suspect, "SUMMONS", c.filedAt().minus(Duration.ofHours(1))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:time-before-predecessor"))
			.andExpect(jsonPath("$.detail", containsString("立案时间")));
		startMeasure(c, suspect, "QUESTIONING_PERIOD", Instant.now().minusSeconds(60)).andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("SELECT count(*) FROM coercive_measure WHERE case_id = ?").param(c.id()).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM statutory_clock WHERE case_id = ?").param(c.id()).query(Long.class).single()).isZero();
	}

	@Test
	void theSameMeasureRequestTwiceStartsOneMeasureAndAStaleActIsAConflict() throws Exception {
		Case c = fixtures.criminal(STATION, 1);
		UUID suspect = partyId(addParty(c, "SUSPECT", "吴十", CaseFixtures.citizenId("19770707")));
		UUID requestId = UUID.randomUUID();
		String body = measureJson(requestId, suspect, "SUMMONS", Instant.now().minus(Duration.ofHours(2)));
		String first = call(json(post("/api/cases/" + c.id() + "/measures"), body)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String second = call(json(post("/api/cases/" + c.id() + "/measures"), body)).andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
		assertThat(jdbc.sql("SELECT count(*) FROM statutory_clock WHERE case_id = ?").param(c.id()).query(Long.class).single()).isEqualTo(1);
		UUID summons = UUID.fromString(JsonPath.read(first, "$.id"));
		call(json(post("/api/cases/" + c.id() + "/measures/" + summons + "/release"), """
				{"reason":"询问完毕","at":"%s","version":5}""".formatted(Instant.now().minusSeconds(60)))).andExpect(status().isConflict());
		call(json(post("/api/cases/" + c.id() + "/measures/" + summons + "/release"), """
				{"reason":"询问完毕","at":"%s","version":0}""".formatted(Instant.now().minus(Duration.ofHours(3)))))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("urn:zhifa:problem:time-before-predecessor"));
		call(json(post("/api/cases/" + c.id() + "/measures/" + summons + "/release"), """
				{"reason":"询问完毕","at":"%s","version":0}""".formatted(Instant.now().minusSeconds(60)))).andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
	}

	@Test
	void executingOfficersMustBeTwoWithValidQualification() throws Exception {
		Case c = fixtures.criminal(STATION, 1);
		UUID suspect = partyId(addParty(c, "SUSPECT", "郑一", CaseFixtures.citizenId("19700101")));
		String one = """
				{"requestId":"%s","partyId":"%s","kind":"SUMMONS","startedAt":"%s","officerIds":["%s"]}"""
			.formatted(UUID.randomUUID(), suspect, Instant.now().minusSeconds(600), c.officerIds().get(0));
		call(json(post("/api/cases/" + c.id() + "/measures"), one)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("不得少于二人")));
		UUID unqualified = jdbc.sql("SELECT id FROM officer WHERE unit_id = ? AND active AND kind = 'SWORN' AND qualification_level IS NULL LIMIT 1")
			.param(c.unitId()).query(UUID.class).optional().orElse(null);
		if (unqualified != null) {
			String team = """
					{"requestId":"%s","partyId":"%s","kind":"SUMMONS","startedAt":"%s","officerIds":["%s","%s"]}"""
				.formatted(UUID.randomUUID(), suspect, Instant.now().minusSeconds(600), c.officerIds().get(0), unqualified);
			call(json(post("/api/cases/" + c.id() + "/measures"), team)).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("urn:zhifa:problem:enforcement-not-permitted"));
		}
	}

	// ---- administrative ---------------------------------------------------------------------------------------

	@Test
	void anAdministrativeCaseRunsItsCasePeriodWithExtensionAndTollingAndQuestioningClocks() throws Exception {
		Case c = fixtures.administrative(STATION, 3);
		String opened = details(c);
		assertThat((String) JsonPath.read(opened, "$.caseClocks[0].label")).isEqualTo("治安案件办案期限");
		String due = JsonPath.read(opened, "$.caseClocks[0].dueAtText");
		call(json(post("/api/cases/" + c.id() + "/case-period/extensions"), """
				{"code":"superior-1","reason":"案情重大复杂，经上一级公安机关批准","version":0}""")).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		String extended = details(c);
		assertThat((String) JsonPath.read(extended, "$.caseClocks[0].dueAtText")).isNotEqualTo(due);
		Instant from = c.filedAt().plus(Duration.ofHours(5));
		call(json(post("/api/cases/" + c.id() + "/case-period/exclusions"), """
				{"from":"%s","to":"%s","reason":"伤情鉴定","version":1}""".formatted(from, from.plus(Duration.ofDays(2)))))
			.andExpect(status().isOk());
		assertThat((String) JsonPath.read(details(c), "$.caseClocks[0].basis")).contains("不计入");
		call(json(post("/api/cases/" + c.id() + "/case-period/exclusions"), """
				{"from":"%s","to":"%s","reason":"伤情鉴定","version":2}""".formatted(from, from.minusSeconds(1))))
			.andExpect(status().isBadRequest());

		UUID suspect = partyId(addParty(c, "SUSPECT", "冯二", CaseFixtures.citizenId("19910101")));
		UUID questioning = measureId(startMeasure(c, suspect, "QUESTIONING_PERIOD", Instant.now().minus(Duration.ofHours(7))));
		call(json(post("/api/cases/" + c.id() + "/measures/" + questioning + "/extensions"), """
				{"code":"detention-possible","reason":"可能适用行政拘留","at":"%s","version":0}""".formatted(Instant.now().minusSeconds(60))))
			.andExpect(status().isOk());
		assertThat((String) JsonPath.read(details(c), "$.measures[0].clocks[0].basis")).contains("24小时");
		startMeasure(c, suspect, "CRIMINAL_DETENTION", Instant.now().minusSeconds(60)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("不适用于行政案件")));
	}

	// ---- closing ----------------------------------------------------------------------------------------------

	@Test
	void withdrawingACaseEndsItsMeasuresStopsItsClocksAndStartsTheNoticeToTheParties() throws Exception {
		Case c = fixtures.criminal(STATION, 3);
		UUID suspect = partyId(addParty(c, "SUSPECT", "陈三", CaseFixtures.citizenId("19890909")));
		approved.startMeasure(officerActor, c, suspect, MeasureKind.BAIL_PENDING_TRIAL);
		long version = ((Number) JsonPath.read(details(c), "$.version")).longValue();
		call(json(post("/api/cases/" + c.id() + "/closing"), """
				{"closing":"PENALTY","reason":"错","at":"%s","version":%d}""".formatted(Instant.now(), version)))
			.andExpect(status().isBadRequest());
		approved.close(officerActor, c, null, Closing.WITHDRAWN);

		String closed = details(c);
		assertThat((List<Boolean>) JsonPath.read(closed, "$.measures[*].active")).containsOnly(false);
		assertThat((List<Boolean>) JsonPath.read(closed, "$.measures[*].clocks[*].running")).containsOnly(false);
		assertThat((String) JsonPath.read(closed, "$.caseClocks[0].label")).isEqualTo("撤销案件通知当事人");
		assertThat((Boolean) JsonPath.read(closed, "$.caseClocks[0].running")).isTrue();
		assertThat((String) JsonPath.read(closed, "$.caseClocks[0].basis")).contains("第一百八十九条");

		assertThat((String) JsonPath.read(closed, "$.status")).isEqualTo("CLOSED");
		assertThat((String) JsonPath.read(closed, "$.closing")).isEqualTo("WITHDRAWN");
		startMeasure(c, suspect, "SUMMONS", Instant.now()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:case-closed"));
		long after = ((Number) JsonPath.read(closed, "$.version")).longValue();
		call(json(post("/api/cases/" + c.id() + "/party-notice"), """
				{"at":"%s","version":%d}""".formatted(Instant.now(), after))).andExpect(status().isOk());
		assertThat((Boolean) JsonPath.read(details(c), "$.caseClocks[0].running")).isFalse();
		assertThat(audit.about(c.id())).extracting(AuditRecord::action).contains("case.closed", "case.parties-notified");
	}

	@Test
	void terminatingTheInvestigationOfOneSuspectEndsHisMeasuresAndTheCaseGoesOn() throws Exception {
		Case c = fixtures.criminal(STATION, 3);
		UUID dropped = partyId(addParty(c, "SUSPECT", "褚四", CaseFixtures.citizenId("19660606")));
		UUID other = partyId(addParty(c, "SUSPECT", "卫五", CaseFixtures.citizenId("19670707")));
		approved.startMeasure(officerActor, c, dropped, MeasureKind.RESIDENTIAL_SURVEILLANCE);
		approved.startMeasure(officerActor, c, other, MeasureKind.BAIL_PENDING_TRIAL);
		call(json(post("/api/cases/" + c.id() + "/parties/" + dropped + "/termination"), """
				{"reason":"犯罪嫌疑人死亡","at":"%s","version":0}""".formatted(Instant.now()))).andExpect(status().isOk())
			.andExpect(jsonPath("$.terminatedAt").exists());
		String details = details(c);
		assertThat((List<Boolean>) JsonPath.read(details, "$.measures[*].active")).containsExactly(false, true);
		assertThat((List<String>) JsonPath.read(details, "$.parties[0].clocks[*].label")).containsExactly("终止侦查通知（褚四）");
		assertThat((List<?>) JsonPath.read(details, "$.parties[0].allowedMeasures")).isEmpty();
		assertThat((String) JsonPath.read(details, "$.status")).isEqualTo("OPEN");
	}

	@Test
	void aReaderWithoutTheManagePermissionCannotHandleACase() throws Exception {
		Case c = fixtures.criminal(STATION, 1);
		MockHttpSession legal = login("casemgmt");
		mvc.perform(get("/api/cases/" + c.id()).session(legal)).andExpect(status().isOk());
		mvc.perform(json(post("/api/cases/" + c.id() + "/parties"), partyJson(UUID.randomUUID(), "VICTIM", "甲",
				CaseFixtures.citizenId("19600101"))).session(legal).with(csrf())).andExpect(status().isForbidden());
	}

	// ---- helpers ----------------------------------------------------------------------------------------------

	private ResultActions addParty(Case c, String role, String name, @org.jspecify.annotations.Nullable String citizenId) throws Exception {
		return call(json(post("/api/cases/" + c.id() + "/parties"), partyJson(UUID.randomUUID(), role, name, citizenId)));
	}

	private static String partyJson(UUID requestId, String role, String name, @org.jspecify.annotations.Nullable String citizenId) {
		return """
				{"requestId":"%s","role":"%s","name":"%s"%s}""".formatted(requestId, role, name,
				citizenId == null ? "" : ",\"citizenId\":\"" + citizenId + "\"");
	}

	private ResultActions startMeasure(Case c, UUID party, String kind, Instant at) throws Exception {
		return call(json(post("/api/cases/" + c.id() + "/measures"), measureJson(UUID.randomUUID(), party, kind, at)));
	}

	private static String measureJson(UUID requestId, UUID party, String kind, Instant at) {
		return """
				{"requestId":"%s","partyId":"%s","kind":"%s","startedAt":"%s"}""".formatted(requestId, party, kind, at);
	}

	private ResultActions close(Case c, String closing, long version) throws Exception {
		return call(json(post("/api/cases/" + c.id() + "/closing"), """
				{"closing":"%s","reason":"测试结案","at":"%s","version":%d}""".formatted(closing, Instant.now(), version)));
	}

	/** What a refused act must leave as it was: the case's version, measures, clocks and audit trail. */
	private List<Object> written(Case c) {
		return List.of(jdbc.sql("SELECT version FROM legal_case WHERE id = ?").param(c.id()).query(Long.class).single(),
				jdbc.sql("SELECT count(*) FROM coercive_measure WHERE case_id = ?").param(c.id()).query(Long.class).single(),
				jdbc.sql("SELECT count(*) FROM statutory_clock WHERE case_id = ?").param(c.id()).query(Long.class).single(),
				audit.about(c.id()).size());
	}

	private ResultActions act(Case c, UUID measure, String act, Instant at, long version) throws Exception {
		return call(json(post("/api/cases/" + c.id() + "/measures/" + measure + "/acts"), """
				{"act":"%s","at":"%s","version":%d}""".formatted(act, at, version)));
	}

	private String details(Case c) throws Exception {
		return call(get("/api/cases/" + c.id())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static UUID partyId(ResultActions result) throws Exception {
		return UUID.fromString(JsonPath.read(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id"));
	}

	private static UUID measureId(ResultActions result) throws Exception {
		return partyId(result);
	}

	private ResultActions call(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.session(officer).with(csrf()));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private MockHttpSession login(String username) throws Exception {
		return (MockHttpSession) mvc.perform(post("/api/auth/login").with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED).param("username", username).param("password", "Zhifa@2026"))
			.andExpect(status().isOk()).andReturn().getRequest().getSession();
	}

}
