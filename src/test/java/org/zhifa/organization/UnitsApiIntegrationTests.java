package org.zhifa.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhifa.IntegrationTest;
import org.zhifa.TrailReader;
import org.zhifa.TestActors;
import org.zhifa.UnitFixtures;
import org.zhifa.audit.AuditRecord;
import org.zhifa.shared.Actor;
import org.zhifa.shared.DataScope;

@IntegrationTest
class UnitsApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TrailReader audit;

	@Autowired
	UnitManagement management;

	@Autowired
	UnitDirectory directory;

	UnitFixtures units;

	Actor admin;

	@BeforeEach
	void setUp() {
		units = new UnitFixtures(management, directory);
		admin = TestActors.actor("admin", units.root(), null, DataScope.ALL, "unit:read", "unit:manage");
	}

	@Test
	void aUnitIsCreatedRenamedMovedDeactivatedAndReactivatedWithHistoryAndAudit() throws Exception {
		UUID eastBureau = units.districtBureau("东城分局");
		UUID westBureau = units.districtBureau("西城分局");
		String code = UnitFixtures.freshCode();

		String created = as(admin, post("/api/units"), """
				{"code": "%s", "name": "东华门派出所", "kind": "POLICE_STATION", "parentId": "%s"}""".formatted(code, eastBureau))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.kind").value("POLICE_STATION"))
			.andExpect(jsonPath("$.kindName").value("派出所"))
			.andExpect(jsonPath("$.parentId").value(eastBureau.toString()))
			.andExpect(jsonPath("$.parentName").value("东城分局"))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.path.length()").value(3))
			.andExpect(jsonPath("$.path[0].id").value(units.root().toString()))
			.andExpect(jsonPath("$.path[2].name").value("东华门派出所"))
			.andReturn().getResponse().getContentAsString();
		UUID station = UUID.fromString(JsonPath.read(created, "$.id"));

		as(admin, put("/api/units/" + station), """
				{"name": "东华门街道派出所", "version": 0}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("东华门街道派出所"))
			.andExpect(jsonPath("$.version").value(1));

		as(admin, post("/api/units/" + station + "/move"), """
				{"newParentId": "%s", "reason": "辖区调整", "version": 1}""".formatted(westBureau))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parentId").value(westBureau.toString()))
			.andExpect(jsonPath("$.parentName").value("西城分局"))
			.andExpect(jsonPath("$.version").value(2));
		assertThat(directory.selfAndDescendants(westBureau)).contains(station);
		assertThat(directory.selfAndDescendants(eastBureau)).doesNotContain(station);

		as(admin, post("/api/units/" + station + "/deactivate"), """
				{"reason": "撤并", "version": 2}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.version").value(3));

		as(admin, post("/api/units/" + station + "/reactivate"), """
				{"reason": "恢复建制", "version": 3}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(true));

		as(admin, get("/api/units/" + station + "/history"), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(5))
			.andExpect(jsonPath("$[0].action").value("CREATED"))
			.andExpect(jsonPath("$[0].actionName").value("设立"))
			.andExpect(jsonPath("$[0].actorName").value("admin"))
			.andExpect(jsonPath("$[1].action").value("RENAMED"))
			.andExpect(jsonPath("$[1].detail").value("名称：东华门派出所 → 东华门街道派出所"))
			.andExpect(jsonPath("$[2].action").value("MOVED"))
			.andExpect(jsonPath("$[2].detail").value("上级单位：东城分局 → 西城分局；原因：辖区调整"))
			.andExpect(jsonPath("$[3].action").value("DEACTIVATED"))
			.andExpect(jsonPath("$[3].detail").value("状态：启用 → 撤销；原因：撤并"))
			.andExpect(jsonPath("$[4].action").value("REACTIVATED"))
			.andExpect(jsonPath("$[4].at").isString());

		assertThat(audit.about(station)).extracting(AuditRecord::action)
			.containsExactly("unit.created", "unit.renamed", "unit.moved", "unit.deactivated", "unit.reactivated");
		assertThat(audit.about(station)).allSatisfy(r -> assertThat(r.subjectType()).isEqualTo("unit"));
		assertThat(audit.about(station).get(1).summary()).isEqualTo("名称：东华门派出所 → 东华门街道派出所");
	}

	@Test
	void aStaleVersionIsRefusedWith409AndNothingIsWritten() throws Exception {
		UUID bureau = units.districtBureau("南城分局");
		as(admin, put("/api/units/" + bureau), """
				{"name": "南城分局（新）", "version": 0}""").andExpect(status().isOk());

		as(admin, put("/api/units/" + bureau), """
				{"name": "另一个人的改名", "version": 0}""")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:concurrent-modification"))
			.andExpect(jsonPath("$.expectedVersion").value(0));

		assertThat(directory.find(bureau).orElseThrow().name()).isEqualTo("南城分局（新）");
		assertThat(audit.about(bureau)).extracting(AuditRecord::action).containsExactly("unit.created", "unit.renamed");
	}

	@Test
	void movingAUnitBelowItsOwnDescendantIsRefused() throws Exception {
		UUID bureau = units.districtBureau("北城分局");
		UUID station = units.station("北城派出所", bureau);

		as(admin, post("/api/units/" + bureau + "/move"), """
				{"newParentId": "%s", "reason": "试图形成循环", "version": 0}""".formatted(station))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:unit-move-cycle"));

		assertThat(directory.find(bureau).orElseThrow().parentId()).isEqualTo(units.root());
		assertThat(audit.about(bureau)).extracting(AuditRecord::action).containsExactly("unit.created");
	}

	@Test
	void theRootCannotBeMovedAndThereIsOnlyOneRoot() throws Exception {
		UUID root = units.root();
		UUID bureau = units.districtBureau("开发区分局");
		long rootVersion = JsonPath.<Integer>read(as(admin, get("/api/units/" + root), null)
			.andReturn().getResponse().getContentAsString(), "$.version");

		as(admin, post("/api/units/" + root + "/move"), """
				{"newParentId": "%s", "reason": "试试", "version": %d}""".formatted(bureau, rootVersion))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:root-unit-cannot-move"));

		as(admin, post("/api/units"), """
				{"code": "%s", "name": "第二个市局", "kind": "MUNICIPAL_BUREAU"}""".formatted(UnitFixtures.freshCode()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:root-unit-exists"));
	}

	@Test
	void aStationCannotBePlacedDirectlyUnderTheMunicipalBureau() throws Exception {
		as(admin, post("/api/units"), """
				{"code": "%s", "name": "直属派出所", "kind": "POLICE_STATION", "parentId": "%s"}"""
			.formatted(UnitFixtures.freshCode(), units.root()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:unit-kind-not-allowed"))
			.andExpect(jsonPath("$.detail").value(containsString("派出所不能设在市局之下")));
	}

	@Test
	void aDuplicateCodeIsAConflict() throws Exception {
		String code = UnitFixtures.freshCode();
		UUID bureau = units.districtBureau("高新分局");
		String body = """
				{"code": "%s", "name": "高新派出所", "kind": "POLICE_STATION", "parentId": "%s"}""".formatted(code, bureau);
		as(admin, post("/api/units"), body).andExpect(status().isCreated());
		as(admin, post("/api/units"), body)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:unit-code-taken"));
	}

	@Test
	void concurrentCreationsWithTheSameCodeYieldOneUnitAndOneConflict() throws Exception {
		UUID bureau = units.districtBureau("并发分局");
		String code = UnitFixtures.freshCode();
		List<Object> outcomes = concurrently(2,
				i -> management.create(code, "并发派出所" + i, UnitKind.POLICE_STATION, bureau));
		assertThat(outcomes).filteredOn(UnitDetails.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(UnitCodeAlreadyTaken.class::isInstance).hasSize(1);
	}

	@Test
	void concurrentRenamesAtTheSameVersionLetExactlyOneWin() throws Exception {
		UUID bureau = units.districtBureau("抢改分局");
		List<Object> outcomes = concurrently(2, i -> management.rename(bureau, "抢改分局" + i, 0));
		assertThat(outcomes).filteredOn(UnitDetails.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(org.zhifa.shared.StaleVersion.class::isInstance).hasSize(1);
		assertThat(directory.find(bureau).orElseThrow().name()).startsWith("抢改分局");
		assertThat(audit.about(bureau)).extracting(AuditRecord::action).containsExactly("unit.created", "unit.renamed");
	}

	/** Runs the work on {@code n} threads released at once (as the system actor); each outcome is a result or the exception. */
	private static List<Object> concurrently(int n, java.util.function.IntFunction<Object> work) throws Exception {
		var start = new java.util.concurrent.CyclicBarrier(n);
		try (var pool = java.util.concurrent.Executors.newFixedThreadPool(n)) {
			List<java.util.concurrent.Future<Object>> futures = new java.util.ArrayList<>();
			for (int i = 0; i < n; i++) {
				int index = i;
				futures.add(pool.submit(() -> {
					start.await();
					try {
						return work.apply(index);
					}
					catch (RuntimeException refused) {
						return refused;
					}
				}));
			}
			List<Object> outcomes = new java.util.ArrayList<>();
			for (var future : futures) {
				outcomes.add(future.get(30, java.util.concurrent.TimeUnit.SECONDS));
			}
			return outcomes;
		}
	}

	@Test
	void aUnitWithActiveChildrenCannotBeDeactivated() throws Exception {
		UUID bureau = units.districtBureau("港区分局");
		units.station("港区派出所", bureau);

		as(admin, post("/api/units/" + bureau + "/deactivate"), """
				{"reason": "撤并", "version": 0}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:unit-has-active-children"));
		assertThat(directory.find(bureau).orElseThrow().active()).isTrue();
	}

	@Test
	void aBureauUserSeesItsOwnStationsButNotAnotherBureausAndCannotChangeThem() throws Exception {
		UUID bureauA = units.districtBureau("甲分局");
		UUID stationA1 = units.station("甲一派出所", bureauA);
		UUID stationA2 = units.station("甲二派出所", bureauA);
		UUID bureauB = units.districtBureau("乙分局");
		UUID stationB = units.station("乙派出所", bureauB);
		Actor bureauAdmin = TestActors.actor("jia-admin", bureauA, null, DataScope.UNIT_AND_BELOW, "unit:read", "unit:manage");

		as(bureauAdmin, get("/api/units/tree"), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(bureauA.toString()))
			.andExpect(jsonPath("$[0].kindName").value("分局"))
			.andExpect(jsonPath("$[0].children[*].id").value(org.hamcrest.Matchers.containsInAnyOrder(stationA1.toString(), stationA2.toString())));

		as(bureauAdmin, get("/api/units").param("kind", "POLICE_STATION").param("size", "200"), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem(stationB.toString()))));

		as(bureauAdmin, get("/api/units/" + stationB), null)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:not-found"));
		as(bureauAdmin, get("/api/units/" + stationB + "/history"), null).andExpect(status().isNotFound());

		as(bureauAdmin, put("/api/units/" + stationB), """
				{"name": "越权改名", "version": 0}""")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:out-of-scope"));
		as(bureauAdmin, post("/api/units"), """
				{"code": "%s", "name": "越权新所", "kind": "POLICE_STATION", "parentId": "%s"}""".formatted(UnitFixtures.freshCode(), bureauB))
			.andExpect(status().isForbidden());
		as(bureauAdmin, post("/api/units/" + stationA1 + "/move"), """
				{"newParentId": "%s", "reason": "调出", "version": 0}""".formatted(bureauB))
			.andExpect(status().isForbidden());

		as(bureauAdmin, put("/api/units/" + stationA1), """
				{"name": "甲一派出所（更名）", "version": 0}""")
			.andExpect(status().isOk());
	}

	@Test
	void aStationUserSeesOnlyItsOwnStation() throws Exception {
		UUID bureau = units.districtBureau("丙分局");
		UUID station = units.station("丙派出所", bureau);
		Actor stationUser = TestActors.actor("bing-user", station, null, DataScope.UNIT, "unit:read");

		as(stationUser, get("/api/units/tree"), null)
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(station.toString()))
			.andExpect(jsonPath("$[0].children.length()").value(0));
		as(stationUser, get("/api/units/" + station), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parentName").value("丙分局"));
		as(stationUser, get("/api/units/" + bureau), null).andExpect(status().isNotFound());
	}

	@Test
	void theListFiltersByNameCodeKindAndActiveAndPages() throws Exception {
		UUID bureau = units.districtBureau("滨江分局");
		for (String name : List.of("滨江一所", "滨江二所", "滨江三所")) {
			units.station(name + "派出所", bureau);
		}
		Actor bureauUser = TestActors.actor("binjiang", bureau, null, DataScope.UNIT_AND_BELOW, "unit:read");

		as(bureauUser, get("/api/units").param("q", "二所"), null)
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].name").value("滨江二所派出所"));
		as(bureauUser, get("/api/units").param("kind", "POLICE_STATION").param("size", "2").param("page", "1"), null)
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.items.length()").value(1));
		as(bureauUser, get("/api/units").param("active", "false"), null)
			.andExpect(jsonPath("$.total").value(0));
		as(bureauUser, get("/api/units").param("q", "100%_"), null)
			.andExpect(jsonPath("$.total").value(0));
		as(bureauUser, get("/api/units").param("size", "500"), null)
			.andExpect(status().isBadRequest());
	}

	@Test
	void badInputIsA400NamingTheField() throws Exception {
		UUID bureau = units.districtBureau("校验分局");
		as(admin, post("/api/units"), """
				{"code": "12345", "name": "%s", "kind": "POLICE_STATION", "parentId": "%s"}""".formatted("所".repeat(65), bureau))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:validation-failed"))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("code", "name")));
		as(admin, post("/api/units"), """
				{"code": "%s", "name": "某所", "kind": "SPACE_STATION", "parentId": "%s"}""".formatted(UnitFixtures.freshCode(), bureau))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		as(admin, post("/api/units"), """
				{"code": "%s", "name": "某所", "kind": "POLICE_STATION", "parentId": "%s", "color": "red"}""".formatted(UnitFixtures.freshCode(), bureau))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:unknown-field"));
		as(admin, post("/api/units"), "{\"code\": ")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:malformed-json"));
		as(admin, get("/api/units/not-a-uuid"), null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		as(admin, put("/api/units/" + bureau), """
				{"name": "缺版本号"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		as(admin, post("/api/units"), """
				{"code": "%s", "name": "某所", "kind": "POLICE_STATION", "parentId": "%s"}""".formatted(UnitFixtures.freshCode(), UUID.randomUUID()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"));
	}

	@Test
	void withoutSignInItIs401AndWithoutThePermissionItIs403() throws Exception {
		mvc.perform(get("/api/units/tree")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/units").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());

		Actor reader = TestActors.actor("reader", units.root(), null, DataScope.ALL, "unit:read");
		as(reader, post("/api/units"), """
				{"code": "%s", "name": "无权新建", "kind": "DISTRICT_BUREAU", "parentId": "%s"}""".formatted(UnitFixtures.freshCode(), units.root()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:forbidden"));
		Actor stranger = TestActors.actor("stranger", units.root(), null, DataScope.ALL, "officer:read");
		as(stranger, get("/api/units/tree"), null).andExpect(status().isForbidden());
		as(stranger, get("/api/unit-kinds"), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(UnitKind.values().length))
			.andExpect(jsonPath("$[3].code").value("POLICE_STATION"))
			.andExpect(jsonPath("$[3].name").value("派出所"));
	}

	private ResultActions as(Actor actor, MockHttpServletRequestBuilder request, String body) throws Exception {
		request.with(authentication(TestActors.auth(actor))).with(csrf());
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}
}
