package org.zhifa.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhifa.IntegrationTest;
import org.zhifa.TrailReader;
import org.zhifa.officer.NewOfficer;
import org.zhifa.officer.OfficerKind;
import org.zhifa.officer.OfficerManagement;
import org.zhifa.officer.Role;

/** Signing in and out as a user does it, through the real endpoints, sessions and CSRF protection. */
@IntegrationTest
class SignInFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficerManagement officers;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrailReader trail;

	/** A fresh officer of 城关派出所 with an account on an initial password (so tests never lock each other out). */
	private String newAccount(String password, boolean changeAtFirstLogin) {
		SecurityContextHolder.clearContext();
		String badge = String.valueOf(600000 + ThreadLocalRandom.current().nextInt(99999));
		UUID unit = jdbc.sql("SELECT id FROM unit WHERE name = '城关派出所'").query(UUID.class).single();
		UUID officer = officers.register(new NewOfficer("测试" + badge, badge, OfficerKind.SWORN, unit, Set.of(Role.CASE_OFFICER),
				false, null, null, null)).id();
		String username = "u" + badge;
		accounts.open(username, officer, password, changeAtFirstLogin);
		return username;
	}

	private UUID accountId(String username) {
		return jdbc.sql("SELECT id FROM account WHERE username = ?").param(username).query(UUID.class).single();
	}

	private ResultActions login(String username, String password) throws Exception {
		return mvc.perform(post("/api/auth/login").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("username", username).param("password", password));
	}

	private MockHttpSession session(ResultActions result) {
		return (MockHttpSession) result.andReturn().getRequest().getSession();
	}

	@Test
	void signInGivesASessionThatKnowsTheUserAndTheirScopes() throws Exception {
		MockHttpSession session = session(login("officer", "Zhifa@2026").andExpect(status().isOk())
			.andExpect(jsonPath("$.unitName").value("城关派出所")));
		mvc.perform(get("/api/auth/me").session(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("officer"))
			.andExpect(jsonPath("$.roles[0].code").value("CASE_OFFICER"))
			.andExpect(jsonPath("$.permissions[?(@.code == 'officer:read')].scope").value("UNIT"));
	}

	/** The XSRF-TOKEN cookie itself is exercised by the browser test (MockMvc's security setup wraps the token store). */
	@Test
	void loginWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("username", "officer").param("password", "Zhifa@2026"))
			.andExpect(status().isForbidden());
	}

	@Test
	void wrongPasswordAndUnknownUserGetTheSameAnswer() throws Exception {
		String user = newAccount("Initial2026", false);
		login(user, "wrong-password-9").andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:bad-credentials"))
			.andExpect(jsonPath("$.detail").value("用户名或密码错误。"));
		login("no-such-user", "wrong-password-9").andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:bad-credentials"));
	}

	@Test
	void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
		String user = newAccount("Initial2026", false);
		for (int i = 0; i < 4; i++) {
			login(user, "wrong-password-" + i).andExpect(jsonPath("$.type").value("urn:zhifa:problem:bad-credentials"));
		}
		login(user, "wrong-password-5").andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:account-locked"));
		login(user, "Initial2026").andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:account-locked"));

		UUID id = accountId(user);
		long version = jdbc.sql("SELECT version FROM account WHERE id = ?").param(id).query(Long.class).single();
		MockHttpSession admin = session(login("admin", "Zhifa@2026"));
		mvc.perform(post("/api/accounts/" + id + "/unlock").session(admin).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + "}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.lockedUntil").doesNotExist());
		login(user, "Initial2026").andExpect(status().isOk());
		assertThat(trail.about(id)).extracting(r -> r.action())
			.contains("auth.login-failed", "auth.account-locked", "auth.login-refused", "account.unlocked", "auth.login-succeeded");
	}

	@Test
	void staleVersionOnUnlockIsAConflictAndChangesNothing() throws Exception {
		String user = newAccount("Initial2026", false);
		UUID id = accountId(user);
		MockHttpSession admin = session(login("admin", "Zhifa@2026"));
		mvc.perform(post("/api/accounts/" + id + "/disable").session(admin).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"version\":7}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:concurrent-modification"));
		assertThat(jdbc.sql("SELECT enabled FROM account WHERE id = ?").param(id).query(Boolean.class).single()).isTrue();
	}

	@Test
	void initialPasswordMustBeChangedBeforeAnythingElse() throws Exception {
		String user = newAccount("Initial2026", true);
		MockHttpSession session = session(login(user, "Initial2026").andExpect(jsonPath("$.passwordChangeRequired").value(true)));
		mvc.perform(get("/api/officers").session(session))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:password-change-required"));

		mvc.perform(post("/api/auth/password").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"currentPassword\":\"Initial2026\",\"newPassword\":\"short1\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"));
		mvc.perform(post("/api/auth/password").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"currentPassword\":\"not-mine-1\",\"newPassword\":\"Chosen2026x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:wrong-current-password"));
		mvc.perform(post("/api/auth/password").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"currentPassword\":\"Initial2026\",\"newPassword\":\"Chosen2026x\"}"))
			.andExpect(status().isNoContent());

		mvc.perform(get("/api/officers").session(session)).andExpect(status().isOk());
		login(user, "Initial2026").andExpect(status().isUnauthorized());
		login(user, "Chosen2026x").andExpect(status().isOk()).andExpect(jsonPath("$.passwordChangeRequired").value(false));
	}

	@Test
	void loginIssuesAFreshSessionAndLogoutEndsIt() throws Exception {
		MockHttpSession before = new MockHttpSession();
		MockHttpSession after = (MockHttpSession) mvc.perform(post("/api/auth/login").session(before).with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED).param("username", "legal").param("password", "Zhifa@2026"))
			.andExpect(status().isOk()).andReturn().getRequest().getSession();
		assertThat(after.getId()).isNotEqualTo(before.getId());
		assertThat(before.isInvalid()).isTrue();

		mvc.perform(post("/api/auth/logout").session(after).with(csrf())).andExpect(status().isNoContent());
		assertThat(after.isInvalid()).isTrue();
		mvc.perform(get("/api/auth/me")).andExpect(status().isUnauthorized());
	}

	@Test
	void disabledAccountCannotSignIn() throws Exception {
		String user = newAccount("Initial2026", false);
		UUID id = accountId(user);
		MockHttpSession admin = session(login("admin", "Zhifa@2026"));
		mvc.perform(post("/api/accounts/" + id + "/disable").session(admin).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
		login(user, "Initial2026").andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:account-disabled"));
	}

	@Test
	void openingAnAccountValidatesTheRequest() throws Exception {
		MockHttpSession admin = session(login("admin", "Zhifa@2026"));
		mvc.perform(post("/api/accounts").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"x y\",\"officerId\":\"not-a-uuid\",\"initialPassword\":\"a\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/accounts").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"x y\",\"officerId\":\"" + UUID.randomUUID() + "\",\"initialPassword\":\"abc\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
		mvc.perform(post("/api/accounts").session(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"admin\",\"officerId\":\"" + UUID.randomUUID() + "\",\"initialPassword\":\"Abcdefg123\",\"extra\":1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:unknown-field"));
	}

	@Test
	void rolesListShowsEachPermissionWithItsDataScope() throws Exception {
		MockHttpSession admin = session(login("admin", "Zhifa@2026"));
		mvc.perform(get("/api/roles").session(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'CASE_OFFICER')].permissions[?(@.code == 'officer:read')].scopeName").value("本单位"))
			.andExpect(jsonPath("$[?(@.code == 'ADMINISTRATOR')].permissions[?(@.code == 'officer:manage')].scope").value("UNIT_AND_BELOW"));
	}

	@Test
	void disablingAnAccountEndsItsOpenSession() throws Exception {
		String user = newAccount("Initial2026", false);
		MockHttpSession session = session(login(user, "Initial2026"));
		mvc.perform(get("/api/officers").session(session)).andExpect(status().isOk());

		MockHttpSession admin = session(login("admin", "Zhifa@2026"));
		long version = jdbc.sql("SELECT version FROM account WHERE username = ?").param(user).query(Long.class).single();
		mvc.perform(post("/api/accounts/" + accountId(user) + "/disable").session(admin).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + "}"))
			.andExpect(status().isOk());

		mvc.perform(get("/api/officers").session(session)).andExpect(status().isUnauthorized());
	}
}
