package org.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhifa.IntegrationTest;
import org.zhifa.TestActors;
import org.zhifa.TrailReader;
import org.zhifa.audit.AuditRecord;
import org.zhifa.shared.Actor;
import org.zhifa.shared.DataScope;

@IntegrationTest
class CalendarApiIntegrationTests {

	private static final String ARREST_REQUEST = "criminal.detention.arrest-request";

	@Autowired
	MockMvc mvc;

	@Autowired
	TrailReader audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HolidayCalendar holidayCalendar;

	@Autowired
	Deadlines deadlines;

	final Actor admin = TestActors.actor("calendar-admin", UUID.randomUUID(), null, DataScope.ALL, "calendar:read",
			"calendar:manage");
	final Actor caseOfficer = TestActors.actor("calendar-officer", UUID.randomUUID(), null, DataScope.ALL, "calendar:read");

	@Test
	void everyRoleReadsTheCalendarAndOnlyAdministratorsManageIt() {
		var roles = jdbc.sql("SELECT role FROM role_permission WHERE permission = 'calendar:read' AND scope = 'ALL'")
			.query(String.class).list();
		assertThat(roles).hasSize(10);
		assertThat(jdbc.sql("SELECT role FROM role_permission WHERE permission = 'calendar:manage'").query(String.class).list())
			.containsExactly("ADMINISTRATOR");
	}

	@Test
	void the2026CalendarListsHolidaysAndMakeUpWorkdays() throws Exception {
		as(caseOfficer, get("/api/calendar/days?year=2026"), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.date == '2026-02-17')].name").value("春节"))
			.andExpect(jsonPath("$[?(@.date == '2026-02-28')].kind").value("MAKE_UP_WORKDAY"))
			.andExpect(jsonPath("$[?(@.date == '2026-02-28')].kindName").value("调休上班"))
			.andExpect(jsonPath("$.length()").value(3 + 1 + 9 + 2 + 3 + 5 + 1 + 3 + 3 + 7 + 2));
		as(caseOfficer, get("/api/calendar/days?year=2025"), null)
			.andExpect(jsonPath("$[?(@.date == '2025-10-08')].name").value("国庆节、中秋节"));
		assertThat(holidayCalendar.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
		assertThat(holidayCalendar.isWorkingDay(LocalDate.parse("2026-10-05"))).isFalse();
	}

