package org.zhifa.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zhifa.IntegrationTest;

/**
 * Endpoint by endpoint, with the demo bureau and real logins: an officer of 城关派出所 (东城分局) cannot read anything of
 * 河西派出所 (西城分局), and the 东城分局 administrator — who may manage units, officers and accounts of his own branch —
 * can neither read nor change those of 西城分局. A last test checks that no API endpoint was left out of this list.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossUnitIsolationTest {

	/** Endpoints that hold no unit-owned records: code lists, the caller's own session, the chain's overall validity. */
	private static final Set<String> NOT_UNIT_SCOPED = Set.of("GET /api/roles", "GET /api/unit-kinds", "GET /api/officer-roles",
			"GET /api/auth/csrf", "POST /api/auth/login", "POST /api/auth/logout", "GET /api/auth/me", "POST /api/auth/password",
			"POST /api/audit-entries/verification",
			// calendar (期限): the holiday calendar and the period rules are bureau-wide reference data, read with scope ALL
			"GET /api/calendar/days", "POST /api/calendar/days", "PUT /api/calendar/days/{date}", "DELETE /api/calendar/days/{date}",
			"GET /api/period-rules", "GET /api/period-rules/{code}", "PUT /api/period-rules/{code}", "POST /api/deadlines/preview",
			// cases (案件): the offence catalogue (案由) is bureau-wide reference data
			"GET /api/offences",
			// document (法律文书): the type catalogue and service methods are code lists; verification answers whoever holds the PDF
			"GET /api/document-types", "GET /api/document-service-methods", "POST /api/documents/verification",
			// approval (审核审批): request types and the policy table are bureau-wide reference data, edited with scope ALL
			"GET /api/approvals/request-types", "GET /api/approval-policies", "GET /api/approval-policies/{id}/versions",
			"POST /api/approval-policies", "PUT /api/approval-policies/{id}",
			// dossier (电子卷宗): verification answers whoever holds the signed manifest, like document verification
			"POST /api/dossier-verification",
			// property (涉案财物): verifying a chain export answers whoever holds the file, from the file alone
			"POST /api/property/chain-verification");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	MockHttpSession stationOfficer;
	MockHttpSession branchAdmin;
	UUID otherStation;
	UUID otherBranch;
	UUID otherOfficer;
	UUID otherAccount;
	UUID ownStation;
	final Set<String> covered = new HashSet<>();

	@BeforeAll
	void signIn() throws Exception {
		stationOfficer = login("officer");
		branchAdmin = login("admin2");
		otherStation = unit("河西派出所");
		otherBranch = unit("西城分局");
		ownStation = unit("城关派出所");
		otherOfficer = jdbc.sql("SELECT officer_id FROM account WHERE username = 'officer2'").query(UUID.class).single();
		otherAccount = jdbc.sql("SELECT id FROM account WHERE username = 'officer2'").query(UUID.class).single();
	}

	@AfterAll
	void allEndpointsConsidered() {
		Set<String> all = new HashSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().stream()
			.filter(p -> p.startsWith("/api/"))
			.forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> all.add(m.name() + " " + p))));
		all.removeAll(NOT_UNIT_SCOPED);
		all.removeAll(covered);
		assertThat(all).as("API endpoints without a cross-unit test").isEmpty();
	}

	// ---- officers -------------------------------------------------------------------------------------------

	@Test
	void officerListShowsOnlyTheOwnStation() throws Exception {
		String body = call("GET /api/officers", get("/api/officers?size=200"), stationOfficer).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<String> units = JsonPath.read(body, "$.items[*].unitId");
		assertThat(units).isNotEmpty().containsOnly(ownStation.toString());
		call("GET /api/officers", get("/api/officers?unitId=" + otherStation), stationOfficer)
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void officerOfAnotherStationCannotBeRead() throws Exception {
		call("GET /api/officers/{id}", get("/api/officers/" + otherOfficer), stationOfficer).andExpect(status().isNotFound());
		call("GET /api/officers/{id}/enforcement-eligibility", get("/api/officers/" + otherOfficer + "/enforcement-eligibility"),
				stationOfficer).andExpect(status().isNotFound());
	}

	@Test
	void expiringQualificationsListStaysInsideTheScope() throws Exception {
		String body = call("GET /api/officers/expiring-qualifications", get("/api/officers/expiring-qualifications?withinDays=365"),
				stationOfficer).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> units = JsonPath.read(body, "$[*].unitId");
		assertThat(units).isNotEmpty().containsOnly(ownStation.toString());
	}

	@Test
	void branchAdministratorCannotChangeAnOfficerOfAnotherBranch() throws Exception {
		long version = officerVersion(otherOfficer);
		call("PUT /api/officers/{id}", json(put("/api/officers/" + otherOfficer), """
				{"name":"改名","unitId":"%s","roles":["CASE_OFFICER"],"legalProfessionQualified":false,"version":%d}"""
			.formatted(otherStation, version)), branchAdmin).andExpect(status().is(oneOf(403, 404)));
		call("PUT /api/officers/{id}/qualification", json(put("/api/officers/" + otherOfficer + "/qualification"), """
				{"level":"ADVANCED","passedOn":"2026-01-01","expiresOn":"2030-01-01","version":%d}""".formatted(version)),
				branchAdmin).andExpect(status().is(oneOf(403, 404)));
		call("POST /api/officers/{id}/deactivate", json(post("/api/officers/" + otherOfficer + "/deactivate"),
				"{\"reason\":\"调离\",\"version\":%d}".formatted(version)), branchAdmin).andExpect(status().is(oneOf(403, 404)));
		call("POST /api/officers", json(post("/api/officers"), """
				{"name":"越权新警","badgeNumber":"700001","kind":"SWORN","unitId":"%s","roles":["CASE_OFFICER"],
				 "legalProfessionQualified":false}""".formatted(otherStation)), branchAdmin).andExpect(status().isForbidden());
		assertThat(officerVersion(otherOfficer)).as("nothing changed").isEqualTo(version);
		assertThat(jdbc.sql("SELECT count(*) FROM officer WHERE badge_number = '700001'").query(Long.class).single()).isZero();
	}

	// ---- units ----------------------------------------------------------------------------------------------

	@Test
	void unitTreeAndListShowOnlyTheOwnStation() throws Exception {
		String tree = call("GET /api/units/tree", get("/api/units/tree"), stationOfficer).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(tree).contains("城关派出所").doesNotContain("河西派出所", "西城分局");
		String list = call("GET /api/units", get("/api/units?size=200"), stationOfficer).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain("河西派出所");
	}

	@Test
	void unitOfAnotherBranchCannotBeReadOrChanged() throws Exception {
		call("GET /api/units/{id}", get("/api/units/" + otherStation), stationOfficer).andExpect(status().isNotFound());
		call("GET /api/units/{id}/history", get("/api/units/" + otherStation + "/history"), branchAdmin)
			.andExpect(status().isNotFound());
		long version = jdbc.sql("SELECT version FROM unit WHERE id = ?").param(otherStation).query(Long.class).single();
		call("PUT /api/units/{id}", json(put("/api/units/" + otherStation), "{\"name\":\"改名所\",\"version\":%d}".formatted(version)),
				branchAdmin).andExpect(status().is(oneOf(403, 404)));
		call("POST /api/units/{id}/move", json(post("/api/units/" + otherStation + "/move"),
				"{\"newParentId\":\"%s\",\"reason\":\"调整\",\"version\":%d}".formatted(unit("东城分局"), version)), branchAdmin)
			.andExpect(status().is(oneOf(403, 404)));
		call("POST /api/units/{id}/deactivate", json(post("/api/units/" + otherStation + "/deactivate"),
				"{\"reason\":\"撤并\",\"version\":%d}".formatted(version)), branchAdmin).andExpect(status().is(oneOf(403, 404)));
		call("POST /api/units/{id}/reactivate", json(post("/api/units/" + otherStation + "/reactivate"),
				"{\"reason\":\"恢复\",\"version\":%d}".formatted(version)), branchAdmin).andExpect(status().is(oneOf(403, 404)));
		call("POST /api/units", json(post("/api/units"), """
				{"code":"990102000900","name":"越权新所","kind":"POLICE_STATION","parentId":"%s"}""".formatted(otherBranch)),
				branchAdmin).andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT version FROM unit WHERE id = ?").param(otherStation).query(Long.class).single())
			.as("nothing changed").isEqualTo(version);
	}

	// ---- accounts -------------------------------------------------------------------------------------------

	@Test
	void accountsOfAnotherBranchCannotBeReadOrChanged() throws Exception {
		String list = call("GET /api/accounts", get("/api/accounts?size=200"), branchAdmin).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<String> usernames = JsonPath.read(list, "$.items[*].username");
		assertThat(usernames).contains("officer", "admin2").doesNotContain("officer2", "admin");
		call("GET /api/accounts/{id}", get("/api/accounts/" + otherAccount), branchAdmin).andExpect(status().isNotFound());
		long version = jdbc.sql("SELECT version FROM account WHERE id = ?").param(otherAccount).query(Long.class).single();
		String v = "{\"version\":%d}".formatted(version);
		call("POST /api/accounts/{id}/unlock", json(post("/api/accounts/" + otherAccount + "/unlock"), v), branchAdmin)
			.andExpect(status().isNotFound());
		call("POST /api/accounts/{id}/disable", json(post("/api/accounts/" + otherAccount + "/disable"), v), branchAdmin)
			.andExpect(status().isNotFound());
		call("POST /api/accounts/{id}/enable", json(post("/api/accounts/" + otherAccount + "/enable"), v), branchAdmin)
			.andExpect(status().isNotFound());
		call("POST /api/accounts/{id}/password-reset", json(post("/api/accounts/" + otherAccount + "/password-reset"),
				"{\"newPassword\":\"Hijack2026x\",\"version\":%d}".formatted(version)), branchAdmin).andExpect(status().isNotFound());
		UUID unaccounted = jdbc.sql("""
				SELECT o.id FROM officer o WHERE o.unit_id = ? AND o.kind = 'SWORN'
				AND NOT EXISTS (SELECT 1 FROM account a WHERE a.officer_id = o.id) LIMIT 1""").param(otherStation)
			.query(UUID.class).single();
		call("POST /api/accounts", json(post("/api/accounts"), """
				{"username":"hijacker","officerId":"%s","initialPassword":"Hijack2026x"}""".formatted(unaccounted)), branchAdmin)
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT version FROM account WHERE id = ?").param(otherAccount).query(Long.class).single())
			.as("nothing changed").isEqualTo(version);
	}

	// ---- audit ----------------------------------------------------------------------------------------------

	@Test
	void auditEntriesOfAnotherBranchAreNotListed() throws Exception {
		login("officer2"); // leaves an entry by a 西城分局 actor
		String officers = call("GET /api/audit-entries", get("/api/audit-entries?size=200"), stationOfficer)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> actors = JsonPath.read(officers, "$.items[*].actorUsername");
		assertThat(actors).isNotEmpty().containsOnly("officer");
		String admins = call("GET /api/audit-entries", get("/api/audit-entries?size=200&actor=officer2"), branchAdmin)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat((Integer) JsonPath.read(admins, "$.total")).isZero();
	}

	// ---- stalled cases (supervision) -----------------------------------------------------------------------------

	@Autowired
	org.zhifa.supervision.StalledCases stalledCases;

	@Test
	void stalledCaseReviewsOfAnotherStationAreNeitherListedNorReadNorAnswered() throws Exception {
		UUID caseId = UUID.randomUUID();
		stalledCases.recordActivity(caseId, "刑事案件 河西测试", otherStation, java.util.List.of(otherOfficer),
				java.time.Instant.parse("2000-01-01T00:00:00Z"), "立案");
		stalledCases.sweep(java.time.Instant.now());
		org.zhifa.supervision.StalledCaseReview review = stalledCases.ofCase(caseId).getFirst();
		String id = review.id().toString();

		call("GET /api/stalled-cases", get("/api/stalled-cases?size=200"), stationOfficer).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id))));
		call("GET /api/stalled-cases/{id}", get("/api/stalled-cases/" + id), stationOfficer).andExpect(status().isNotFound());
		call("POST /api/stalled-cases/{id}/explanation", json(post("/api/stalled-cases/" + id + "/explanation"),
				"{\"reason\":\"越权说明\",\"days\":5,\"version\":" + review.version() + "}"), stationOfficer)
			.andExpect(status().isNotFound());
		call("POST /api/stalled-cases/{id}/closing-proposal", json(post("/api/stalled-cases/" + id + "/closing-proposal"),
				"{\"reason\":\"越权建议\",\"version\":" + review.version() + "}"), stationOfficer).andExpect(status().isNotFound());
		call("POST /api/stalled-cases/{id}/return", json(post("/api/stalled-cases/" + id + "/return"),
				"{\"reason\":\"越权退回\",\"version\":" + review.version() + "}"), login("head")).andExpect(status().isNotFound());
		assertThat(stalledCases.ofCase(caseId).getFirst()).isEqualTo(review);
	}

	// ---- workbench (工作台) ----------------------------------------------------------------------------------

	@Test
	void workbenchShowsNeitherTasksNorCountsOfAnotherStation(@Autowired org.zhifa.calendar.StatutoryClocks clocks) throws Exception {
		UUID ownOfficer = jdbc.sql("SELECT officer_id FROM account WHERE username = 'officer'").query(UUID.class).single();
		java.time.Instant started = java.time.Instant.now().minus(java.time.Duration.ofHours(13));
		var own = clocks.start(new org.zhifa.calendar.NewStatutoryClock("criminal.summons.duration", "传唤（本所）", started,
				org.zhifa.calendar.DeadlineContext.none(), new org.zhifa.calendar.ClockSubject("coercive-measure", UUID.randomUUID(),
						UUID.randomUUID(), "本所测试案", ownStation, List.of(ownOfficer))));
		for (int i = 0; i < 500 && jdbc.sql("SELECT count(*) FROM workbench_task WHERE clock_id = ?")
			.params(own.id().value()).query(Long.class).single() < 1; i++) {
			Thread.sleep(20);
		}
		String before = call("GET /api/workbench/summary", get("/api/workbench/summary"), stationOfficer).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		var other = clocks.start(new org.zhifa.calendar.NewStatutoryClock("criminal.summons.duration", "传唤（他所）", started,
				org.zhifa.calendar.DeadlineContext.none(), new org.zhifa.calendar.ClockSubject("coercive-measure", UUID.randomUUID(),
						UUID.randomUUID(), "他所测试案", otherStation, List.of(otherOfficer))));
		for (int i = 0; i < 500 && jdbc.sql("SELECT count(*) FROM workbench_task WHERE clock_id = ?")
			.params(other.id().value()).query(Long.class).single() < 1; i++) {
			Thread.sleep(20); // the workbench follows clocks asynchronously, after the calendar's commit
		}

		String mine = call("GET /api/workbench/tasks", get("/api/workbench/tasks?size=200"), stationOfficer)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(mine, "$.items[*].clockId")).contains(own.id().toString())
			.doesNotContain(other.id().toString());
		String after = call("GET /api/workbench/summary", get("/api/workbench/summary"), stationOfficer).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(after.replaceAll("\"at\":\"[^\"]*\"", "")).as("another station's overdue task is not counted")
			.isEqualTo(before.replaceAll("\"at\":\"[^\"]*\"", ""));

		MockHttpSession head = login("head");
		String unit = call("GET /api/workbench/unit-tasks", get("/api/workbench/unit-tasks?size=200"), head).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(unit, "$.items[*].clockId")).contains(own.id().toString())
			.doesNotContain(other.id().toString());
		assertThat(JsonPath.<List<String>>read(unit, "$.items[*].unitId")).containsOnly(ownStation.toString());
		call("GET /api/workbench/unit-tasks", get("/api/workbench/unit-tasks?officerId=" + otherOfficer), head)
			.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
	}

	// ---- intake (接处警与受案) ------------------------------------------------------------------------------

	@Test
	void incidentsAndAcceptancesOfAnotherStationCannotBeReadOrChanged() throws Exception {
		MockHttpSession otherDesk = login("officer2");
		UUID partner = jdbc.sql("""
				SELECT id FROM officer WHERE unit_id = ? AND kind = 'SWORN' AND active AND qualification_expires_on > current_date + 30
				AND id <> ? ORDER BY badge_number LIMIT 1""").param(otherStation).param(otherOfficer).query(UUID.class).single();
		String incidentJson = mvc.perform(json(post("/api/incidents"), """
				{"requestId":"%s","source":"WALK_IN","receivedAt":"%s","place":"河西路1号","reporterName":"孙七",
				 "reporterCitizenId":"110101199003074514","summary":"手机被盗","officerIds":["%s","%s"]}"""
			.formatted(UUID.randomUUID(), java.time.Instant.now().minusSeconds(120), otherOfficer, partner)).session(otherDesk).with(csrf()))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String otherIncident = JsonPath.read(incidentJson, "$.id");
		String repeatJson = mvc.perform(json(post("/api/incidents"), """
				{"requestId":"%s","source":"PHONE_110","receivedAt":"%s","place":"河西路1号","reporterName":"孙七",
				 "summary":"手机被盗（重复报警）","officerIds":["%s","%s"]}"""
			.formatted(UUID.randomUUID(), java.time.Instant.now().minusSeconds(60), otherOfficer, partner)).session(otherDesk).with(csrf()))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String otherRepeat = JsonPath.read(repeatJson, "$.id");
		String acceptanceJson = mvc.perform(json(post("/api/incidents/" + otherIncident + "/acceptance"), """
				{"requestId":"%s","kind":"CRIMINAL","evidence":[],"version":0}""".formatted(UUID.randomUUID()))
			.session(otherDesk).with(csrf())).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String otherAcceptance = JsonPath.read(acceptanceJson, "$.id");
		MockHttpSession stationHead = login("head");

		String incidents = call("GET /api/incidents", get("/api/incidents?size=200"), stationOfficer).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(incidents).doesNotContain(otherIncident, otherRepeat, "河西派出所");
		String acceptances = call("GET /api/acceptances", get("/api/acceptances?size=200"), stationHead).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(acceptances).doesNotContain(otherAcceptance, "河西派出所");
		call("GET /api/incidents/{id}", get("/api/incidents/" + otherIncident), stationOfficer).andExpect(status().isNotFound());
		call("GET /api/acceptances/{id}", get("/api/acceptances/" + otherAcceptance), stationOfficer).andExpect(status().isNotFound());
		call("GET /api/acceptances/{id}/receipt", get("/api/acceptances/" + otherAcceptance + "/receipt"), stationOfficer)
			.andExpect(status().isNotFound());

		call("POST /api/incidents/{id}/not-police-matter", json(post("/api/incidents/" + otherRepeat + "/not-police-matter"),
				"{\"reason\":\"越权处置\",\"version\":0}"), stationHead).andExpect(status().isNotFound());
		call("POST /api/incidents/{id}/transfer", json(post("/api/incidents/" + otherRepeat + "/transfer"),
				"{\"transferTo\":\"城关派出所\",\"reason\":\"越权\",\"version\":0}"), stationHead).andExpect(status().isNotFound());
		call("POST /api/incidents/{id}/hand-over", json(post("/api/incidents/" + otherRepeat + "/hand-over"), "{\"version\":0}"),
				stationHead).andExpect(status().isNotFound());
		call("POST /api/incidents/{id}/merge", json(post("/api/incidents/" + otherRepeat + "/merge"),
				"{\"targetId\":\"%s\",\"version\":0}".formatted(otherIncident)), stationHead).andExpect(status().isNotFound());
		call("POST /api/incidents/{id}/acceptance", json(post("/api/incidents/" + otherRepeat + "/acceptance"),
				"{\"requestId\":\"%s\",\"kind\":\"CRIMINAL\",\"evidence\":[],\"version\":0}".formatted(UUID.randomUUID())),
				stationHead).andExpect(status().isNotFound());
		String a = "/api/acceptances/" + otherAcceptance;
		call("POST /api/acceptances/{id}/extensions", json(post(a + "/extensions"),
				"{\"code\":\"lead-check\",\"reason\":\"越权\",\"version\":0}"), stationHead).andExpect(status().isNotFound());
		call("POST /api/acceptances/{id}/decision", json(post(a + "/decision"),
				"{\"decision\":\"FILE\",\"offenceCode\":\"XS-0101\",\"version\":0}"),
				stationHead).andExpect(status().isNotFound());
		call("POST /api/acceptances/{id}/refusal-notice", json(post(a + "/refusal-notice"), "{\"version\":0}"), stationHead)
			.andExpect(status().isNotFound());
		call("POST /api/acceptances/{id}/reconsideration", json(post(a + "/reconsideration"), "{\"version\":0}"), stationHead)
			.andExpect(status().isNotFound());
		call("POST /api/acceptances/{id}/reconsideration/decision", json(post(a + "/reconsideration/decision"),
				"{\"outcome\":\"OVERTURNED\",\"offenceCode\":\"XS-0101\",\"version\":0}"), stationHead).andExpect(status().isNotFound());
		call("POST /api/acceptances/{id}/review", json(post(a + "/review"), "{\"version\":0}"), stationHead)
			.andExpect(status().isNotFound());
		call("POST /api/acceptances/{id}/review/decision", json(post(a + "/review/decision"),
				"{\"outcome\":\"OVERTURNED\",\"offenceCode\":\"XS-0101\",\"version\":0}"), stationHead).andExpect(status().isNotFound());

		// a station's desk registers in its own unit only, and cannot merge a report into another station's incident
		UUID ownPartner = jdbc.sql("""
				SELECT o.id FROM officer o JOIN account a ON a.officer_id = o.id WHERE a.username = 'head'""").query(UUID.class).single();
		UUID ownOfficer = jdbc.sql("SELECT officer_id FROM account WHERE username = 'officer'").query(UUID.class).single();
		String own = call("POST /api/incidents", json(post("/api/incidents"), """
				{"requestId":"%s","source":"PHONE_110","receivedAt":"%s","place":"城关路2号","reporterName":"周八",
				 "summary":"邻里纠纷","officerIds":["%s","%s"]}""".formatted(UUID.randomUUID(), java.time.Instant.now().minusSeconds(60),
				ownOfficer, ownPartner)), stationOfficer).andExpect(status().isCreated())
			.andExpect(jsonPath("$.unitId").value(ownStation.toString())).andReturn().getResponse().getContentAsString();
		mvc.perform(json(post("/api/incidents"), """
				{"requestId":"%s","source":"PHONE_110","receivedAt":"%s","place":"城关路2号","reporterName":"周八",
				 "summary":"邻里纠纷","officerIds":["%s","%s"]}""".formatted(UUID.randomUUID(), java.time.Instant.now().minusSeconds(60),
				ownOfficer, otherOfficer)).session(stationOfficer).with(csrf()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("officerIds"));
		mvc.perform(json(post("/api/incidents/" + JsonPath.read(own, "$.id") + "/merge"),
				"{\"targetId\":\"%s\",\"version\":0}".formatted(otherIncident)).session(stationOfficer).with(csrf()))
			.andExpect(status().isUnprocessableContent());

		assertThat(jdbc.sql("SELECT status || ':' || version FROM incident WHERE id = ?::uuid").param(otherRepeat).query(String.class)
			.single()).as("nothing changed").isEqualTo("OPEN:0");
		assertThat(jdbc.sql("SELECT status || ':' || version FROM acceptance WHERE id = ?::uuid").param(otherAcceptance)
			.query(String.class).single()).as("nothing changed").isEqualTo("PENDING:0");
	}

	// ---- cases (案件) ----------------------------------------------------------------------------------------

	@Autowired
	org.zhifa.cases.CaseManagement caseManagement;

	@Test
	void casesOfAnotherStationAreNeitherListedNorReadNorHandled() throws Exception {
		var fixtures = new org.zhifa.cases.CaseFixtures(caseManagement, jdbc);
		var foreign = fixtures.criminal("河西派出所", 2);
		var party = caseManagement.addParty(foreign.id(), new org.zhifa.cases.NewParty(org.zhifa.cases.PartyRole.SUSPECT, "外所嫌疑人",
				org.zhifa.cases.CaseFixtures.citizenId("19900101")), null);
		java.time.Instant at = java.time.Instant.now().minus(java.time.Duration.ofHours(2));
		var measure = caseManagement.startMeasure(foreign.id(), new org.zhifa.cases.NewMeasure(party.id(),
				org.zhifa.cases.MeasureKind.CRIMINAL_DETENTION, at, List.of(), null), null);
		var own = fixtures.criminal("城关派出所", 1);
		long caseVersion = jdbc.sql("SELECT version FROM legal_case WHERE id = ?").param(foreign.id()).query(Long.class).single();

		String list = call("GET /api/cases", get("/api/cases?size=200"), stationOfficer).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<String> units = JsonPath.read(list, "$.items[*].unitId");
		assertThat(units).isNotEmpty().containsOnly(ownStation.toString());
		assertThat(list).contains(own.id().toString()).doesNotContain(foreign.id().toString());
		call("GET /api/cases", get("/api/cases?unitId=" + otherStation), stationOfficer).andExpect(jsonPath("$.total").value(0));
		call("GET /api/cases/{id}", get("/api/cases/" + foreign.id()), stationOfficer).andExpect(status().isNotFound());

		String base = "/api/cases/" + foreign.id();
		String m = base + "/measures/" + measure.id();
		String now = java.time.Instant.now().minusSeconds(60).toString();
		call("POST /api/cases/{id}/parties", json(post(base + "/parties"), """
				{"requestId":"%s","role":"VICTIM","name":"越权","citizenId":"%s"}""".formatted(UUID.randomUUID(),
				org.zhifa.cases.CaseFixtures.citizenId("19800101"))), stationOfficer).andExpect(status().isNotFound());
		call("PUT /api/cases/{id}/parties/{partyId}", json(put(base + "/parties/" + party.id()), """
				{"role":"SUSPECT","name":"改名","version":0}"""), stationOfficer).andExpect(status().isNotFound());
		call("POST /api/cases/{id}/parties/{partyId}/termination", json(post(base + "/parties/" + party.id() + "/termination"), """
				{"reason":"越权","at":"%s","version":0}""".formatted(now)), stationOfficer).andExpect(status().isNotFound());
		call("POST /api/cases/{id}/measures", json(post(base + "/measures"), """
				{"requestId":"%s","partyId":"%s","kind":"BAIL_PENDING_TRIAL","startedAt":"%s"}""".formatted(UUID.randomUUID(), party.id(),
				now)), stationOfficer).andExpect(status().isNotFound());
		call("POST /api/cases/{id}/measures/{measureId}/acts", json(post(m + "/acts"), """
				{"act":"FIRST_INTERROGATION","at":"%s","version":0}""".formatted(now)), stationOfficer).andExpect(status().isNotFound());
		call("POST /api/cases/{id}/measures/{measureId}/extensions", json(post(m + "/extensions"), """
				{"code":"special","reason":"越权","at":"%s","version":0}""".formatted(now)), stationOfficer).andExpect(status().isNotFound());
		call("POST /api/cases/{id}/measures/{measureId}/restart", json(post(m + "/restart"), """
				{"reason":"OTHER_MAJOR_CRIME","at":"%s","version":0}""".formatted(now)), stationOfficer).andExpect(status().isNotFound());
		call("POST /api/cases/{id}/measures/{measureId}/release", json(post(m + "/release"), """
				{"reason":"越权","at":"%s","version":0}""".formatted(now)), stationOfficer).andExpect(status().isNotFound());
		call("POST /api/cases/{id}/case-period/extensions", json(post(base + "/case-period/extensions"), """
				{"code":"superior-1","reason":"越权","version":%d}""".formatted(caseVersion)), stationOfficer).andExpect(status().isNotFound());
		call("POST /api/cases/{id}/case-period/exclusions", json(post(base + "/case-period/exclusions"), """
				{"from":"%s","to":"%s","reason":"越权","version":%d}""".formatted(at, now, caseVersion)), stationOfficer)
			.andExpect(status().isNotFound());
		call("POST /api/cases/{id}/closing", json(post(base + "/closing"), """
				{"closing":"WITHDRAWN","reason":"越权","at":"%s","version":%d}""".formatted(now, caseVersion)), stationOfficer)
			.andExpect(status().isNotFound());
		call("POST /api/cases/{id}/party-notice", json(post(base + "/party-notice"), """
				{"at":"%s","version":%d}""".formatted(now, caseVersion)), stationOfficer).andExpect(status().isNotFound());

		assertThat(jdbc.sql("SELECT version FROM legal_case WHERE id = ?").param(foreign.id()).query(Long.class).single())
			.as("nothing changed").isEqualTo(caseVersion);
		assertThat(jdbc.sql("SELECT count(*) FROM party WHERE case_id = ?").param(foreign.id()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT status FROM coercive_measure WHERE id = ?").param(measure.id()).query(String.class).single())
			.isEqualTo("ACTIVE");
	}

	// ---- documents (法律文书) -----------------------------------------------------------------------------------

	@Autowired
	org.zhifa.document.DocumentIssuing documentIssuing;

	@Test
	void documentsOfAnotherStationCannotBeListedReadDownloadedOrServed() throws Exception {
		UUID ownOfficer = jdbc.sql("SELECT officer_id FROM account WHERE username = 'officer'").query(UUID.class).single();
		var fields = java.util.Map.of("person", "隔离测试人", "reason", "涉嫌盗窃", "place", "本所办案区");
		var foreign = documentIssuing.issue(org.zhifa.document.NewDocument.of("SUMMONS", otherStation, null, "河西案件", fields, otherOfficer));
		var own = documentIssuing.issue(org.zhifa.document.NewDocument.of("SUMMONS", ownStation, null, "城关案件", fields, ownOfficer));

		String list = call("GET /api/documents", get("/api/documents?size=200"), stationOfficer).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<String> ids = JsonPath.read(list, "$.items[*].id");
		List<String> units = JsonPath.read(list, "$.items[*].unitId");
		assertThat(ids).contains(own.id().toString()).doesNotContain(foreign.id().toString());
		assertThat(units).containsOnly(ownStation.toString());
		call("GET /api/documents", get("/api/documents?unitId=" + otherStation), stationOfficer).andExpect(jsonPath("$.total").value(0));

		call("GET /api/documents/{id}", get("/api/documents/" + foreign.id()), stationOfficer).andExpect(status().isNotFound());
		call("GET /api/documents/{id}/pdf", get("/api/documents/" + foreign.id() + "/pdf"), stationOfficer)
			.andExpect(status().isNotFound());
		call("POST /api/documents/{id}/services", json(post("/api/documents/" + foreign.id() + "/services"), """
				{"method":"IN_PERSON","servedAt":"%s","recipient":"越权送达"}""".formatted(java.time.Instant.now())), stationOfficer)
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT count(*) FROM document_service WHERE document_id = ?").param(foreign.id()).query(Long.class).single())
			.as("nothing recorded").isZero();
		call("GET /api/documents/{id}", get("/api/documents/" + own.id()), stationOfficer).andExpect(status().isOk());
	}

	@Test
	void branchAdministratorCannotReadOrChangeTheIssuerSettingsOfAnotherBranch() throws Exception {
		call("GET /api/document-issuers/{unitId}", get("/api/document-issuers/" + otherStation), branchAdmin)
			.andExpect(status().isNotFound());
		call("PUT /api/document-issuers/{unitId}", json(put("/api/document-issuers/" + otherStation),
				"{\"abbreviation\":\"越权\",\"issuerName\":\"越权公安局\",\"version\":0}"), branchAdmin)
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT count(*) FROM document_issuer WHERE unit_id = ?").param(otherStation).query(Long.class).single())
			.as("nothing changed").isZero();
		call("GET /api/document-issuers/{unitId}", get("/api/document-issuers/" + ownStation), branchAdmin)
			.andExpect(status().isOk()).andExpect(jsonPath("$.unitName").value("城关派出所"));
	}

	// ---- approval (审核审批) ----------------------------------------------------------------------------------

	@Test
	void requestsOfAnotherStationCannotBeListedReadActedOnOrMadeForItsCases(@Autowired org.zhifa.cases.CaseManagement cases,
			@Autowired org.zhifa.approval.Approvals approvals) throws Exception {
		var fixtures = new org.zhifa.cases.CaseFixtures(cases, jdbc);
		var foreignCase = fixtures.criminal("河西派出所", 1);
		var suspect = cases.addParty(foreignCase.id(), new org.zhifa.cases.NewParty(org.zhifa.cases.PartyRole.SUSPECT, "隔离测试人",
				org.zhifa.cases.CaseFixtures.citizenId("19850505")), null);
		var fields = java.util.Map.of("person", "隔离测试人", "offence", "盗窃罪", "legalBasis", "刑事诉讼法第八十二条", "custodyPlace", "示范市看守所");
		var request = new org.zhifa.approval.NewSubmission("CRIMINAL_DETENTION", foreignCase.id(), suspect.id(), "事实", "理由", "依据", null,
				null, false, java.util.Map.of(), fields, List.of(), null);
		List<org.zhifa.approval.Submission> made = new java.util.ArrayList<>();
		org.zhifa.TestActors.runAs(org.zhifa.DemoActors.account(jdbc, "officer2"), () -> made.add(approvals.submit(request)));
		var foreign = made.getFirst();
		String id = foreign.id().toString();
		String opinion = "{\"opinion\":\"越权\",\"version\":" + foreign.version() + "}";
		MockHttpSession legal = login("legal");

		call("GET /api/approvals", get("/api/approvals?size=200"), stationOfficer).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id))));
		call("GET /api/approvals/inbox", get("/api/approvals/inbox?size=200"), legal).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id))));
		call("GET /api/approvals/{id}", get("/api/approvals/" + id), stationOfficer).andExpect(status().isNotFound());
		call("GET /api/approvals/{id}/draft.pdf", get("/api/approvals/" + id + "/draft.pdf"), stationOfficer).andExpect(status().isNotFound());
		call("POST /api/approvals/{id}/approval", json(post("/api/approvals/" + id + "/approval"), opinion), legal).andExpect(status().isNotFound());
		call("POST /api/approvals/{id}/rejection", json(post("/api/approvals/" + id + "/rejection"), opinion), legal).andExpect(status().isNotFound());
		call("POST /api/approvals/{id}/return", json(post("/api/approvals/" + id + "/return"),
				"{\"toStep\":0,\"opinion\":\"越权\",\"version\":" + foreign.version() + "}"), legal).andExpect(status().isNotFound());
		call("POST /api/approvals/{id}/delegation", json(post("/api/approvals/" + id + "/delegation"),
				"{\"deputyId\":\"" + otherOfficer + "\",\"reason\":\"越权\",\"version\":" + foreign.version() + "}"), legal)
			.andExpect(status().isNotFound());
		call("POST /api/approvals/{id}/added-reviewer", json(post("/api/approvals/" + id + "/added-reviewer"),
				"{\"reviewerId\":\"" + otherOfficer + "\",\"reason\":\"越权\",\"version\":" + foreign.version() + "}"), legal)
			.andExpect(status().isNotFound());
		call("POST /api/approvals/{id}/deliberation", json(post("/api/approvals/" + id + "/deliberation"), """
				{"heldAt":"%s","decision":"APPROVE","conclusion":"越权","version":%d,"opinions":[
				{"officerId":"%s","agrees":true,"text":"同意"},{"officerId":"%s","agrees":true,"text":"同意"},
				{"officerId":"%s","agrees":true,"text":"同意"}]}""".formatted(java.time.Instant.now(), foreign.version(), otherOfficer,
				UUID.randomUUID(), UUID.randomUUID())), login("branchleader")).andExpect(status().isNotFound());
		String reason = "{\"reason\":\"越权\",\"version\":" + foreign.version() + "}";
		call("POST /api/approvals/{id}/recall", json(post("/api/approvals/" + id + "/recall"), reason), stationOfficer)
			.andExpect(status().isNotFound());
		call("POST /api/approvals/{id}/withdrawal", json(post("/api/approvals/" + id + "/withdrawal"), reason), stationOfficer)
			.andExpect(status().isNotFound());
		call("POST /api/approvals/{id}/resubmission", json(post("/api/approvals/" + id + "/resubmission"),
				"{\"facts\":\"越权\",\"reasons\":\"越权\",\"legalBasis\":\"越权\",\"version\":" + foreign.version() + "}"), stationOfficer)
			.andExpect(status().isNotFound());
		call("POST /api/approvals", json(post("/api/approvals"), """
				{"requestType":"BAIL","caseId":"%s","partyId":"%s","facts":"越权","reasons":"越权","legalBasis":"越权"}"""
			.formatted(foreignCase.id(), suspect.id())), stationOfficer).andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT version FROM approval_submission WHERE id = ?").param(foreign.id()).query(Long.class).single())
			.as("nothing changed").isEqualTo(foreign.version());
		assertThat(jdbc.sql("SELECT count(*) FROM approval_submission WHERE case_id = ?").param(foreignCase.id()).query(Long.class).single())
			.isEqualTo(1);
	}

	// ---- dossier (电子卷宗) ---------------------------------------------------------------------------------------

	@Autowired
	org.zhifa.document.DossierExporting dossierExporting;

	@Test
	void theDossierOfAnotherStationsCaseCannotBeReadExportedDownloadedOrDiffed() throws Exception {
		UUID ownOfficer = jdbc.sql("SELECT officer_id FROM account WHERE username = 'officer'").query(UUID.class).single();
		var fields = java.util.Map.of("person", "卷宗隔离人", "reason", "涉嫌盗窃", "place", "本所办案区");
		UUID foreignCase = UUID.randomUUID();
		UUID ownCase = UUID.randomUUID();
		documentIssuing.issue(org.zhifa.document.NewDocument.of("SUMMONS", otherStation, foreignCase, "河西卷宗案件", fields, otherOfficer));
		documentIssuing.issue(org.zhifa.document.NewDocument.of("SUMMONS", ownStation, ownCase, "城关卷宗案件", fields, ownOfficer));
		org.springframework.security.core.context.SecurityContextHolder.clearContext(); // the system exports the foreign one
		UUID foreignExport = dossierExporting.export(foreignCase, org.zhifa.document.DossierVolume.LITIGATION).id();
		String base = "/api/cases/" + foreignCase + "/dossier";

		call("GET /api/cases/{caseId}/dossier", get(base), stationOfficer).andExpect(status().isNotFound());
		call("GET /api/cases/{caseId}/dossier/exports", get(base + "/exports"), stationOfficer).andExpect(status().isNotFound());
		call("POST /api/cases/{caseId}/dossier/exports", json(post(base + "/exports"), "{\"volume\":\"LITIGATION\"}"), stationOfficer)
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT count(*) FROM dossier_export WHERE case_id = ?").param(foreignCase).query(Long.class).single())
			.as("nothing exported by the officer").isEqualTo(1);
		call("GET /api/cases/{caseId}/dossier/exports/{exportId}/pdf", get(base + "/exports/" + foreignExport + "/pdf"), stationOfficer)
			.andExpect(status().isNotFound());
		call("GET /api/cases/{caseId}/dossier/exports/{exportId}/manifest", get(base + "/exports/" + foreignExport + "/manifest"),
				stationOfficer).andExpect(status().isNotFound());
		call("GET /api/cases/{caseId}/dossier/exports/{fromId}/diff/{toId}",
				get(base + "/exports/" + foreignExport + "/diff/" + foreignExport), stationOfficer).andExpect(status().isNotFound());
		// the officer's own case, and an export of another case reached through it, for contrast
		call("GET /api/cases/{caseId}/dossier", get("/api/cases/" + ownCase + "/dossier"), stationOfficer).andExpect(status().isOk());
		call("GET /api/cases/{caseId}/dossier/exports/{exportId}/pdf", get("/api/cases/" + ownCase + "/dossier/exports/" + foreignExport
				+ "/pdf"), stationOfficer).andExpect(status().isNotFound());
	}

	// ---- custody (执法办案管理中心) -------------------------------------------------------------------------------

	@Test
	void visitsRoomsBoardAndAlarmsOfAnotherStationCannotBeReadOrChanged(@Autowired org.zhifa.cases.CaseManagement cases,
			@Autowired org.zhifa.custody.Admissions admissions, @Autowired org.zhifa.custody.Rooms rooms,
			@Autowired org.zhifa.custody.CustodyAlarms alarms) throws Exception {
		var fixtures = new org.zhifa.cases.CaseFixtures(cases, jdbc);
		var foreignCase = fixtures.criminal("河西派出所", 1);
		var suspect = cases.addParty(foreignCase.id(), new org.zhifa.cases.NewParty(org.zhifa.cases.PartyRole.SUSPECT, "河西入区人",
				org.zhifa.cases.CaseFixtures.citizenId("19910101")), null);
		var room = rooms.create(otherStation, "隔离测试候问室-" + UUID.randomUUID().toString().substring(0, 6), org.zhifa.custody.RoomKind.WAITING, 2);
		List<org.zhifa.custody.Visit> admitted = new java.util.ArrayList<>();
		org.zhifa.TestActors.runAs(org.zhifa.DemoActors.account(jdbc, "officer2"), () -> admitted.add(admissions.admit(
				new org.zhifa.custody.NewAdmission(otherStation, foreignCase.id(), suspect.id(), null, null, null,
						org.zhifa.custody.VisitReason.SUMMONS, java.time.Instant.now(), foreignCase.officerIds(), null))));
		var visit = admitted.getFirst();
		var alarm = alarms.list(null, visit.id(), true).getFirst(); // nobody watches yet
		String v = "/api/custody/visits/" + visit.id();
		String version = "{\"version\":" + visit.version();

		call("GET /api/custody/visits", get("/api/custody/visits?size=200&caseId=" + foreignCase.id()), stationOfficer).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		call("GET /api/custody/visits/{id}", get(v), stationOfficer).andExpect(status().isNotFound());
		call("POST /api/custody/visits", json(post("/api/custody/visits"), """
				{"centerId":"%s","caseId":"%s","partyId":"%s","reason":"SUMMONS","arrivedAt":"%s","escortIds":["%s","%s"]}"""
			.formatted(otherStation, foreignCase.id(), suspect.id(), java.time.Instant.now(), foreignCase.officerIds().get(0),
					foreignCase.officerIds().get(1))), stationOfficer).andExpect(status().is(oneOf(403, 404, 422)));
		call("POST /api/custody/visits/{id}/security-check", json(post(v + "/security-check"), version
				+ ",\"officerIds\":[\"" + otherOfficer + "\"],\"findings\":\"无\"}"), stationOfficer).andExpect(status().isNotFound());
		call("POST /api/custody/visits/{id}/belongings", json(post(v + "/belongings"), version + ",\"locker\":\"1\",\"items\":[]}"),
				stationOfficer).andExpect(status().isNotFound());
		call("POST /api/custody/visits/{id}/information-collection", json(post(v + "/information-collection"), version
				+ ",\"officerIds\":[\"" + otherOfficer + "\"],\"items\":[\"PHOTO\"]}"), stationOfficer).andExpect(status().isNotFound());
		call("POST /api/custody/visits/{id}/watch", json(post(v + "/watch"), version + ",\"watcherId\":\"" + otherOfficer + "\"}"),
				stationOfficer).andExpect(status().isNotFound());
		call("POST /api/custody/visits/{id}/room", json(post(v + "/room"), version + ",\"roomId\":\"" + room.id() + "\"}"), stationOfficer)
			.andExpect(status().isNotFound());
		call("POST /api/custody/visits/{id}/questioning", json(post(v + "/questioning"), version + ",\"kind\":\"INTERROGATION\",\"roomId\":\""
				+ room.id() + "\",\"officerIds\":[\"" + otherOfficer + "\"]}"), stationOfficer).andExpect(status().isNotFound());
		call("POST /api/custody/visits/{id}/questioning/{sessionId}/end", json(post(v + "/questioning/" + UUID.randomUUID() + "/end"), version + "}"),
				stationOfficer).andExpect(status().isNotFound());
		call("POST /api/custody/visits/{id}/belongings/{seq}/seizure", json(post(v + "/belongings/1/seizure"), version
				+ ",\"category\":\"ELECTRONIC\",\"documentNumber\":\"越权\"}"), stationOfficer).andExpect(status().isNotFound());
		call("GET /api/custody/visits/{id}/extensions", get(v + "/extensions"), stationOfficer).andExpect(status().isNotFound());
		call("POST /api/custody/visits/{id}/extension", json(post(v + "/extension"), version
				+ ",\"extensionCode\":\"complex\",\"reason\":\"越权\",\"approvedBy\":\"越权\"}"), stationOfficer).andExpect(status().isNotFound());
		call("POST /api/custody/visits/{id}/exit", json(post(v + "/exit"), version + ",\"outcome\":\"RELEASED\"}"), stationOfficer)
			.andExpect(status().isNotFound());
		call("GET /api/custody/centers/{centerId}/rooms", get("/api/custody/centers/" + otherStation + "/rooms"), stationOfficer)
			.andExpect(status().isNotFound());
		call("GET /api/custody/centers/{centerId}/board", get("/api/custody/centers/" + otherStation + "/board"), stationOfficer)
			.andExpect(status().isNotFound());
		// the shared 执法办案管理中心 and the officer's own station, never another station's 办案区
		call("GET /api/custody/centers", get("/api/custody/centers"), stationOfficer).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.hasItems(ownStation.toString(), unit("执法办案管理中心").toString())))
			.andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(otherStation.toString()))));
		call("POST /api/custody/rooms", json(post("/api/custody/rooms"), "{\"centerId\":\"" + otherStation
				+ "\",\"name\":\"越权房间\",\"kind\":\"WAITING\",\"capacity\":2}"), stationOfficer).andExpect(status().isForbidden());
		call("PUT /api/custody/rooms/{id}", json(put("/api/custody/rooms/" + room.id()), "{\"name\":\"越权\",\"kind\":\"WAITING\",\"capacity\":9,"
				+ "\"active\":true,\"version\":0}"), branchAdmin).andExpect(status().is(oneOf(403, 404)));
		call("GET /api/custody/alarms", get("/api/custody/alarms?visitId=" + visit.id()), stationOfficer).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		call("POST /api/custody/alarms/{id}/seen", json(post("/api/custody/alarms/" + alarm.id() + "/seen"), "{\"version\":0}"), stationOfficer)
			.andExpect(status().isNotFound());
		call("POST /api/custody/alarms/{id}/clearance", json(post("/api/custody/alarms/" + alarm.id() + "/clearance"), "{\"version\":0}"),
				stationOfficer).andExpect(status().isNotFound());
		call("GET /api/custody/figures", get("/api/custody/figures?from=2020-01-01T00:00:00Z&to=2100-01-01T00:00:00Z&unitId=" + otherStation),
				stationOfficer).andExpect(status().isOk()).andExpect(jsonPath("$.units.length()").value(0));
		for (int i = 0; i < 500 && jdbc.sql("SELECT count(*) FROM workbench_alert WHERE alert_id = ?").param(alarm.id()).query(Long.class)
			.single() < 1; i++) {
			Thread.sleep(20); // the workbench takes the alarm asynchronously, after the custody commit
		}
		String alerts = call("GET /api/workbench/alerts", get("/api/workbench/alerts?includeClearedToday=true"), stationOfficer)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(alerts, "$[*].alertId")).as("another station's alarm is not on this workbench")
			.doesNotContain(alarm.id().toString());
		assertThat(jdbc.sql("SELECT count(*) FROM workbench_alert WHERE alert_id = ?").param(alarm.id()).query(Long.class).single()).isOne();
		assertThat(jdbc.sql("SELECT version FROM custody_visit WHERE id = ?").param(visit.id()).query(Long.class).single()).isEqualTo(visit.version());
		assertThat(jdbc.sql("SELECT version FROM custody_room WHERE id = ?").param(room.id()).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT seen_at IS NULL AND cleared_at IS NULL FROM custody_alarm WHERE id = ?").param(alarm.id())
			.query(Boolean.class).single()).isTrue();
	}

	// ---- property (涉案财物) --------------------------------------------------------------------------------------

	@Test
	void propertyOfAnotherStationCannotBeReadOrChanged(@Autowired org.zhifa.cases.CaseManagement cases,
			@Autowired org.zhifa.property.Registration registration, @Autowired org.zhifa.property.CheckIn checkIn,
			@Autowired org.zhifa.property.Loans loans, @Autowired org.zhifa.property.Stores stores, @Autowired org.zhifa.property.Photos photos)
			throws Exception {
		var fixtures = new org.zhifa.cases.CaseFixtures(cases, jdbc);
		var foreignCase = fixtures.criminal("河西派出所", 1);
		var location = stores.list().getFirst().locations().getFirst();
		List<org.zhifa.property.PropertyItem> items = new java.util.ArrayList<>();
		List<org.zhifa.property.Loan> requested = new java.util.ArrayList<>();
		org.zhifa.TestActors.runAs(org.zhifa.DemoActors.account(jdbc, "officer2"), () -> items.add(registration.register(
				new org.zhifa.property.NewPropertyItem(foreignCase.id(), org.zhifa.property.Measure.SEIZURE, org.zhifa.property.Category.ELECTRONIC,
						"隔离测试手机", java.math.BigDecimal.ONE, "部", null, List.of(), "河西持有人", null, "西公（刑）扣字〔2026〕1号", null,
						java.time.Instant.now().minusSeconds(600), foreignCase.officerIds()))));
		var pending = items.getFirst();
		org.zhifa.TestActors.runAs(org.zhifa.DemoActors.account(jdbc, "officer2"), () -> items.add(registration.register(
				new org.zhifa.property.NewPropertyItem(foreignCase.id(), org.zhifa.property.Measure.SEIZURE, org.zhifa.property.Category.ORDINARY,
						"隔离测试背包", java.math.BigDecimal.ONE, "个", null, List.of(), "河西持有人", null, "西公（刑）扣字〔2026〕1号", null,
						java.time.Instant.now().minusSeconds(600), foreignCase.officerIds()))));
		org.zhifa.TestActors.runAs(org.zhifa.DemoActors.account(jdbc, "custodian"), () -> checkIn.checkIn(items.get(1).code(), location.id(), null));
		org.zhifa.TestActors.runAs(org.zhifa.DemoActors.account(jdbc, "officer2"), () -> requested.add(loans.request(items.get(1).id(),
				items.get(1).version() + 1, org.zhifa.property.LoanPurpose.APPRAISAL, "鉴定", otherOfficer, java.time.Instant.now().plusSeconds(86400))));
		var loan = requested.getFirst();
		MockHttpSession head = login("head");
		String item = "/api/property/items/" + pending.id();

		call("GET /api/property/items", get("/api/property/items?caseId=" + foreignCase.id()), stationOfficer).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		call("POST /api/property/items", json(post("/api/property/items"), """
				{"caseId":"%s","measure":"SEIZURE","category":"ORDINARY","description":"越权登记","quantity":1,"quantityUnit":"个",
				 "holderName":"某","documentNumber":"某号","seizedAt":"%s","seizedBy":["%s","%s"]}""".formatted(foreignCase.id(),
				java.time.Instant.now().minusSeconds(60), foreignCase.officerIds().get(0), foreignCase.officerIds().get(1))), stationOfficer)
			.andExpect(status().isNotFound());
		call("GET /api/property/items/{id}", get(item), stationOfficer).andExpect(status().isNotFound());
		call("GET /api/property/items/by-code/{code}", get("/api/property/items/by-code/" + pending.code()), stationOfficer)
			.andExpect(status().isNotFound());
		call("GET /api/property/items/{id}/label", get(item + "/label"), stationOfficer).andExpect(status().isNotFound());
		call("POST /api/property/items/{id}/review", json(post(item + "/review"), "{\"version\":0,\"reason\":\"越权\"}"), stationOfficer)
			.andExpect(status().isNotFound());
		call("POST /api/property/items/{id}/chain/verification", post(item + "/chain/verification"), stationOfficer).andExpect(status().isNotFound());
		call("GET /api/property/items/{id}/chain/export", get(item + "/chain/export"), stationOfficer).andExpect(status().isNotFound());
		call("GET /api/property/cases/{caseId}/chain/export", get("/api/property/cases/" + foreignCase.id() + "/chain/export"), stationOfficer)
			.andExpect(status().isNotFound());
		String pendingList = call("GET /api/property/pending-handover", get("/api/property/pending-handover"), stationOfficer)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(pendingList).doesNotContain(pending.id().toString());
		String alarms = call("GET /api/property/alarms", get("/api/property/alarms"), stationOfficer).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(alarms).doesNotContain(foreignCase.id().toString());
		call("POST /api/property/items/{id}/loans", json(post("/api/property/items/" + items.get(1).id() + "/loans"), """
				{"version":%d,"purpose":"APPRAISAL","reason":"越权","borrowerId":"%s","dueBackAt":"%s"}""".formatted(items.get(1).version() + 2,
				otherOfficer, java.time.Instant.now().plusSeconds(86400))), stationOfficer).andExpect(status().isNotFound());
		call("POST /api/property/loans/{id}/approval", json(post("/api/property/loans/" + loan.id() + "/approval"), "{\"version\":0}"), head)
			.andExpect(status().isNotFound());
		// the stores are the custodian's: a case officer holds no property:custody at all
		call("POST /api/property/check-ins", json(post("/api/property/check-ins"), "{\"code\":\"" + pending.code() + "\",\"locationId\":\""
				+ location.id() + "\"}"), stationOfficer).andExpect(status().isForbidden());
		call("POST /api/property/loans/{id}/hand-out", json(post("/api/property/loans/" + loan.id() + "/hand-out"), "{\"version\":0}"),
				stationOfficer).andExpect(status().isForbidden());
		call("POST /api/property/loans/{id}/return", json(post("/api/property/loans/" + loan.id() + "/return"),
				"{\"version\":0,\"conditionOk\":true}"), stationOfficer).andExpect(status().isForbidden());
		call("POST /api/property/items/{id}/transfer", json(post("/api/property/items/" + items.get(1).id() + "/transfer"),
				"{\"version\":0,\"agency\":\"越权\",\"documentNumber\":\"某号\",\"physical\":true}"), stationOfficer)
			.andExpect(status().isForbidden());
		call("GET /api/property/stores", get("/api/property/stores"), stationOfficer).andExpect(status().isForbidden());
		call("POST /api/property/stores", json(post("/api/property/stores"), "{\"unitId\":\"" + otherStation
				+ "\",\"name\":\"越权库\",\"kind\":\"CENTRAL\"}"), stationOfficer).andExpect(status().isForbidden());
		call("POST /api/property/stores/{id}/locations", json(post("/api/property/stores/" + location.storeId() + "/locations"),
				"{\"code\":\"X-99\",\"kind\":\"SHELF\"}"), stationOfficer).andExpect(status().isForbidden());
		call("GET /api/property/locations/{id}/items", get("/api/property/locations/" + location.id() + "/items"), stationOfficer)
			.andExpect(status().isForbidden());
		call("POST /api/property/locations/{id}/inventory", json(post("/api/property/locations/" + location.id() + "/inventory"),
				"{\"codes\":[]}"), stationOfficer).andExpect(status().isForbidden());
		// photos: another station neither lists, reads nor adds them
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 };
		List<org.zhifa.property.PropertyPhoto> added = new java.util.ArrayList<>();
		org.zhifa.TestActors.runAs(org.zhifa.DemoActors.account(jdbc, "officer2"),
				() -> added.add(photos.add(items.get(1).id(), "背包.jpg", "image/jpeg", jpeg)));
		String photosOf = "/api/property/items/" + items.get(1).id() + "/photos";
		call("GET /api/property/items/{id}/photos", get(photosOf), stationOfficer).andExpect(status().isNotFound());
		call("GET /api/property/items/{id}/photos/{photoId}", get(photosOf + "/" + added.getFirst().id()), stationOfficer)
			.andExpect(status().isNotFound());
		var upload = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(item + "/photos")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "越权.jpg", "image/jpeg", jpeg));
		call("POST /api/property/items/{id}/photos", upload, stationOfficer).andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT chain_length FROM property_item WHERE id = ?").param(pending.id()).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM property_photo WHERE item_id = ?").param(pending.id()).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT status FROM property_loan WHERE id = ?").param(loan.id()).query(String.class).single()).isEqualTo("REQUESTED");
	}

	// ---- evidence (证据与视音频) ------------------------------------------------------------------------------------

	@Test
	void recordingsDevicesCoverageAndEvidenceOfAnotherStationCannotBeReadOrChanged(@Autowired org.zhifa.cases.CaseManagement cases,
			@Autowired org.zhifa.custody.Admissions admissions, @Autowired org.zhifa.custody.Rooms rooms,
			@Autowired org.zhifa.custody.VisitSteps steps, @Autowired org.zhifa.custody.Questioning questioning,
			@Autowired org.zhifa.evidence.Devices devices, @Autowired org.zhifa.evidence.RecordingIngest ingest,
			@Autowired org.zhifa.evidence.CaseEvidence evidence) throws Exception {
		var fixtures = new org.zhifa.cases.CaseFixtures(cases, jdbc);
		var foreignCase = fixtures.criminal("河西派出所", 1);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
		var camera = devices.register("ISO-BC-" + tag, org.zhifa.evidence.DeviceKind.BODY_CAMERA, otherOfficer, null, "河西记录仪");
		var recording = ingest.upload(new org.zhifa.evidence.NewRecording(camera.code(), null, now.minusSeconds(7200), now.minusSeconds(3600), null,
				"clip.mp4", "video/mp4"), new java.io.ByteArrayInputStream(("isolation-" + tag).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		// a questioning session in 河西派出所's own 办案区
		var room = rooms.create(otherStation, "隔离讯问室-" + tag, org.zhifa.custody.RoomKind.INTERROGATION, 1);
		var suspect = cases.addParty(foreignCase.id(), new org.zhifa.cases.NewParty(org.zhifa.cases.PartyRole.SUSPECT, "河西讯问人",
				org.zhifa.cases.CaseFixtures.citizenId("19920202")), null);
		List<org.zhifa.custody.QuestioningSession> held = new java.util.ArrayList<>();
		org.zhifa.TestActors.runAs(org.zhifa.DemoActors.account(jdbc, "officer2"), () -> {
			var a = admissions.admit(new org.zhifa.custody.NewAdmission(otherStation, foreignCase.id(), suspect.id(), null, null, null,
					org.zhifa.custody.VisitReason.SUMMONS, now.minusSeconds(600), foreignCase.officerIds(), null));
			var b = steps.securityCheck(a.id(), a.version(), null, List.of(otherOfficer), "无", null, List.of(), List.of());
			var c = steps.collectInformation(b.id(), b.version(), null, List.of(otherOfficer), Set.of(org.zhifa.custody.CollectedItem.PHOTO));
			var s = questioning.start(c.id(), c.version(), org.zhifa.custody.QuestioningKind.INTERROGATION, room.id(), foreignCase.officerIds(), true, null);
			held.add(questioning.end(c.id(), jdbc.sql("SELECT version FROM custody_visit WHERE id = ?").param(c.id()).query(Long.class).single(), s.id(),
					null, null, null, null));
		});
		org.zhifa.TestActors.runAs(org.zhifa.DemoActors.account(jdbc, "officer2"), () -> evidence.add(foreignCase.id(),
				new org.zhifa.evidence.NewEvidence(org.zhifa.evidence.EvidenceKind.DOCUMENTARY, "河西书证", null, "报案人提供", now, null, null, null, null)));
		String r = "/api/recordings/" + recording.id();
		long rows = jdbc.sql("SELECT count(*) FROM evidence_recording").query(Long.class).single();

		call("GET /api/recordings", get("/api/recordings?size=200&deviceId=" + camera.id()), stationOfficer).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		call("GET /api/recordings/{id}", get(r), stationOfficer).andExpect(status().isNotFound());
		call("GET /api/recordings/{id}/content", get(r + "/content"), stationOfficer).andExpect(status().isNotFound());
		call("POST /api/recordings", post("/api/recordings?deviceCode=" + camera.code() + "&startedAt=" + now.minusSeconds(60) + "&endedAt=" + now)
			.contentType(MediaType.APPLICATION_OCTET_STREAM).content(new byte[] { 1, 2, 3 }), stationOfficer).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("deviceCode"));
		call("POST /api/recordings/{id}/link", json(post(r + "/link"), "{\"version\":" + recording.version()
				+ ",\"targetKind\":\"CASE\",\"targetId\":\"" + foreignCase.id() + "\",\"reason\":\"越权\"}"), stationOfficer)
			.andExpect(status().isNotFound());
		call("POST /api/recordings/{id}/set-aside", json(post(r + "/set-aside"), "{\"version\":" + recording.version() + ",\"reason\":\"越权\"}"),
				stationOfficer).andExpect(status().isNotFound());
		call("GET /api/questioning-coverage", get("/api/questioning-coverage?from=" + now.minusSeconds(3600) + "&to=" + now.plusSeconds(60)),
				stationOfficer).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].session.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(held.getFirst().id().toString()))));
		call("GET /api/questioning-coverage/{sessionId}", get("/api/questioning-coverage/" + held.getFirst().id()), stationOfficer)
			.andExpect(status().isNotFound());
		call("GET /api/recording-devices", get("/api/recording-devices"), stationOfficer).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(camera.id().toString()))));
		call("GET /api/recording-devices/rooms", get("/api/recording-devices/rooms?centerId=" + otherStation), branchAdmin)
			.andExpect(status().isNotFound());
		call("POST /api/recording-devices", json(post("/api/recording-devices"), "{\"code\":\"ISO-X-" + tag
				+ "\",\"kind\":\"BODY_CAMERA\",\"officerId\":\"" + otherOfficer + "\",\"label\":\"越权\"}"), branchAdmin)
			.andExpect(status().isForbidden());
		call("PUT /api/recording-devices/{id}", json(put("/api/recording-devices/" + camera.id()), "{\"officerId\":\"" + otherOfficer
				+ "\",\"label\":\"越权\",\"active\":false,\"version\":0}"), branchAdmin).andExpect(status().isNotFound());
		call("GET /api/cases/{caseId}/evidence", get("/api/cases/" + foreignCase.id() + "/evidence"), stationOfficer)
			.andExpect(status().isNotFound());
		call("GET /api/cases/{caseId}/evidence/sources", get("/api/cases/" + foreignCase.id() + "/evidence/sources"), stationOfficer)
			.andExpect(status().isNotFound());
		call("POST /api/cases/{caseId}/evidence", json(post("/api/cases/" + foreignCase.id() + "/evidence"),
				"{\"kind\":\"DOCUMENTARY\",\"title\":\"越权\",\"source\":\"越权\",\"collectedAt\":\"" + now + "\"}"), stationOfficer)
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT count(*) FROM evidence_recording").query(Long.class).single()).isEqualTo(rows);
		assertThat(jdbc.sql("SELECT version FROM evidence_recording WHERE id = ?").param(recording.id()).query(Long.class).single())
			.isEqualTo(recording.version());
		assertThat(jdbc.sql("SELECT version FROM evidence_device WHERE id = ?").param(camera.id()).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM evidence_record WHERE case_id = ?").param(foreignCase.id()).query(Long.class).single()).isOne();
	}

	// ---- helpers --------------------------------------------------------------------------------------------

	private org.springframework.test.web.servlet.ResultActions call(String endpoint, MockHttpServletRequestBuilder request,
			MockHttpSession session) throws Exception {
		covered.add(endpoint);
		return mvc.perform(request.session(session).with(csrf()));
	}

	private org.springframework.test.web.servlet.ResultActions call(String endpoint,
			org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload, MockHttpSession session) throws Exception {
		covered.add(endpoint);
		return mvc.perform(upload.session(session).with(csrf()));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private MockHttpSession login(String username) throws Exception {
		return (MockHttpSession) mvc.perform(post("/api/auth/login").with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED).param("username", username).param("password", "Zhifa@2026"))
			.andExpect(status().isOk()).andReturn().getRequest().getSession();
	}

	private UUID unit(String name) {
		return jdbc.sql("SELECT id FROM unit WHERE name = ?").param(name).query(UUID.class).single();
	}

	private long officerVersion(UUID id) {
		return jdbc.sql("SELECT version FROM officer WHERE id = ?").param(id).query(Long.class).single();
	}

	private static org.hamcrest.Matcher<Integer> oneOf(int... codes) {
		return org.hamcrest.Matchers.oneOf(java.util.Arrays.stream(codes).boxed().toArray(Integer[]::new));
	}
}
