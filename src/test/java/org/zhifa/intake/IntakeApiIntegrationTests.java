package org.zhifa.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.IntegrationTest;
import org.zhifa.TestActors;
import org.zhifa.TrailReader;
import org.zhifa.UnitFixtures;
import org.zhifa.officer.NewOfficer;
import org.zhifa.officer.OfficerKind;
import org.zhifa.officer.OfficerManagement;
import org.zhifa.officer.Qualification;
import org.zhifa.officer.QualificationLevel;
import org.zhifa.officer.Role;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.organization.UnitManagement;
import org.zhifa.shared.Actor;
import org.zhifa.shared.DataScope;

/**
 * The intake desk through its REST API on the real database: a report is registered, accepted with the evidence
 * handed in and a receipt, and decided — with the statutory clocks started, recomputed and stopped, every write
 * audited, bad input refused with a ProblemDetail and nothing half-written, and {@link CaseFiled} published — with the
 * 案由 every decision that opens a case must name — on which the cases module opens the case.
 */
@IntegrationTest
@RecordApplicationEvents
class IntakeApiIntegrationTests {

	private static final AtomicInteger BADGES = new AtomicInteger(100_000 + ThreadLocalRandom.current().nextInt(700_000));
	/** A valid 公民身份号码 (GB 11643 check character 4). */
	static final String CITIZEN_ID = "110101199003074514";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrailReader audit;

	@Autowired
	UnitManagement unitManagement;

	@Autowired
	UnitDirectory unitDirectory;

	@Autowired
	OfficerManagement officers;

	@Autowired
	IntakeNumbers numbers;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Clock clock;

	UUID station;
	String stationCode;
	UUID sworn1;
	UUID sworn2;
	Actor desk;

	@BeforeEach
	void setUp() {
		var units = new UnitFixtures(unitManagement, unitDirectory);
		station = units.station("受案测试派出所", units.districtBureau("受案测试分局"));
		stationCode = unitDirectory.find(station).orElseThrow().code();
		sworn1 = officer("王警官", OfficerKind.SWORN, true);
		sworn2 = officer("李警官", OfficerKind.SWORN, true);
		desk = TestActors.actor("intake-desk", station, sworn1, DataScope.UNIT, "intake:read", "intake:register", "intake:decide");
	}

	private UUID officer(String name, OfficerKind kind, boolean qualified) {
		SecurityContextHolder.clearContext();
		LocalDate today = LocalDate.now(clock);
		String badge = kind == OfficerKind.AUXILIARY ? "F" + BADGES.incrementAndGet() : String.valueOf(BADGES.incrementAndGet());
		return officers.register(new NewOfficer(name, badge, kind, station, Set.of(Role.CASE_OFFICER), false, null, null,
				kind == OfficerKind.SWORN && qualified
						? new Qualification(QualificationLevel.BASIC, today.minusYears(1), today.plusYears(1)) : null)).id();
	}

	// ---- happy paths ----------------------------------------------------------------------------------------

	@Test
	void aReportIsRegisteredAcceptedOnTheSpotAndFiledAsACriminalCase() throws Exception {
		Instant received = clock.instant().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
		String created = register(received, CITIZEN_ID, null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.matchesPattern("J" + stationCode + "\\d{8}\\d{4}")))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.statusName").value("待处置"))
			.andExpect(jsonPath("$.sourceName").value("110报警"))
			.andExpect(jsonPath("$.reporter.citizenId").value(CITIZEN_ID))
			.andExpect(jsonPath("$.officers[0].name").value("王警官"))
			.andExpect(jsonPath("$.unitName").value("受案测试派出所"))
			.andReturn().getResponse().getContentAsString();
		UUID incident = id(created);

