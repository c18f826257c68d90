package org.zhifa.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.IntegrationTest;
import org.zhifa.TestActors;
import org.zhifa.UnitFixtures;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.organization.UnitManagement;
import org.zhifa.shared.Actor;
import org.zhifa.shared.DataScope;

/** GET /api/audit-entries and POST /api/audit-entries/verification as the UI calls them. */
@IntegrationTest
class AuditEntryApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditChain chain;

	@Autowired
	UnitManagement unitManagement;

	@Autowired
	UnitDirectory unitDirectory;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void listingNeedsASignedInUser() throws Exception {
		mvc.perform(get("/api/audit-entries"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:unauthenticated"));
	}

	@Test
	void listingNeedsTheAuditReadPermission() throws Exception {
		Actor officer = TestActors.actor("wangwu", UUID.randomUUID(), UUID.randomUUID(), DataScope.ALL, "case:read");

		mvc.perform(get("/api/audit-entries").with(authentication(TestActors.auth(officer))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:forbidden"));
	}

	@Test
	void eachReaderSeesOnlyTheEntriesItsDataScopeCovers() throws Exception {
		UnitFixtures units = new UnitFixtures(unitManagement, unitDirectory);
		UUID station = units.districtBureau("审计测试分局");
		UUID squad = units.station("审计测试派出所", station);
		UUID otherStation = units.districtBureau("审计测试另一分局");
		String subjectType = "case-" + UUID.randomUUID();
		Actor stationOfficer = TestActors.actor("station-officer", station, UUID.randomUUID(), DataScope.OWN, "audit:read");
		recordAs(stationOfficer, subjectType, "本所民警修改案件");
		recordAs(TestActors.actor("squad-officer", squad, UUID.randomUUID(), DataScope.UNIT, "case:manage"), subjectType, "下级中队修改案件");
		recordAs(TestActors.actor("other-officer", otherStation, UUID.randomUUID(), DataScope.UNIT, "case:manage"), subjectType, "他所民警修改案件");

		assertVisibleSummaries(reader(station, DataScope.UNIT), subjectType, "本所民警修改案件");
		assertVisibleSummaries(reader(station, DataScope.UNIT_AND_BELOW), subjectType, "本所民警修改案件", "下级中队修改案件");
		assertVisibleSummaries(reader(otherStation, DataScope.ALL), subjectType, "本所民警修改案件", "下级中队修改案件", "他所民警修改案件");
		assertVisibleSummaries(stationOfficer, subjectType, "本所民警修改案件");
		assertVisibleSummaries(reader(station, DataScope.OWN), subjectType);
	}

	@Test
	void listIsNewestFirstFilteredAndShowsWhetherEachEntryIsSealed() throws Exception {
		String subjectType = "officer-" + UUID.randomUUID();
		Actor officer = TestActors.actor("zhaoliu", UUID.randomUUID(), UUID.randomUUID(), DataScope.UNIT, "officer:manage");
		recordAs(officer, subjectType, "第一次修改");
		recordAs(officer, subjectType, "第二次修改");
		chain.sealPending();

		mvc.perform(get("/api/audit-entries").param("subjectType", subjectType).param("actor", "zhaoliu")
				.param("action", "case.updated").param("from", "2000-01-01T00:00:00Z").param("to", "2999-01-01T00:00:00+08:00")
				.param("size", "1").with(authentication(TestActors.auth(reader(UUID.randomUUID(), DataScope.ALL)))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.items[0].summary").value("第二次修改"))
			.andExpect(jsonPath("$.items[0].actorUsername").value("zhaoliu"))
			.andExpect(jsonPath("$.items[0].actorName").value("zhaoliu"))
			.andExpect(jsonPath("$.items[0].unitId").value(officer.unitId().toString()))
			.andExpect(jsonPath("$.items[0].subjectType").value(subjectType))
			.andExpect(jsonPath("$.items[0].sealed").value(true))
			.andExpect(jsonPath("$.items[0].sequence").isNumber())
			.andExpect(jsonPath("$.items[0].hash").value(matchesPattern("[0-9a-f]{64}")))
			.andExpect(jsonPath("$.items[0].previousHash").value(matchesPattern("[0-9a-f]{64}")))
			.andExpect(jsonPath("$.items[0].occurredAt").isString());

		mvc.perform(get("/api/audit-entries").param("subjectType", subjectType).param("from", "2999-01-01T00:00:00Z")
				.with(authentication(TestActors.auth(reader(UUID.randomUUID(), DataScope.ALL)))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void malformedInstantOrReversedRangeIsABadRequestProblem() throws Exception {
		var auth = authentication(TestActors.auth(reader(UUID.randomUUID(), DataScope.ALL)));

		mvc.perform(get("/api/audit-entries").param("from", "not-a-date").with(auth))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:invalid-parameter"))
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		mvc.perform(get("/api/audit-entries").param("from", "2025-02-01T00:00:00Z").param("to", "2025-01-01T00:00:00Z").with(auth))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(get("/api/audit-entries").param("size", "500").with(auth))
			.andExpect(status().isBadRequest());
	}

	@Test
	void verificationNeedsCsrfAndTheVerifyPermissionAndIsItselfAudited() throws Exception {
		Actor auditor = TestActors.actor("auditor-" + UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), DataScope.ALL,
				"audit:read", "audit:verify");
		Actor readerOnly = reader(UUID.randomUUID(), DataScope.ALL);

		mvc.perform(post("/api/audit-entries/verification").with(authentication(TestActors.auth(auditor))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/audit-entries/verification").with(csrf()).with(authentication(TestActors.auth(readerOnly))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/audit-entries/verification").with(csrf()).with(authentication(TestActors.auth(auditor))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.checkedEntries").isNumber())
			.andExpect(jsonPath("$.pendingEntries").isNumber())
			.andExpect(jsonPath("$.firstBrokenSequence").doesNotExist())
			.andExpect(jsonPath("$.verifiedAt").isString());

		mvc.perform(get("/api/audit-entries").param("actor", auditor.username()).with(authentication(TestActors.auth(auditor))))
			.andExpect(jsonPath("$.items[*].action").value(contains("audit.verified")))
			.andExpect(jsonPath("$.items[0].summary").value(matchesPattern("哈希链校验通过；已校验 \\d+ 条，待封存 \\d+ 条")));
	}

	private void assertVisibleSummaries(Actor reader, String subjectType, String... summaries) throws Exception {
		mvc.perform(get("/api/audit-entries").param("subjectType", subjectType).with(authentication(TestActors.auth(reader))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(summaries.length))
			.andExpect(jsonPath("$.items", hasSize(summaries.length)))
			.andExpect(jsonPath("$.items[*].summary", containsInAnyOrder((Object[]) summaries)))
			.andExpect(jsonPath("$.items[*].subjectType", everyItem(org.hamcrest.Matchers.is(subjectType))));
	}

	private static Actor reader(UUID unit, DataScope scope) {
		return TestActors.actor("reader-" + scope, unit, UUID.randomUUID(), scope, "audit:read");
	}

	private void recordAs(Actor actor, String subjectType, String summary) {
		TestActors.runAs(actor, () -> new TransactionTemplate(transactionManager).executeWithoutResult(status ->
				trail.record(AuditRecord.of("case.updated", subjectType, UUID.randomUUID(), summary))));
	}
}
