package org.zhifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The intake desk in a real headless Chromium, as the 所长 of 城关派出所 (who handles reports and records the filing
 * decision): (1) opens 接处警, (2) registers a walk-in report with two officers, (3) accepts it with the evidence handed
 * in, (4) sees the filing clock with its due time and legal basis, (5) opens the printable 受案回执, (6) records 立案 with
 * a criminal 案由 chosen from the offence catalogue (the dialog refuses to file without one), and the cases module opens
 * the case.
 * Screenshots intake-01… go to {@code target/screenshots}.
 */
@BrowserTest(screenshots = "intake")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntakeDeskBrowserTest {

	@Autowired
	JdbcClient jdbc;

	Browser browser;
	final String reporter = "报案人" + (1000 + ThreadLocalRandom.current().nextInt(8999));
	String incidentNumber;
	UUID acceptanceId;

	@Test
	@Order(1)
	void theStationHeadOpensTheIntakeDesk() throws Exception {
		browser.open("/login");
		browser.type("login-username", "head");
		browser.type("login-password", "Zhifa@2026");
		browser.click("login-submit");
		browser.byTestId("page-home");
		browser.click("menu-intake");
		browser.byTestId("page-intake");
		browser.byTestId("intake-register");
		browser.screenshot("intake-01-desk");
	}

	@Test
	@Order(2)
	void registersAWalkInReportWithTwoOfficers() throws Exception {
		List<String> names = jdbc.sql("""
				SELECT o.name FROM officer o JOIN account a ON a.officer_id = o.id WHERE a.username IN ('head', 'officer')
				ORDER BY a.username""").query(String.class).list();
		browser.click("intake-source-WALK_IN");
		browser.type("intake-place", "城关镇解放路12号3单元楼下");
		browser.type("intake-reporter-name", reporter);
		browser.type("intake-reporter-phone", "13800002222");
		browser.type("intake-reporter-id", "110101199003074514");
		browser.type("intake-summary", "报案人停放在楼下的电动自行车（雅迪牌，白色）被盗。");
		browser.choose("intake-officer-1", names.get(0));
		browser.choose("intake-officer-2", names.get(1));
		browser.screenshot("intake-02-form");
		browser.click("intake-submit");
		browser.waitForText("intake-table", reporter);
		incidentNumber = jdbc.sql("SELECT number FROM incident WHERE reporter_name = ?").param(reporter).query(String.class).single();
		String table = browser.byTestId("intake-table").getText();
		assertThat(table).contains(incidentNumber, "来所报案", "待处置", "1101**********4514").doesNotContain("110101199003074514");
		assertThat(browser.byTestId("intake-register").getText()).as("the emptied form shows no errors").doesNotContain("请指定两名处警民警");
		browser.screenshot("intake-03-registered");
	}

	@Test
	@Order(3)
	void acceptsTheReportWithTheEvidenceHandedIn() throws Exception {
		browser.click("incident-accept-" + incidentNumber);
		browser.byTestId("accept-dialog");
		browser.click("evidence-add");
		browser.type("evidence-name-0", "购车发票");
		browser.type("evidence-desc-0", "2025年6月购于城关镇雅迪专卖店");
		browser.screenshot("intake-04-accept");
		browser.click("accept-confirm");
		browser.byTestId("page-acceptance");
		browser.waitForText("acceptance-status", "待立案审查");
		acceptanceId = jdbc.sql("SELECT a.id FROM acceptance a JOIN incident i ON i.id = a.incident_id WHERE i.number = ?")
			.param(incidentNumber).query(UUID.class).single();
		browser.waitForText("acceptance-clocks", "作出立案决定");
		assertThat(browser.byTestId("acceptance-clocks").getText()).contains("计时中", "3日");
		assertThat(browser.byTestId("acceptance-info").getText()).contains(reporter, "110101199003074514", "城关派出所");
		browser.screenshot("intake-05-acceptance");
	}

	@Test
	@Order(4)
	void opensThePrintableReceipt() throws Exception {
		browser.click("acceptance-receipt");
		browser.byTestId("page-receipt");
		browser.waitForText("receipt", "受 案 回 执");
		String queryCode = jdbc.sql("SELECT query_code FROM acceptance WHERE id = ?").param(acceptanceId).query(String.class).single();
		String receiptNumber = jdbc.sql("SELECT receipt_number FROM acceptance WHERE id = ?").param(acceptanceId).query(String.class)
			.single();
		String text = browser.byTestId("receipt").getText();
		assertThat(text).contains(receiptNumber, queryCode, reporter, "购车发票", "城关派出所", "城关镇解放路12号");
		assertThat(browser.byTestId("receipt-print").isEnabled()).isTrue();
		browser.screenshot("intake-06-receipt");
	}

	@Test
	@Order(5)
	void recordsTheFilingDecision() throws Exception {
		browser.open("/intake/acceptances/" + acceptanceId);
		browser.waitForText("acceptance-status", "待立案审查");
		browser.click("act-file");
		browser.byTestId("act-dialog");
		browser.type("act-reason", "有犯罪事实，需要追究刑事责任");
		browser.click("act-confirm");
		browser.waitForText("act-dialog", "立案须选择刑事案由");
		assertThat(jdbc.sql("SELECT status FROM acceptance WHERE id = ?").param(acceptanceId).query(String.class).single())
			.as("nothing is filed without a 案由").isEqualTo("PENDING");
		// the 立案 dialog offers the criminal 案由 of the catalogue, and only those
		browser.click("act-offence");
		WebElement theft = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//*[contains(@class,'el-select-dropdown__item')][contains(normalize-space(.),'XS-0101')]")));
		List<String> offered = browser.all(By.cssSelector(".el-select-dropdown__item")).stream().filter(WebElement::isDisplayed)
			.map(WebElement::getText).toList();
		long criminal = jdbc.sql("SELECT count(*) FROM offence WHERE kind = 'CRIMINAL'").query(Long.class).single();
		assertThat(offered).hasSize((int) criminal).allMatch(text -> text.contains("XS-")).anyMatch(text -> text.contains("盗窃"));
		browser.screenshot("intake-07-offence-options");
		browser.byTestId("act-dialog").findElement(By.cssSelector(".el-dialog__title")).click();
		browser.wait.until(ExpectedConditions.invisibilityOf(theft));
		browser.choose("act-offence", "XS-0101");
		assertThat(browser.byTestId("act-dialog").getText()).doesNotContain("须选择");
		browser.screenshot("intake-08-file-dialog");
		browser.click("act-confirm");
		browser.waitForText("acceptance-status", "已立案");
		browser.waitForText("acceptance-offence", "盗窃（XS-0101）");
		browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(Browser.testId("acceptance-clocks"), "已作出决定：立案"));
		assertThat(browser.byTestId("acceptance-clocks").getText()).contains("已停止");
		browser.screenshot("intake-09-filed");
		assertThat(jdbc.sql("SELECT status FROM acceptance WHERE id = ?").param(acceptanceId).query(String.class).single())
			.isEqualTo("FILED");
		UUID caseId = jdbc.sql("SELECT case_id FROM acceptance WHERE id = ?").param(acceptanceId).query(UUID.class).single();
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM legal_case WHERE id = ?")
			.param(caseId).query(Long.class).single() == 1);
		assertThat(jdbc.sql("SELECT offence_code FROM legal_case WHERE id = ?").param(caseId).query(String.class).single())
			.isEqualTo("XS-0101");
	}
}
