package org.zhifa.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;
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
import org.zhifa.organization.UnitDirectory;
import org.zhifa.organization.UnitManagement;
import org.zhifa.shared.Actor;
import org.zhifa.shared.DataScope;

@IntegrationTest
class OfficersApiIntegrationTests {

	private static final AtomicInteger BADGES = new AtomicInteger(100_000 + ThreadLocalRandom.current().nextInt(700_000));

	@Autowired
	MockMvc mvc;

	@Autowired
	TrailReader audit;

	@Autowired
	UnitManagement unitManagement;

	@Autowired
	UnitDirectory unitDirectory;

	@Autowired
	OfficerDirectory directory;

	@Autowired
	EnforcementQualificationGate gate;

	@Autowired
	Clock clock;

	UnitFixtures units;
	Actor admin;
	LocalDate today;

	@BeforeEach
	void setUp() {
		units = new UnitFixtures(unitManagement, unitDirectory);
		admin = TestActors.actor("officer-admin", units.root(), null, DataScope.ALL, "officer:read", "officer:manage",
				"unit:read", "unit:manage");
		today = LocalDate.now(clock);
	}

	static String badge() {
		return String.format("%06d", BADGES.incrementAndGet());
	}

	@Test
	void anOfficerIsRegisteredReadEditedQualifiedAndDeactivatedAndEveryStepIsAudited() throws Exception {
		UUID bureau = units.districtBureau("东湖分局");
		UUID stationA = units.station("东湖派出所", bureau);
		UUID stationB = units.station("西湖派出所", bureau);
		String badge = badge();
		LocalDate passed = today.minusYears(1);
		LocalDate expires = today.plusYears(2);

		String created = as(admin, post("/api/officers"), """
				{"name": "张三", "badgeNumber": "%s", "kind": "SWORN", "unitId": "%s", "roles": ["CASE_OFFICER"],
				 "legalProfessionQualified": false, "phone": "13800001111",
				 "qualification": {"level": "BASIC", "passedOn": "%s", "expiresOn": "%s"}}"""
			.formatted(badge, stationA, passed, expires))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("张三"))
			.andExpect(jsonPath("$.badgeNumber").value(badge))
			.andExpect(jsonPath("$.kind").value("SWORN"))
			.andExpect(jsonPath("$.kindName").value("民警"))
			.andExpect(jsonPath("$.unitName").value("东湖派出所"))
			.andExpect(jsonPath("$.roles[0].code").value("CASE_OFFICER"))
			.andExpect(jsonPath("$.roles[0].name").value("办案民警"))
			.andExpect(jsonPath("$.qualification.level").value("BASIC"))
			.andExpect(jsonPath("$.qualification.levelName").value("基本级"))
			.andExpect(jsonPath("$.qualification.passedOn").value(passed.toString()))
			.andExpect(jsonPath("$.qualification.expiresOn").value(expires.toString()))
			.andExpect(jsonPath("$.qualificationStatus").value("VALID"))
			.andExpect(jsonPath("$.qualificationStatusName").value("有效"))
			.andExpect(jsonPath("$.legalOfficerDesignation").isEmpty())
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn().getResponse().getContentAsString();
		UUID id = UUID.fromString(JsonPath.read(created, "$.id"));

