package org.zhifa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhifa.shared.DataScope;

/**
 * The platform's error contract, on a real endpoint (registering an officer): every kind of bad input is a 400
 * RFC 9457 ProblemDetail in Chinese with a stable type and the field named, never a 500 or a stack trace — and
 * nothing is written.
 */
@IntegrationTest
class ProblemContractTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Authentication admin;
	UUID station;
	long officersBefore;

	@BeforeEach
	void setUp() {
		station = jdbc.sql("SELECT id FROM unit WHERE name = '城关派出所'").query(UUID.class).single();
		admin = TestActors.auth(TestActors.actor("contract-admin", station, UUID.randomUUID(), DataScope.ALL,
				"officer:read", "officer:manage"));
		officersBefore = officers();
	}

	private long officers() {
		return jdbc.sql("SELECT count(*) FROM officer").query(Long.class).single();
	}

	private ResultActions register(String body) throws Exception {
		return mvc.perform(post("/api/officers").with(authentication(admin)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private String valid(String name, String extra) {
		return """
				{"name":"%s","badgeNumber":"%d","kind":"SWORN","unitId":"%s","roles":["CASE_OFFICER"],
				 "legalProfessionQualified":false%s}""".formatted(name, 500000 + (int) (Math.random() * 99999), station, extra);
	}

	private static void isProblem(ResultActions result, int status, String type) throws Exception {
		result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:" + type))
			.andExpect(jsonPath("$.title").isNotEmpty())
			.andExpect(jsonPath("$.trace").doesNotExist());
	}

	@Test
	void malformedJsonIsA400() throws Exception {
		isProblem(register("{\"name\": \"张三\", "), 400, "malformed-json");
		assertThat(officers()).isEqualTo(officersBefore);
	}

	@Test
	void unknownFieldIsA400NamingTheField() throws Exception {
		ResultActions result = register(valid("张三", ",\"salary\":1"));
		isProblem(result, 400, "unknown-field");
		result.andExpect(jsonPath("$.errors[0].field").value("salary"));
		assertThat(officers()).isEqualTo(officersBefore);
	}

	@Test
	void unknownEnumValueIsA400ListingTheChoices() throws Exception {
		ResultActions result = register(valid("张三", "").replace("\"SWORN\"", "\"GENERAL\""));
		isProblem(result, 400, "invalid-value");
		result.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("SWORN")));
		assertThat(officers()).isEqualTo(officersBefore);
	}

	@Test
	void overLongStringIsA400NamingTheField() throws Exception {
		ResultActions result = register(valid("张".repeat(200), ""));
		isProblem(result, 400, "validation-failed");
		result.andExpect(jsonPath("$.errors[0].field").value("name"));
		assertThat(officers()).isEqualTo(officersBefore);
	}

	@Test
	void badIdInThePathIsA400() throws Exception {
		isProblem(mvc.perform(get("/api/officers/not-a-uuid").with(authentication(admin))), 400, "invalid-parameter");
	}

	@Test
	void oversizedBodyIsRefusedBeforeItIsRead() throws Exception {
		String huge = valid("张三", ",\"phone\":\"" + "1".repeat(1_100_000) + "\"");
		ResultActions result = register(huge);
		result.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:request-too-large"))
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		assertThat(officers()).isEqualTo(officersBefore);
	}

	@Test
	void unknownApiPathAndWrongMethodAreProblemsToo() throws Exception {
		isProblem(mvc.perform(get("/api/no-such-thing").with(authentication(admin))), 404, "not-found");
		isProblem(mvc.perform(delete("/api/officers").with(authentication(admin)).with(csrf())), 405, "method-not-allowed");
	}

	@Test
	void aValidRequestStillWorks() throws Exception {
		register(valid("李四", "")).andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(0));
		assertThat(officers()).isEqualTo(officersBefore + 1);
	}
}