	@Test
	void rulesAreSeededWithTheirBasisAndCertainty() throws Exception {
		as(caseOfficer, get("/api/period-rules"), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(25)))
			.andExpect(jsonPath("$[?(@.code == 'criminal.intake.filing-decision')].certainty").value("P"))
			.andExpect(jsonPath("$[?(@.code == 'criminal.intake.filing-decision')].needsVerification").value(true));
		as(caseOfficer, get("/api/period-rules/" + ARREST_REQUEST), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rule.period").value("3日"))
			.andExpect(jsonPath("$.rule.counting").value("START_EXCLUDED"))
			.andExpect(jsonPath("$.rule.custodyException").value(true))
			.andExpect(jsonPath("$.rule.certaintyName").value("已核实"))
			.andExpect(jsonPath("$.rule.basis").value(containsString("第一百二十九条")))
			.andExpect(jsonPath("$.rule.extensions[1].code").value("roving-repeated-gang"))
			.andExpect(jsonPath("$.versions.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
		as(caseOfficer, get("/api/period-rules/no.such.rule"), null).andExpect(status().isNotFound());
	}

	@Test
	void previewOfTheArrestRequestPeriodAfterALateEveningDetention() throws Exception {
		as(caseOfficer, post("/api/deadlines/preview"), """
				{"ruleCode": "%s", "start": "2026-03-01T22:00:00+08:00", "inCustody": true}""".formatted(ARREST_REQUEST))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dueAt").value("2026-03-04T16:00:00Z"))
			.andExpect(jsonPath("$.dueAtText").value("2026-03-04 24:00"))
			.andExpect(jsonPath("$.ruleCode").value(ARREST_REQUEST))
			.andExpect(jsonPath("$.basis").value(
					"自2026-03-01 22:00拘留次日起计算3日，至2026-03-04 24:00届满，依据《公安机关办理刑事案件程序规定》第一百二十九条；《中华人民共和国刑事诉讼法》第九十一条"));
		as(caseOfficer, post("/api/deadlines/preview"), """
				{"ruleCode": "%s", "start": "2026-03-01T22:00:00+08:00", "inCustody": true,
				 "extensions": ["roving-repeated-gang"]}""".formatted(ARREST_REQUEST))
			.andExpect(jsonPath("$.dueAtText").value("2026-03-31 24:00"));
		Deadline direct = deadlines.compute("administrative.public-order.case-period",
				LocalDate.parse("2026-03-02").atTime(10, 0).atZone(DeadlineCalculator.ZONE), DeadlineContext.none());
		assertThat(direct.dueAtText()).isEqualTo("2026-04-01 24:00");
	}

	@Test
	void badPreviewInputIsA400InChineseAndAnUnknownRuleA404() throws Exception {
		as(caseOfficer, post("/api/deadlines/preview"), """
				{"ruleCode": "%s", "start": "2026-03-01T22:00:00+08:00", "extensions": ["forever"]}""".formatted(ARREST_REQUEST))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("extensions"));
		as(caseOfficer, post("/api/deadlines/preview"), """
				{"ruleCode": "%s", "start": "not a time"}""".formatted(ARREST_REQUEST))
			.andExpect(status().isBadRequest());
		as(caseOfficer, post("/api/deadlines/preview"), """
				{"ruleCode": "", "start": "2026-03-01T22:00:00+08:00"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("请选择期间规则"));
		as(caseOfficer, post("/api/deadlines/preview"), """
				{"ruleCode": "%s", "start": "2026-03-01T22:00:00+08:00",
				 "excluded": [{"from": "2026-03-02T10:00:00+08:00", "to": "2026-03-02T09:00:00+08:00"}]}""".formatted(ARREST_REQUEST))
			.andExpect(status().isBadRequest());
		as(caseOfficer, post("/api/deadlines/preview"), """
				{"ruleCode": "no.such.rule", "start": "2026-03-01T22:00:00+08:00"}""")
			.andExpect(status().isNotFound());
		as(caseOfficer, get("/api/calendar/days?year=1800"), null).andExpect(status().isBadRequest());
	}

	@Test
	void anAdministratorAddsChangesAndRemovesADayAndEveryStepIsAudited() throws Exception {
		// a Wednesday: a plain weekday is a working day again once the declaration is removed
		LocalDate date = LocalDate.of(2040 + ThreadLocalRandom.current().nextInt(50), 3, 10)
			.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
		as(admin, post("/api/calendar/days"), """
				{"date": "%s", "kind": "HOLIDAY", "name": "测试假日"}""".formatted(date))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kindName").value("放假"));
		assertThat(holidayCalendar.isWorkingDay(date)).isFalse();
		as(admin, post("/api/calendar/days"), """
				{"date": "%s", "kind": "HOLIDAY", "name": "测试假日"}""".formatted(date))
			.andExpect(status().isConflict());
		as(admin, put("/api/calendar/days/" + date), """
				{"kind": "HOLIDAY", "name": "改名假日"}""")
			.andExpect(status().isOk());
		as(admin, get("/api/calendar/days?year=" + date.getYear()), null)
			.andExpect(jsonPath("$[?(@.date == '%s')].name".formatted(date)).value("改名假日"));
		as(admin, delete("/api/calendar/days/" + date), null).andExpect(status().isNoContent());
		as(admin, delete("/api/calendar/days/" + date), null).andExpect(status().isNotFound());
		assertThat(holidayCalendar.isWorkingDay(date)).isTrue();

		assertThat(audit.about(date)).extracting(AuditRecord::action)
			.containsExactly("calendar-day.declared", "calendar-day.changed", "calendar-day.removed");
		assertThat(audit.about(date).getFirst().summary()).contains(date.toString()).contains("测试假日");
	}

	@Test
	void aCaseOfficerCannotManageTheCalendarOrTheRules() throws Exception {
		as(caseOfficer, post("/api/calendar/days"), """
				{"date": "2030-01-01", "kind": "HOLIDAY", "name": "元旦"}""").andExpect(status().isForbidden());
		as(caseOfficer, delete("/api/calendar/days/2026-01-01"), null).andExpect(status().isForbidden());
		as(caseOfficer, put("/api/period-rules/" + ARREST_REQUEST), revision("x", 1)).andExpect(status().isForbidden());
		assertThat(holidayCalendar.isWorkingDay(LocalDate.parse("2026-01-01"))).isFalse();
	}

	@Test
	void revisingARuleCreatesANewVersionAndAStaleVersionIsA409() throws Exception {
		String code = "criminal.closing.party-notice";
		int version = JsonPath.read(as(admin, get("/api/period-rules/" + code), null).andReturn().getResponse().getContentAsString(),
				"$.rule.version");

		as(admin, put("/api/period-rules/" + code), revision("按工作日计算试行", version))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(version + 1))
			.andExpect(jsonPath("$.unit").value("WORKING_DAYS"))
			.andExpect(jsonPath("$.certainty").value("P"))
			.andExpect(jsonPath("$.changedBy").value("calendar-admin"));
		as(admin, get("/api/period-rules/" + code), null)
			.andExpect(jsonPath("$.versions.length()").value(version + 1))
			.andExpect(jsonPath("$.versions[1].unit").value(not("WORKING_DAYS")));
		as(admin, post("/api/deadlines/preview"), """
				{"ruleCode": "%s", "start": "2026-02-12T10:00:00+08:00"}""".formatted(code))
			.andExpect(jsonPath("$.ruleVersion").value(version + 1))
			.andExpect(jsonPath("$.dueAtText").value("2026-02-24 24:00")); // 02-13, 02-14 (调休上班), 02-24

		as(admin, put("/api/period-rules/" + code), revision("再次修改", version))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:concurrent-modification"));
		assertThat(audit.about(code)).extracting(AuditRecord::action).contains("period-rule.revised");
		assertThat(audit.about(code)).extracting(AuditRecord::summary).anyMatch(s -> s.contains("期间：3日 → 3个工作日"));

		as(admin, put("/api/period-rules/" + code), """
				{"name": "", "trigger": "撤案", "unit": "DAYS", "length": 0, "counting": "START_EXCLUDED", "rollOver": "NONE",
				 "custodyException": false, "extensions": [], "basis": "x", "certainty": "V", "reason": "r", "version": %d}"""
			.formatted(version + 1))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("length")));
	}

	private static String revision(String reason, int version) {
		return """
				{"name": "撤销案件、终止侦查后通知当事人", "trigger": "作出撤销案件或终止侦查决定", "unit": "WORKING_DAYS", "length": 3,
				 "counting": "START_EXCLUDED", "rollOver": "NONE", "custodyException": false, "extensions": [],
				 "basis": "《公安机关办理刑事案件程序规定》第一百八十九条", "certainty": "P", "reason": "%s", "version": %d}"""
			.formatted(reason, version);
	}

	private ResultActions as(Actor actor, MockHttpServletRequestBuilder request, @Nullable String body) throws Exception {
		request.with(authentication(TestActors.auth(actor))).with(csrf());
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}
}
