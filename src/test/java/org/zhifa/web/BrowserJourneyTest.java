package org.zhifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What an administrator does on the first morning, in a real headless Chromium against the running application:
 * (1) a wrong password is refused on the login page, (2) signs in, (3) registers a new officer through the form,
 * (4) finds the officer in the roster, (5) finds the audit entry of that registration, (6) verifies the hash chain,
 * (7) looks at the unit tree, accounts and roles; then (8) a case officer signs in and sees only what the role allows.
 * Screenshots of each step are saved under {@code target/screenshots}.
 */
@BrowserTest(screenshots = "journey")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneyTest {

	Browser browser;

	final String badge = String.valueOf(800000 + ThreadLocalRandom.current().nextInt(99999));
	final String name = "测试新警" + badge.substring(3);

	@Test
	@Order(1)
	void wrongPasswordIsRefusedOnTheLoginPage() throws Exception {
		browser.open("/login");
		browser.byTestId("page-login");
		browser.screenshot("01-login");
		browser.type("login-username", "admin");
		browser.type("login-password", "wrong-password-1");
		browser.click("login-submit");
		browser.waitForText("login-error", "用户名或密码错误");
		browser.screenshot("02-login-refused");
	}

	@Test
	@Order(2)
	void administratorSignsInAndSeesTheMenuOfTheRole() throws Exception {
		browser.type("login-username", "admin");
		browser.type("login-password", "Zhifa@2026");
		browser.click("login-submit");
		browser.byTestId("page-home");
		browser.waitForText("user-name", "王建国");
		assertThat(browser.all(Browser.testId("menu-audit"))).hasSize(1);
		assertThat(browser.all(Browser.testId("menu-accounts"))).hasSize(1);
		browser.screenshot("03-home");
	}

	@Test
	@Order(3)
	void registersANewOfficerThroughTheForm() throws Exception {
		browser.click("menu-officers");
		browser.byTestId("page-officers");
		browser.byTestId("officer-table");
		browser.screenshot("04-officers");
		browser.click("officer-create");
		browser.type("officer-form-name", name);
		browser.choose("officer-form-kind", "民警");
		browser.type("officer-form-badge", badge);
		browser.choose("officer-form-unit", "城关派出所");
		browser.choose("officer-form-roles", "办案民警");
		browser.screenshot("05-officer-form");
		browser.click("officer-form-submit");
		browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(Browser.testId("officer-form-dialog")));
	}

	@Test
	@Order(4)
	void findsTheNewOfficerInTheRoster() throws Exception {
		browser.type("officer-filter-q", badge);
		browser.click("officer-filter-search");
		browser.waitForText("officer-table", name);
		assertThat(browser.byTestId("officer-table").getText()).contains(badge, "城关派出所", "办案民警");
		browser.screenshot("06-officer-found");
	}

	@Test
	@Order(5)
	void findsTheAuditEntryOfTheRegistration() throws Exception {
		browser.click("menu-audit");
		browser.byTestId("page-audit");
		browser.type("audit-filter-action", "officer.registered");
		browser.click("audit-filter-search");
		browser.waitForText("audit-table", name);
		assertThat(browser.byTestId("audit-table").getText()).contains("admin");
		browser.screenshot("07-audit-entry");
	}

	@Test
	@Order(6)
	void verifiesTheAuditHashChain() throws Exception {
		browser.click("audit-verify");
		browser.waitForText("audit-verify-result", "完整");
		assertThat(browser.byTestId("audit-verify-result").getText()).doesNotContain("篡改");
		browser.screenshot("08-chain-verified");
		assertThat(browser.driver.findElements(By.cssSelector(".el-message--error"))).isEmpty();
	}

	@Test
	@Order(7)
	void administratorSeesTheUnitTreeAccountsAndRoles() throws Exception {
		browser.click("menu-units");
		browser.waitForText("unit-tree", "城关派出所");
		browser.screenshot("09-units");
		browser.click("menu-accounts");
		browser.waitForText("account-table", "admin2");
		browser.screenshot("10-accounts");
		browser.click("menu-roles");
		browser.waitForText("role-table", "本单位及下级");
		browser.screenshot("11-roles");
	}

	@Test
	@Order(8)
	void caseOfficerGetsTheMenuOfTheRoleOnly() throws Exception {
		browser.click("logout");
		browser.byTestId("page-login");
		browser.type("login-username", "officer");
		browser.type("login-password", "Zhifa@2026");
		browser.click("login-submit");
		browser.byTestId("page-home");
		assertThat(browser.all(Browser.testId("menu-officers"))).hasSize(1);
		assertThat(browser.all(Browser.testId("menu-accounts"))).as("no account administration for a case officer").isEmpty();
		assertThat(browser.all(Browser.testId("menu-roles"))).isEmpty();
		browser.click("menu-officers");
		browser.waitForText("officer-table", "城关派出所");
		assertThat(browser.byTestId("officer-table").getText()).doesNotContain("河西派出所");
		assertThat(browser.all(Browser.testId("officer-create"))).as("no create button without officer:manage").isEmpty();
		browser.screenshot("12-case-officer-roster");

		browser.click("menu-calendar");
		browser.byTestId("page-calendar");
		browser.waitForText("calendar-day-table", "调休上班");
		assertThat(browser.all(Browser.testId("calendar-add-form"))).as("no calendar changes without calendar:manage").isEmpty();
		browser.screenshot("13-case-officer-calendar");
	}
}