		as(admin, get("/api/officers/" + id), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phone").value("13800001111"));

		as(admin, put("/api/officers/" + id), """
				{"name": "张三丰", "unitId": "%s", "roles": ["CASE_OFFICER", "LEGAL_OFFICER"], "legalProfessionQualified": true,
				 "legalOfficerDesignation": "FULL_TIME", "phone": "13900002222", "version": 0}""".formatted(stationB))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitName").value("西湖派出所"))
			.andExpect(jsonPath("$.roles[*].code").value(containsInAnyOrder("CASE_OFFICER", "LEGAL_OFFICER")))
			.andExpect(jsonPath("$.legalOfficerDesignation").value("FULL_TIME"))
			.andExpect(jsonPath("$.legalOfficerDesignationName").value("专职"))
			.andExpect(jsonPath("$.version").value(1));

		LocalDate newExpiry = today.plusYears(3);
		as(admin, put("/api/officers/" + id + "/qualification"), """
				{"level": "INTERMEDIATE", "passedOn": "%s", "expiresOn": "%s", "version": 1}""".formatted(today, newExpiry))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.qualification.levelName").value("中级"))
			.andExpect(jsonPath("$.version").value(2));

		as(admin, post("/api/officers/" + id + "/deactivate"), """
				{"reason": "调离公安机关", "version": 2}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));

		List<AuditRecord> trail = audit.about(id);
		assertThat(trail).extracting(AuditRecord::action)
			.containsExactly("officer.registered", "officer.read", "officer.updated", "officer.qualified", "officer.deactivated");
		assertThat(trail).allSatisfy(r -> assertThat(r.subjectType()).isEqualTo("officer"));
		assertThat(trail.get(1).summary()).isEqualTo("查看人员信息：张三（警号 " + badge + "）");
		assertThat(trail.get(2).summary()).isEqualTo("姓名：张三 → 张三丰；单位：东湖派出所 → 西湖派出所；角色：办案民警 → 办案民警、法制员(专职)；"
				+ "法律职业资格：无 → 有；联系电话：138****1111 → 139****2222");
		assertThat(trail.get(3).summary()).isEqualTo("执法资格：基本级(" + expires + "到期) → 中级(" + newExpiry + "到期)");
		assertThat(trail.get(4).summary()).isEqualTo("状态：在职 → 停用；原因：调离公安机关");

		assertThat(directory.findByBadgeNumber(badge)).hasValueSatisfying(summary -> {
			assertThat(summary.id()).isEqualTo(id);
			assertThat(summary.unitId()).isEqualTo(stationB);
			assertThat(summary.roles()).containsExactlyInAnyOrder(Role.CASE_OFFICER, Role.LEGAL_OFFICER);
			assertThat(summary.legalOfficerDesignation()).isEqualTo(LegalOfficerDesignation.FULL_TIME);
			assertThat(summary.active()).isFalse();
		});
	}

	@Test
	void aBadgeNumberCanBeUsedOnlyOnce() throws Exception {
		UUID station = units.station("重号派出所", units.districtBureau("重号分局"));
		String badge = badge();
		register(admin, "甲", badge, "SWORN", station, null).andExpect(status().isCreated());
		register(admin, "乙", badge, "SWORN", station, null)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:badge-number-taken"));
	}

	@Test
	void aStaleVersionIsRefusedWith409() throws Exception {
		UUID station = units.station("并发派出所", units.districtBureau("并发分局"));
		UUID id = idOf(register(admin, "并发", badge(), "SWORN", station, null));
		String body = """
				{"name": "%s", "unitId": "%s", "roles": [], "legalProfessionQualified": false, "version": 0}""";
		as(admin, put("/api/officers/" + id), body.formatted("第一次", station)).andExpect(status().isOk());
		as(admin, put("/api/officers/" + id), body.formatted("第二次", station))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:concurrent-modification"));
		assertThat(directory.find(id).orElseThrow().name()).isEqualTo("第一次");
	}

	@Test
	void malformedInputIsA400NamingTheField() throws Exception {
		UUID station = units.station("校验派出所", units.districtBureau("校验分局"));
		as(admin, post("/api/officers"), "{\"name\": \"张三\",")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:malformed-json"));
		as(admin, post("/api/officers"), """
				{"name": "张三", "badgeNumber": "%s", "kind": "SWORN", "unitId": "%s", "roles": [], "legalProfessionQualified": false,
				 "salary": 1}""".formatted(badge(), station))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:unknown-field"))
			.andExpect(jsonPath("$.errors[0].field").value("salary"));
		as(admin, post("/api/officers"), """
				{"name": "张三", "badgeNumber": "%s", "kind": "GENERAL", "unitId": "%s", "roles": [], "legalProfessionQualified": false}"""
			.formatted(badge(), station))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		as(admin, post("/api/officers"), """
				{"name": "张三", "badgeNumber": "%s", "kind": "SWORN", "unitId": "%s", "roles": ["SHERIFF"], "legalProfessionQualified": false}"""
			.formatted(badge(), station))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roles[0]"));
		as(admin, post("/api/officers"), """
				{"name": "%s", "badgeNumber": "12345", "kind": "SWORN", "unitId": "%s", "roles": [], "legalProfessionQualified": false,
				 "phone": "23800001111"}""".formatted("长".repeat(33), station))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:validation-failed"))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "badgeNumber", "phone")));
		as(admin, post("/api/officers"), """
				{"name": "张三", "badgeNumber": "%s", "kind": "SWORN", "unitId": "%s", "roles": [], "legalProfessionQualified": false,
				 "qualification": {"level": "BASIC", "passedOn": "2025-02-30", "expiresOn": "2028-01-01"}}""".formatted(badge(), station))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("qualification.passedOn"));
		as(admin, post("/api/officers"), """
				{"name": "张三", "badgeNumber": "%s", "kind": "SWORN", "unitId": "not-a-uuid", "roles": [], "legalProfessionQualified": false}"""
			.formatted(badge()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"));
		as(admin, get("/api/officers/12345"), null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:invalid-parameter"))
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		as(admin, get("/api/officers/expiring-qualifications").param("withinDays", "366"), null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("withinDays"));
		as(admin, get("/api/officers").param("kind", "ROBOT"), null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
	}

	@Test
	void businessRulesAreNamedProblems() throws Exception {
		UUID station = units.station("规则派出所", units.districtBureau("规则分局"));
		as(admin, post("/api/officers"), """
				{"name": "法制员", "badgeNumber": "%s", "kind": "SWORN", "unitId": "%s", "roles": ["LEGAL_OFFICER"],
				 "legalProfessionQualified": true}""".formatted(badge(), station))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:legal-officer-without-designation"));
		as(admin, post("/api/officers"), """
				{"name": "过期", "badgeNumber": "%s", "kind": "SWORN", "unitId": "%s", "roles": [], "legalProfessionQualified": false,
				 "qualification": {"level": "BASIC", "passedOn": "2025-01-01", "expiresOn": "2024-12-31"}}""".formatted(badge(), station))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:qualification-expiry-before-pass"));
		register(admin, "辅警", badge(), "AUXILIARY", station, null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("badgeNumber"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("辅警编号须为字母F加6位数字")));
		as(admin, post("/api/officers"), """
				{"name": "辅警", "badgeNumber": "F%s", "kind": "AUXILIARY", "unitId": "%s", "roles": ["BUREAU_LEADER"],
				 "legalProfessionQualified": false}""".formatted(badge(), station))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:role-not-open-to-auxiliaries"));
		as(admin, post("/api/officers"), """
				{"name": "无单位", "badgeNumber": "%s", "kind": "SWORN", "unitId": "%s", "roles": [], "legalProfessionQualified": false}"""
			.formatted(badge(), UUID.randomUUID()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"));
	}

	@Test
	void theExpiringListShowsExpiredAndSoonExpiringQualificationsSoonestFirst() throws Exception {
		UUID bureau = units.districtBureau("期限分局");
		UUID station = units.station("期限派出所", bureau);
		UUID inTenDays = idOf(register(admin, "十天后", badge(), "SWORN", station, today.plusDays(10)));
		UUID lastWeek = idOf(register(admin, "上周过期", badge(), "SWORN", station, today.minusDays(7)));
		UUID farAway = idOf(register(admin, "一百天后", badge(), "SWORN", station, today.plusDays(100)));
		UUID expiresToday = idOf(register(admin, "今天到期", badge(), "SWORN", station, today));
		register(admin, "无资格", badge(), "SWORN", station, null);
		UUID retired = idOf(register(admin, "已停用", badge(), "SWORN", station, today.minusDays(30)));
		as(admin, post("/api/officers/" + retired + "/deactivate"), "{\"reason\": \"退休\", \"version\": 0}").andExpect(status().isOk());
		Actor bureauReader = TestActors.actor("qixian", bureau, null, DataScope.UNIT_AND_BELOW, "officer:read");

		as(bureauReader, get("/api/officers/expiring-qualifications"), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains(lastWeek.toString(), expiresToday.toString(), inTenDays.toString())))
			.andExpect(jsonPath("$[0].qualificationStatus").value("EXPIRED"))
			.andExpect(jsonPath("$[0].qualificationStatusName").value("已过期"))
			.andExpect(jsonPath("$[1].qualificationStatus").value("EXPIRING"))
			.andExpect(jsonPath("$[2].qualificationStatus").value("EXPIRING"));
		as(bureauReader, get("/api/officers/expiring-qualifications").param("withinDays", "120"), null)
			.andExpect(jsonPath("$.length()").value(4))
			.andExpect(jsonPath("$[3].id").value(farAway.toString()))
			.andExpect(jsonPath("$[3].qualificationStatus").value("VALID"));
		as(bureauReader, get("/api/officers").param("unitId", station.toString()).param("q", "无资格"), null)
			.andExpect(jsonPath("$.items[0].qualificationStatus").value("NONE"))
			.andExpect(jsonPath("$.items[0].qualification").isEmpty());
	}

	@Test
	void aStationUserCannotListReadOrChangeAnotherStationsOfficer() throws Exception {
		UUID bureau = units.districtBureau("城南分局");
		UUID stationA = units.station("城南一所", bureau);
		UUID stationB = units.station("城南二所", bureau);
		UUID officerA = idOf(register(admin, "一所民警", badge(), "SWORN", stationA, null));
		UUID officerB = idOf(register(admin, "二所民警", badge(), "SWORN", stationB, null));
		Actor stationAdmin = TestActors.actor("yisuo", stationA, null, DataScope.UNIT, "officer:read", "officer:manage");

		as(stationAdmin, get("/api/officers").param("size", "200"), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(officerA.toString()));
		as(stationAdmin, get("/api/officers").param("unitId", stationB.toString()), null)
			.andExpect(jsonPath("$.total").value(0));
		as(stationAdmin, get("/api/officers/" + officerB), null)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:not-found"));
		as(stationAdmin, get("/api/officers/" + officerB + "/enforcement-eligibility"), null).andExpect(status().isNotFound());
		as(stationAdmin, put("/api/officers/" + officerB), """
				{"name": "越权", "unitId": "%s", "roles": [], "legalProfessionQualified": false, "version": 0}""".formatted(stationB))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:out-of-scope"));
		as(stationAdmin, post("/api/officers/" + officerB + "/deactivate"), "{\"reason\": \"越权\", \"version\": 0}")
			.andExpect(status().isForbidden());
		as(stationAdmin, put("/api/officers/" + officerB + "/qualification"), """
				{"level": "BASIC", "passedOn": "%s", "expiresOn": "%s", "version": 0}""".formatted(today, today.plusYears(1)))
			.andExpect(status().isForbidden());
		register(stationAdmin, "越权登记", badge(), "SWORN", stationB, null).andExpect(status().isForbidden());

		as(stationAdmin, put("/api/officers/" + officerA), """
				{"name": "一所民警", "unitId": "%s", "roles": [], "legalProfessionQualified": false, "version": 0}""".formatted(stationB))
			.andExpect(status().isForbidden());
		assertThat(directory.find(officerA).orElseThrow().unitId()).isEqualTo(stationA);
		assertThat(directory.find(officerB).orElseThrow().name()).isEqualTo("二所民警");
	}

	@Test
	void aBureauUserSeesTheOfficersOfBothItsStationsButNotAnotherBureaus() throws Exception {
		UUID bureau = units.districtBureau("城北分局");
		UUID station1 = units.station("城北一所", bureau);
		UUID station2 = units.station("城北二所", bureau);
		UUID otherStation = units.station("城西一所", units.districtBureau("城西分局"));
		UUID officer1 = idOf(register(admin, "北一", badge(), "SWORN", station1, null));
		UUID officer2 = idOf(register(admin, "北二", badge(), "SWORN", station2, null));
		UUID stranger = idOf(register(admin, "西一", badge(), "SWORN", otherStation, null));
		Actor bureauReader = TestActors.actor("chengbei", bureau, null, DataScope.UNIT_AND_BELOW, "officer:read");

		as(bureauReader, get("/api/officers").param("size", "200"), null)
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[*].id").value(containsInAnyOrder(officer1.toString(), officer2.toString())));
		as(bureauReader, get("/api/officers").param("unitId", bureau.toString()).param("includeSubunits", "true"), null)
			.andExpect(jsonPath("$.total").value(2));
		as(bureauReader, get("/api/officers").param("unitId", bureau.toString()), null)
			.andExpect(jsonPath("$.total").value(0));
		as(bureauReader, get("/api/officers/" + officer2), null).andExpect(status().isOk());
		as(bureauReader, get("/api/officers/" + stranger), null).andExpect(status().isNotFound());

		as(admin, get("/api/officers").param("q", "北").param("size", "200"), null)
			.andExpect(jsonPath("$.items[*].id").value(hasItem(officer1.toString())))
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem(stranger.toString()))));
	}

	@Test
	void anOwnScopedUserSeesOnlyHimself() throws Exception {
		UUID station = units.station("本人派出所", units.districtBureau("本人分局"));
		UUID me = idOf(register(admin, "本人", badge(), "SWORN", station, null));
		UUID colleague = idOf(register(admin, "同事", badge(), "SWORN", station, null));
		Actor self = TestActors.actor("benren", station, me, DataScope.OWN, "officer:read");

		as(self, get("/api/officers"), null)
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(me.toString()));
		as(self, get("/api/officers/" + colleague), null).andExpect(status().isNotFound());
	}

	@Test
	void nobodyChangesHisOwnRoles() throws Exception {
		UUID station = units.station("自授派出所", units.districtBureau("自授分局"));
		UUID me = idOf(register(admin, "管理员本人", badge(), "SWORN", station, null));
		Actor self = TestActors.actor("ziwo", station, me, DataScope.UNIT, "officer:read", "officer:manage");
		as(self, put("/api/officers/" + me), """
				{"name": "管理员本人", "unitId": "%s", "roles": ["BUREAU_LEADER"], "legalProfessionQualified": false, "version": 0}"""
			.formatted(station))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:own-roles"));
		as(self, put("/api/officers/" + me), """
				{"name": "管理员本人", "unitId": "%s", "roles": ["CASE_OFFICER"], "legalProfessionQualified": false, "phone": "13700001234", "version": 0}"""
			.formatted(station))
			.andExpect(status().isOk());
	}

	@Test
	void aUnitWithActiveOfficersCannotBeDeactivatedAndNobodyJoinsAnInactiveUnit() throws Exception {
		UUID bureau = units.districtBureau("撤并分局");
		UUID station = units.station("撤并派出所", bureau);
		UUID officer = idOf(register(admin, "留守", badge(), "SWORN", station, null));

		as(admin, post("/api/units/" + station + "/deactivate"), "{\"reason\": \"撤并\", \"version\": 0}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:unit-deactivation-refused"))
			.andExpect(jsonPath("$.detail").value(containsString("仍有 1 名在职人员")));

		as(admin, post("/api/officers/" + officer + "/deactivate"), "{\"reason\": \"调离\", \"version\": 0}").andExpect(status().isOk());
		as(admin, post("/api/units/" + station + "/deactivate"), "{\"reason\": \"撤并\", \"version\": 0}").andExpect(status().isOk());

		register(admin, "新人", badge(), "SWORN", station, null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:unit-inactive"));
	}

	@Test
	void eligibilityToActIsAnsweredPerOfficerAndPerTeam() throws Exception {
		UUID station = units.station("执法派出所", units.districtBureau("执法分局"));
		UUID sworn = idOf(register(admin, "持证民警", badge(), "SWORN", station, today.plusYears(1)));
		UUID unqualified = idOf(register(admin, "无证民警", badge(), "SWORN", station, null));
		UUID auxiliary = idOf(register(admin, "辅警小王", "F" + badge(), "AUXILIARY", station, null));

		as(admin, get("/api/officers/" + sworn + "/enforcement-eligibility"), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligible").value(true))
			.andExpect(jsonPath("$.reasons.length()").value(0));
		as(admin, get("/api/officers/" + auxiliary + "/enforcement-eligibility"), null)
			.andExpect(jsonPath("$.eligible").value(false))
			.andExpect(jsonPath("$.reasons[0]").value("辅警不得单独执法"));

		assertThat(gate.checkTeam(List.of(sworn, auxiliary), today).eligible()).isTrue();
		assertThatThrownBy(() -> gate.requireTeam(List.of(auxiliary), today)).isInstanceOf(AuxiliaryCannotActAlone.class);
		assertThatThrownBy(() -> gate.requireTeam(List.of(unqualified, auxiliary), today))
			.isInstanceOf(EnforcementNotPermitted.class)
			.hasMessageContaining("无证民警")
			.hasMessageContaining("辅警不得单独执法");
		assertThat(gate.check(sworn, today.plusYears(1).plusDays(1)).reasons()).singleElement().asString().contains("过期");
	}

	@Test
	void withoutSignInItIs401AndWithoutThePermissionItIs403() throws Exception {
		mvc.perform(get("/api/officers")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/officer-roles")).andExpect(status().isUnauthorized());

		Actor reader = TestActors.actor("only-reader", units.root(), null, DataScope.ALL, "officer:read");
		UUID station = units.station("权限派出所", units.districtBureau("权限分局"));
		register(reader, "无权登记", badge(), "SWORN", station, null)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:forbidden"));
		Actor unitAdmin = TestActors.actor("unit-only", units.root(), null, DataScope.ALL, "unit:read");
		as(unitAdmin, get("/api/officers"), null).andExpect(status().isForbidden());
		as(unitAdmin, get("/api/officers/expiring-qualifications"), null).andExpect(status().isForbidden());
		// an unknown id would be a 404 further in: the 403 shows the permission check comes first
		as(unitAdmin, get("/api/officers/" + UUID.randomUUID()), null).andExpect(status().isForbidden());
		as(unitAdmin, get("/api/officer-roles"), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(Role.values().length))
			.andExpect(jsonPath("$[1].code").value("LEGAL_OFFICER"))
			.andExpect(jsonPath("$[1].name").value("法制员"));
	}

	private ResultActions register(Actor actor, String name, String badge, String kind, UUID unit, @Nullable LocalDate expiresOn)
			throws Exception {
		String qualification = expiresOn == null ? "null" : """
				{"level": "BASIC", "passedOn": "%s", "expiresOn": "%s"}""".formatted(expiresOn.minusYears(3), expiresOn);
		return as(actor, post("/api/officers"), """
				{"name": "%s", "badgeNumber": "%s", "kind": "%s", "unitId": "%s", "roles": ["CASE_OFFICER"],
				 "legalProfessionQualified": false, "qualification": %s}""".formatted(name, badge, kind, unit, qualification));
	}

	private static UUID idOf(ResultActions result) throws Exception {
		String body = result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	private ResultActions as(Actor actor, MockHttpServletRequestBuilder request, @Nullable String body) throws Exception {
		request.with(authentication(TestActors.auth(actor))).with(csrf());
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}
}