		as(desk, get("/api/incidents?status=OPEN"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id=='" + incident + "')].reporter.citizenId").value("1101**********4514"))
			.andExpect(jsonPath("$.items[?(@.id=='" + incident + "')].reporter.phone").value("138****2222"));
		as(desk, get("/api/incidents/" + incident), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.reporter.citizenId").value(CITIZEN_ID));
		assertThat(audit.about(incident)).extracting("action").containsExactly("incident.registered", "incident.read");
		assertThat(audit.about(incident).get(0).summary()).contains("1101**********4514").doesNotContain(CITIZEN_ID);

		String accepted = accept(incident, UUID.randomUUID(), "CRIMINAL", 0).andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.startsWith("S" + stationCode)))
			.andExpect(jsonPath("$.receiptNumber").value(org.hamcrest.Matchers.startsWith("H" + stationCode)))
			.andExpect(jsonPath("$.queryCode").value(org.hamcrest.Matchers.matchesPattern("[2-9A-HJ-NP-Z]{8}")))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.evidence[0].name").value("监控录像光盘"))
			.andExpect(jsonPath("$.evidence[1].quantity").value(2))
			.andExpect(jsonPath("$.runningClock.ruleCode").value("criminal.intake.filing-decision"))
			.andExpect(jsonPath("$.runningClock.basis").value(org.hamcrest.Matchers.containsString("3日")))
			.andExpect(jsonPath("$.extensionOptions[*].code").value(org.hamcrest.Matchers.containsInAnyOrder("lead-check", "major-complex")))
			.andReturn().getResponse().getContentAsString();
		UUID acceptance = id(accepted);
		as(desk, get("/api/incidents/" + incident), null).andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.acceptanceNumber").value(JsonPath.<String>read(accepted, "$.number")));

		as(desk, get("/api/acceptances/" + acceptance + "/receipt"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.receiptNumber").value(JsonPath.<String>read(accepted, "$.receiptNumber")))
			.andExpect(jsonPath("$.reporter.name").value("张三"))
			.andExpect(jsonPath("$.reporter.citizenId").value("1101**********4514"))
			.andExpect(jsonPath("$.unitName").value("受案测试派出所"));

		as(desk, post("/api/acceptances/" + acceptance + "/decision"), """
				{"decision":"FILE","offenceCode":"XS-0101","reason":"有犯罪事实需要追究刑事责任","version":0}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FILED"))
			.andExpect(jsonPath("$.offenceCode").value("XS-0101"))
			.andExpect(jsonPath("$.statusName").value("已立案"))
			.andExpect(jsonPath("$.caseId").isNotEmpty())
			.andExpect(jsonPath("$.runningClock").isEmpty())
			.andExpect(jsonPath("$.clocks[0].running").value(false))
			.andExpect(jsonPath("$.clocks[0].stopReason").value("已作出决定：立案"));

		List<CaseFiled> filed = events.stream(CaseFiled.class).filter(e -> e.acceptanceId().equals(acceptance)).toList();
		assertThat(filed).singleElement().satisfies(e -> {
			assertThat(e.kind()).isEqualTo(CaseKind.CRIMINAL);
			assertThat(e.unitId()).isEqualTo(station);
			assertThat(e.offenceCode()).isEqualTo("XS-0101");
			assertThat(e.officerIds()).containsExactly(sworn1, sworn2);
			assertThat(e.summary()).isEqualTo("电动车在楼下被盗");
			assertThat(e.place()).isEqualTo("城关镇解放路12号");
			assertThat(e.occurredAt()).isEqualTo(received.minus(Duration.ofHours(2)));
			assertThat(e.acceptanceNumber()).isEqualTo(JsonPath.<String>read(accepted, "$.number"));
		});
		assertThat(audit.about(acceptance)).extracting("action").containsExactly("acceptance.created",
				"acceptance.receipt-printed", "acceptance.decided");
		// the cases module opens the case from the event, under the id the decision chose
		awaitCaseOpened(filed.get(0).caseId());
		assertThat(jdbc.sql("SELECT offence_code FROM legal_case WHERE id = ?").param(filed.get(0).caseId()).query(String.class)
			.single()).isEqualTo("XS-0101");
	}

	@Test
	void anAdministrativeAcceptanceProceedsAsACaseAndThe24HourClockStops() throws Exception {
		UUID incident = id(register(clock.instant().minusSeconds(600), null, null).andReturn().getResponse().getContentAsString());
		UUID acceptance = id(accept(incident, UUID.randomUUID(), "ADMINISTRATIVE", 0)
			.andExpect(jsonPath("$.runningClock.ruleCode").value("administrative.intake.acceptance-decision"))
			.andReturn().getResponse().getContentAsString());
		as(desk, post("/api/acceptances/" + acceptance + "/decision"), "{\"decision\":\"FILE\",\"offenceCode\":\"XS-0101\",\"version\":0}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("decision"));
		as(desk, post("/api/acceptances/" + acceptance + "/decision"), "{\"decision\":\"PROCEED\",\"version\":0}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("offenceCode"))
			.andExpect(jsonPath("$.detail").value("行政案件受案办理须选择案由"));
		as(desk, post("/api/acceptances/" + acceptance + "/decision"), "{\"decision\":\"PROCEED\",\"offenceCode\":\"ZA-0101\",\"version\":0}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PROCEEDED"));
		CaseFiled filed = events.stream(CaseFiled.class).filter(e -> e.acceptanceId().equals(acceptance)).findFirst().orElseThrow();
		assertThat(events.stream(CaseFiled.class).filter(e -> e.acceptanceId().equals(acceptance))).singleElement()
			.extracting(CaseFiled::kind, CaseFiled::offenceCode).containsExactly(CaseKind.ADMINISTRATIVE, "ZA-0101");
		awaitCaseOpened(filed.caseId());
	}

	@Test
	void anExtensionRecomputesTheFilingClockAndSaysWhy() throws Exception {
		UUID incident = id(register(clock.instant().minusSeconds(600), null, null).andReturn().getResponse().getContentAsString());
		String accepted = accept(incident, UUID.randomUUID(), "CRIMINAL", 0).andReturn().getResponse().getContentAsString();
		UUID acceptance = id(accepted);
		Instant due = Instant.parse(JsonPath.read(accepted, "$.runningClock.dueAt"));
		String extended = as(desk, post("/api/acceptances/" + acceptance + "/extensions"),
				"{\"code\":\"major-complex\",\"reason\":\"涉案人数众多，案情复杂\",\"version\":0}").andExpect(status().isOk())
			.andExpect(jsonPath("$.runningClock.extensions[0]").value("major-complex"))
			.andExpect(jsonPath("$.runningClock.basis").value(org.hamcrest.Matchers.containsString("30日")))
			.andExpect(jsonPath("$.extensionOptions[*].code").value(org.hamcrest.Matchers.contains("lead-check")))
			.andReturn().getResponse().getContentAsString();
		assertThat(Instant.parse(JsonPath.read(extended, "$.runningClock.dueAt"))).isAfter(due.plus(Duration.ofDays(20)));
		as(desk, post("/api/acceptances/" + acceptance + "/extensions"), "{\"code\":\"major-complex\",\"reason\":\"再延\",\"version\":1}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("urn:zhifa:problem:invalid-input"));
		as(desk, post("/api/acceptances/" + acceptance + "/extensions"), "{\"code\":\"no-such\",\"reason\":\"理由\",\"version\":1}")
			.andExpect(status().isBadRequest());
		assertThat(audit.about(acceptance)).extracting("action").containsExactly("acceptance.created", "acceptance.extended");
	}

	@Test
	void aRefusalRunsItsNoticeReconsiderationAndReviewClocksInTurnAndAnOverturnedReviewFilesTheCase() throws Exception {
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		UUID incident = id(register(now.minus(Duration.ofHours(5)), null, null).andReturn().getResponse().getContentAsString());
		UUID a = id(accept(incident, UUID.randomUUID(), "CRIMINAL", 0, now.minus(Duration.ofMinutes(270))).andReturn().getResponse()
			.getContentAsString());
		step(a, "decision", "{\"decision\":\"REFUSE\",\"reason\":\"没有犯罪事实\",\"decidedAt\":\"%s\",\"version\":0}"
			.formatted(now.minus(Duration.ofHours(4))))
			.andExpect(jsonPath("$.status").value("REFUSED"))
			.andExpect(jsonPath("$.runningClock.ruleCode").value("criminal.filing.refusal-notice"));
		step(a, "reconsideration", "{\"version\":1}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:step-out-of-order"));
		step(a, "refusal-notice", "{\"servedAt\":\"%s\",\"version\":1}".formatted(now.minus(Duration.ofHours(3))))
			.andExpect(jsonPath("$.refusalNoticeServedAt").isNotEmpty())
			.andExpect(jsonPath("$.runningClock.ruleCode").value("criminal.filing.reconsideration-application"));
		step(a, "reconsideration", "{\"appliedAt\":\"%s\",\"version\":2}".formatted(now.minus(Duration.ofHours(2))))
			.andExpect(jsonPath("$.status").value("RECONSIDERATION"))
			.andExpect(jsonPath("$.runningClock.ruleCode").value("criminal.filing.reconsideration-decision"))
			.andExpect(jsonPath("$.extensionOptions[0].code").value("complex"));
		step(a, "reconsideration/decision", "{\"outcome\":\"UPHELD\",\"reason\":\"原决定正确\",\"decidedAt\":\"%s\",\"version\":3}"
			.formatted(now.minus(Duration.ofHours(1))))
			.andExpect(jsonPath("$.status").value("REFUSED"))
			.andExpect(jsonPath("$.reconsiderationOutcomeName").value("维持不予立案"))
			.andExpect(jsonPath("$.runningClock.ruleCode").value("criminal.filing.review-application"));
		step(a, "review", "{\"version\":4}").andExpect(jsonPath("$.status").value("REVIEW"))
			.andExpect(jsonPath("$.runningClock.ruleCode").value("criminal.filing.review-decision"));
		assertThat(events.stream(CaseFiled.class).filter(e -> e.acceptanceId().equals(a))).isEmpty();
		step(a, "review/decision", "{\"outcome\":\"OVERTURNED\",\"reason\":\"应当立案\",\"version\":5}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("offenceCode"));
		step(a, "review/decision", "{\"outcome\":\"OVERTURNED\",\"reason\":\"应当立案\",\"offenceCode\":\"XS-0102\",\"version\":5}")
			.andExpect(jsonPath("$.status").value("FILED"))
			.andExpect(jsonPath("$.offenceCode").value("XS-0102"))
			.andExpect(jsonPath("$.runningClock").isEmpty())
			.andExpect(jsonPath("$.clocks.length()").value(6))
			.andExpect(jsonPath("$.clocks[?(@.running == true)]").isEmpty());
		CaseFiled filed = events.stream(CaseFiled.class).filter(e -> e.acceptanceId().equals(a)).findFirst().orElseThrow();
		assertThat(events.stream(CaseFiled.class).filter(e -> e.acceptanceId().equals(a))).singleElement()
			.extracting(CaseFiled::kind, CaseFiled::offenceCode).containsExactly(CaseKind.CRIMINAL, "XS-0102");
		awaitCaseOpened(filed.caseId());
	}

	@Test
	void anOverturnedReconsiderationWithoutAnOffenceIsA400AndWithOneTheCaseIsOpened() throws Exception {
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		UUID incident = id(register(now.minus(Duration.ofHours(5)), null, null).andReturn().getResponse().getContentAsString());
		UUID a = id(accept(incident, UUID.randomUUID(), "CRIMINAL", 0, now.minus(Duration.ofMinutes(270))).andReturn().getResponse()
			.getContentAsString());
		step(a, "decision", "{\"decision\":\"REFUSE\",\"reason\":\"没有犯罪事实\",\"decidedAt\":\"%s\",\"version\":0}"
			.formatted(now.minus(Duration.ofHours(4)))).andExpect(status().isOk());
		step(a, "refusal-notice", "{\"servedAt\":\"%s\",\"version\":1}".formatted(now.minus(Duration.ofHours(3))))
			.andExpect(status().isOk());
		step(a, "reconsideration", "{\"appliedAt\":\"%s\",\"version\":2}".formatted(now.minus(Duration.ofHours(2))))
			.andExpect(status().isOk());

		step(a, "reconsideration/decision", "{\"outcome\":\"OVERTURNED\",\"reason\":\"应当立案\",\"version\":3}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:invalid-input"))
			.andExpect(jsonPath("$.errors[0].field").value("offenceCode"))
			.andExpect(jsonPath("$.detail").value("撤销不予立案、予以立案须选择案由"));
		step(a, "reconsideration/decision", "{\"outcome\":\"OVERTURNED\",\"offenceCode\":\"XS 0102\",\"version\":3}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("offenceCode"));
		as(desk, get("/api/acceptances/" + a), null).andExpect(jsonPath("$.status").value("RECONSIDERATION"))
			.andExpect(jsonPath("$.version").value(3))
			.andExpect(jsonPath("$.caseId").isEmpty())
			.andExpect(jsonPath("$.reconsiderationOutcome").isEmpty())
			.andExpect(jsonPath("$.runningClock.ruleCode").value("criminal.filing.reconsideration-decision"));
		assertThat(events.stream(CaseFiled.class).filter(e -> e.acceptanceId().equals(a))).isEmpty();

		String filed = step(a, "reconsideration/decision",
				"{\"outcome\":\"OVERTURNED\",\"reason\":\"应当立案\",\"offenceCode\":\"XS-0102\",\"version\":3}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FILED"))
			.andExpect(jsonPath("$.offenceCode").value("XS-0102"))
			.andExpect(jsonPath("$.runningClock").isEmpty())
			.andReturn().getResponse().getContentAsString();
		UUID caseId = UUID.fromString(JsonPath.read(filed, "$.caseId"));
		awaitCaseOpened(caseId);
		assertThat(jdbc.sql("SELECT kind FROM legal_case WHERE id = ?").param(caseId).query(String.class).single())
			.isEqualTo("CRIMINAL");
	}

	@Test
	void aReconsiderationApplicationAfterTheSevenDayWindowIsRefused() throws Exception {
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		UUID incident = id(register(now.minus(Duration.ofDays(20)), null, null).andReturn().getResponse().getContentAsString());
		UUID a = id(accept(incident, UUID.randomUUID(), "CRIMINAL", 0, now.minus(Duration.ofDays(19))).andReturn().getResponse()
			.getContentAsString());
		step(a, "decision", "{\"decision\":\"REFUSE\",\"reason\":\"没有犯罪事实\",\"decidedAt\":\"%s\",\"version\":0}"
			.formatted(now.minus(Duration.ofDays(18)))).andExpect(status().isOk());
		step(a, "refusal-notice", "{\"servedAt\":\"%s\",\"version\":1}".formatted(now.minus(Duration.ofDays(15))))
			.andExpect(status().isOk());
		step(a, "reconsideration", "{\"version\":2}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:application-period-expired"));
		as(desk, get("/api/acceptances/" + a), null).andExpect(jsonPath("$.status").value("REFUSED"))
			.andExpect(jsonPath("$.version").value(2));
	}

	@Test
	void aTransferStartsThe24HourClockAndTheHandOverStopsIt() throws Exception {
		String body = register(clock.instant().minusSeconds(3600), null, null).andReturn().getResponse().getContentAsString();
		UUID incident = id(body);
		as(desk, post("/api/incidents/" + incident + "/transfer"), """
				{"transferTo":"西城分局河西派出所","reason":"案发地属河西派出所辖区","version":0}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("TRANSFERRING"))
			.andExpect(jsonPath("$.transferClock.ruleCode").value("intake.jurisdiction-transfer"))
			.andExpect(jsonPath("$.transferClock.running").value(true))
			.andExpect(jsonPath("$.transferClock.basis").value(org.hamcrest.Matchers.containsString("24小时")));
		as(desk, post("/api/incidents/" + incident + "/hand-over"), "{\"handedOverAt\":\"%s\",\"version\":1}"
			.formatted(clock.instant().plusSeconds(3600))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("handedOverAt"));
		as(desk, post("/api/incidents/" + incident + "/hand-over"), "{\"version\":1}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("TRANSFERRED"))
			.andExpect(jsonPath("$.transferClock.running").value(false))
			.andExpect(jsonPath("$.transferClock.stopReason").value("已移交西城分局河西派出所"));
		assertThat(audit.about(incident)).extracting("action").contains("incident.transferred", "incident.handed-over");
	}

	@Test
	void aRepeatReportIsMergedIntoTheOriginalAndNotIntoAMergedOne() throws Exception {
		UUID original = id(register(clock.instant().minusSeconds(900), null, null).andReturn().getResponse().getContentAsString());
		UUID repeat = id(register(clock.instant().minusSeconds(600), null, null).andReturn().getResponse().getContentAsString());
		UUID third = id(register(clock.instant().minusSeconds(300), null, null).andReturn().getResponse().getContentAsString());
		as(desk, post("/api/incidents/" + repeat + "/merge"), "{\"targetId\":\"%s\",\"version\":0}".formatted(original))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("MERGED"))
			.andExpect(jsonPath("$.mergedIntoId").value(original.toString()));
		as(desk, post("/api/incidents/" + third + "/merge"), "{\"targetId\":\"%s\",\"version\":0}".formatted(repeat))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.type").value("urn:zhifa:problem:invalid-merge-target"));
		as(desk, post("/api/incidents/" + third + "/not-police-matter"), "{\"reason\":\"邻里噪音，已告知向物业反映\",\"version\":0}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.statusName").value("非警务"));
	}

	@Test
	void listsFilterByStatusSourceAndDay() throws Exception {
		UUID walkIn = id(as(desk, post("/api/incidents"), body(UUID.randomUUID(), "WALK_IN", clock.instant().minusSeconds(60), null, null))
			.andReturn().getResponse().getContentAsString());
		LocalDate today = LocalDate.now(clock);
		String list = as(desk, get("/api/incidents?source=WALK_IN&status=OPEN&from=" + today + "&to=" + today), null)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> ids = JsonPath.read(list, "$.items[*].id");
		List<String> sources = JsonPath.read(list, "$.items[*].source");
		assertThat(ids).contains(walkIn.toString());
		assertThat(sources).containsOnly("WALK_IN");
		as(desk, get("/api/incidents?source=WALK_IN&from=" + today.plusDays(1)), null).andExpect(jsonPath("$.total").value(0));
		as(desk, get("/api/incidents?from=" + today + "&to=" + today.minusDays(1)), null).andExpect(status().isBadRequest());
		as(desk, get("/api/acceptances?kind=CRIMINAL&status=PENDING"), null).andExpect(status().isOk());
	}

	// ---- bad input ------------------------------------------------------------------------------------------

	@Test
	void aFilingWithoutAnOffenceIsA400AndChangesNothing() throws Exception {
		UUID incident = id(register(clock.instant().minusSeconds(600), null, null).andReturn().getResponse().getContentAsString());
		UUID a = id(accept(incident, UUID.randomUUID(), "CRIMINAL", 0).andReturn().getResponse().getContentAsString());
		step(a, "decision", "{\"decision\":\"FILE\",\"reason\":\"有犯罪事实\",\"version\":0}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:invalid-input"))
			.andExpect(jsonPath("$.detail").value("立案须选择案由"))
			.andExpect(jsonPath("$.errors[0].field").value("offenceCode"))
			.andExpect(jsonPath("$.errors[0].message").value("立案须选择案由"));
		step(a, "decision", "{\"decision\":\"FILE\",\"offenceCode\":\"  \",\"version\":0}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("offenceCode"));
		step(a, "decision", "{\"decision\":\"CONVERT\",\"reason\":\"情节轻微\",\"version\":0}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("转为行政案件须选择案由"));
		step(a, "decision", "{\"decision\":\"FILE\",\"offenceCode\":\"XS-0101-TOO-LONG-FOR-A-CODE\",\"version\":0}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("offenceCode"));
		assertUndecidedAndUnwritten(a);
	}

	@Test
	void anOffenceCodeNotInTheCatalogueOrOfTheOtherKindIsA400AndNothingIsWritten() throws Exception {
		UUID incident = id(register(clock.instant().minusSeconds(600), null, null).andReturn().getResponse().getContentAsString());
		UUID a = id(accept(incident, UUID.randomUUID(), "CRIMINAL", 0).andReturn().getResponse().getContentAsString());
		step(a, "decision", "{\"decision\":\"FILE\",\"offenceCode\":\"XS-9999\",\"version\":0}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:invalid-input"))
			.andExpect(jsonPath("$.errors[0].field").value("offenceCode"))
			.andExpect(jsonPath("$.errors[0].message").value("案由不在案由目录中：XS-9999"));
		step(a, "decision", "{\"decision\":\"FILE\",\"offenceCode\":\"ZA-0101\",\"version\":0}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("offenceCode"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("与刑事")));
		step(a, "decision", "{\"decision\":\"REFUSE\",\"reason\":\"没有犯罪事实\",\"offenceCode\":\"XS-9999\",\"version\":0}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("offenceCode"));
		assertUndecidedAndUnwritten(a);

		step(a, "decision", "{\"decision\":\"FILE\",\"offenceCode\":\"XS-0101\",\"version\":0}").andExpect(status().isOk());
	}

	/** The acceptance still waits for its decision: no 案由 stored, no case filed, nothing audited but its creation. */
	private void assertUndecidedAndUnwritten(UUID a) throws Exception {
		as(desk, get("/api/acceptances/" + a), null).andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.caseId").isEmpty())
			.andExpect(jsonPath("$.offenceCode").isEmpty())
			.andExpect(jsonPath("$.runningClock.running").value(true));
		assertThat(events.stream(CaseFiled.class).filter(e -> e.acceptanceId().equals(a))).isEmpty();
		assertThat(audit.about(a)).extracting("action").containsExactly("acceptance.created", "acceptance.read");
	}

	@Test
	void anInvalidCitizenIdIsA400AndNothingIsWritten() throws Exception {
		long before = count();
		register(clock.instant().minusSeconds(60), "110101199003074515", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:invalid-input"))
			.andExpect(jsonPath("$.errors[0].field").value("reporterCitizenId"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("校验码")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aReportReceivedInTheFutureIsA400() throws Exception {
		long before = count();
		register(clock.instant().plus(Duration.ofHours(1)), null, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("receivedAt"))
			.andExpect(jsonPath("$.detail").value("接警时间不能晚于当前时间"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anAuxiliaryCannotHandleAReportAloneNorWithAnUnqualifiedOfficer() throws Exception {
		UUID auxiliary = officer("赵辅警", OfficerKind.AUXILIARY, false);
		UUID unqualified = officer("钱警官", OfficerKind.SWORN, false);
		long before = count();
		register(clock.instant().minusSeconds(60), null, List.of(auxiliary, unqualified)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:enforcement-not-permitted"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("未取得执法资格")));
		register(clock.instant().minusSeconds(60), null, List.of(auxiliary, sworn1)).andExpect(status().isCreated());
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void anIncidentIsDisposedOnlyOnce() throws Exception {
		UUID incident = id(register(clock.instant().minusSeconds(60), null, null).andReturn().getResponse().getContentAsString());
		as(desk, post("/api/incidents/" + incident + "/not-police-matter"), "{\"reason\":\"民事纠纷\",\"version\":0}")
			.andExpect(status().isOk());
		accept(incident, UUID.randomUUID(), "CRIMINAL", 1).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:incident-already-disposed"));
		as(desk, post("/api/incidents/" + incident + "/transfer"), "{\"transferTo\":\"某所\",\"reason\":\"辖区\",\"version\":1}")
			.andExpect(status().isConflict());
		assertThat(jdbc.sql("SELECT count(*) FROM acceptance WHERE incident_id = ?").param(incident).query(Long.class).single()).isZero();
	}

	@Test
	void aDecisionOnADecidedAcceptanceIsA409() throws Exception {
		UUID incident = id(register(clock.instant().minusSeconds(60), null, null).andReturn().getResponse().getContentAsString());
		UUID a = id(accept(incident, UUID.randomUUID(), "CRIMINAL", 0).andReturn().getResponse().getContentAsString());
		step(a, "decision", "{\"decision\":\"FILE\",\"offenceCode\":\"XS-0101\",\"version\":0}").andExpect(status().isOk());
		step(a, "decision", "{\"decision\":\"REFUSE\",\"reason\":\"不构成犯罪\",\"version\":1}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:step-out-of-order"))
			.andExpect(jsonPath("$.title").value("受案已作出决定"));
		assertThat(events.stream(CaseFiled.class).filter(e -> e.acceptanceId().equals(a))).hasSize(1);
	}

	@Test
	void aStaleVersionIsA409AndChangesNothing() throws Exception {
		UUID incident = id(register(clock.instant().minusSeconds(60), null, null).andReturn().getResponse().getContentAsString());
		UUID a = id(accept(incident, UUID.randomUUID(), "CRIMINAL", 0).andReturn().getResponse().getContentAsString());
		step(a, "extensions", "{\"code\":\"lead-check\",\"reason\":\"线索需查证\",\"version\":0}").andExpect(status().isOk());
		step(a, "decision", "{\"decision\":\"FILE\",\"offenceCode\":\"XS-0101\",\"version\":0}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:concurrent-modification"));
		as(desk, post("/api/incidents/" + incident + "/not-police-matter"), "{\"reason\":\"x\",\"version\":0}")
			.andExpect(status().isConflict());
		as(desk, get("/api/acceptances/" + a), null).andExpect(jsonPath("$.status").value("PENDING"));
	}

	@Test
	void theSameRequestIdTwiceYieldsTheFirstRecord() throws Exception {
		UUID requestId = UUID.randomUUID();
		long before = count();
		String first = as(desk, post("/api/incidents"), body(requestId, "ONLINE", clock.instant().minusSeconds(60), null, null))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String second = as(desk, post("/api/incidents"), body(requestId, "ONLINE", clock.instant().minusSeconds(60), null, null))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		assertThat(id(second)).isEqualTo(id(first));
		assertThat(JsonPath.<String>read(second, "$.number")).isEqualTo(JsonPath.read(first, "$.number"));
		assertThat(count()).isEqualTo(before + 1);

		UUID acceptRequest = UUID.randomUUID();
		String a1 = accept(id(first), acceptRequest, "CRIMINAL", 0).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		String a2 = accept(id(first), acceptRequest, "CRIMINAL", 0).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		assertThat(id(a2)).isEqualTo(id(a1));
		assertThat(JsonPath.<String>read(a2, "$.receiptNumber")).isEqualTo(JsonPath.read(a1, "$.receiptNumber"));
	}

	@Test
	void aDoubleClickSendingTheSameFormTwiceAtOnceRegistersAndAcceptsOnce() throws Exception {
		UUID requestId = UUID.randomUUID();
		long before = count();
		String form = body(requestId, "PHONE_110", clock.instant().minusSeconds(60), null, null);
		List<String> incidents = twice(() -> as(desk, post("/api/incidents"), form).andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString());
		assertThat(id(incidents.get(0))).isEqualTo(id(incidents.get(1)));
		assertThat(count()).isEqualTo(before + 1);

		UUID incident = id(incidents.get(0));
		UUID acceptRequest = UUID.randomUUID();
		List<String> accepted = twice(() -> accept(incident, acceptRequest, "CRIMINAL", 0).andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString());
		assertThat(id(accepted.get(0))).isEqualTo(id(accepted.get(1)));
		assertThat(jdbc.sql("SELECT count(*) FROM acceptance WHERE incident_id = ?").param(incident).query(Long.class).single())
			.isEqualTo(1);
	}

	private static List<String> twice(java.util.concurrent.Callable<String> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			var latch = new java.util.concurrent.CountDownLatch(1);
			java.util.concurrent.Callable<String> gated = () -> {
				latch.await();
				return call.call();
			};
			Future<String> a = pool.submit(gated);
			Future<String> b = pool.submit(gated);
			latch.countDown();
			return List.of(a.get(), b.get());
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void concurrentDesksNeverDrawTheSameNumber() throws Exception {
		Set<String> drawn = ConcurrentHashMap.newKeySet();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<?>> futures = new ArrayList<>();
		Instant at = clock.instant();
		for (int i = 0; i < 40; i++) {
			futures.add(pool.submit(() -> drawn.add(transactions.execute(tx -> numbers.next('J', station, stationCode, at,
					clock.getZone())))));
		}
		for (Future<?> f : futures) {
			f.get();
		}
		pool.shutdown();
		assertThat(drawn).hasSize(40);
	}

	// ---- helpers --------------------------------------------------------------------------------------------

	/** The cases module opens the case from {@link CaseFiled} after the decision committed, in its own transaction. */
	private void awaitCaseOpened(UUID caseId) {
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM legal_case WHERE id = ?")
			.param(caseId).query(Long.class).single() == 1);
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM incident WHERE unit_id = ?").param(station).query(Long.class).single();
	}

	private String body(UUID requestId, String source, Instant receivedAt, @Nullable String citizenId, @Nullable List<UUID> team) {
		List<UUID> officerIds = team == null ? List.of(sworn1, sworn2) : team;
		return """
				{"requestId":"%s","source":"%s","receivedAt":"%s","occurredAt":"%s","place":"城关镇解放路12号",
				 "reporterName":"张三","reporterPhone":"13800002222"%s,"summary":"电动车在楼下被盗",
				 "officerIds":["%s","%s"]}""".formatted(requestId, source, receivedAt, receivedAt.minus(Duration.ofHours(2)),
				citizenId == null ? "" : ",\"reporterCitizenId\":\"" + citizenId + "\"", officerIds.get(0), officerIds.get(1));
	}

	private ResultActions register(Instant receivedAt, @Nullable String citizenId, @Nullable List<UUID> team) throws Exception {
		return as(desk, post("/api/incidents"), body(UUID.randomUUID(), "PHONE_110", receivedAt, citizenId, team));
	}

	private ResultActions accept(UUID incident, UUID requestId, String kind, long version) throws Exception {
		return accept(incident, requestId, kind, version, null);
	}

	private ResultActions accept(UUID incident, UUID requestId, String kind, long version, @Nullable Instant at) throws Exception {
		return as(desk, post("/api/incidents/" + incident + "/acceptance"), """
				{"requestId":"%s","kind":"%s"%s,"evidence":[{"name":"监控录像光盘","quantity":1,"description":"案发时段楼道监控"},
				 {"name":"购车发票","quantity":2}],"version":%d}""".formatted(requestId, kind,
				at == null ? "" : ",\"acceptedAt\":\"" + at + "\"", version));
	}

	private ResultActions step(UUID acceptance, String path, String json) throws Exception {
		return as(desk, post("/api/acceptances/" + acceptance + "/" + path), json);
	}

	private static UUID id(String json) {
		return UUID.fromString(JsonPath.read(json, "$.id"));
	}

	private ResultActions as(Actor actor, MockHttpServletRequestBuilder request, @Nullable String body) throws Exception {
		request.with(authentication(TestActors.auth(actor))).with(csrf());
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}
}
