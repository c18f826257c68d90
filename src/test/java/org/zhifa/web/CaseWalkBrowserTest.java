package org.zhifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
import org.zhifa.shared.CitizenId;

/**
 * The whole "Done when" walk of a criminal case in headless Chromium, every step through the UI (the database is only
 * read, for ids and numbers):
 * (1) the case officer of 城关派出所 registers a walk-in 警情 received two days ago, (2) accepts it (受案) and (3) shows the
 * 受案回执; (4) the 所长 records 立案 with a criminal 案由 chosen from the catalogue; (5) the cases module opens the case
 * (asynchronously, on CaseFiled) and the officer finds it in the case list; (6) registers the suspect with a valid
 * 公民身份号码; (7) summons him; (8) detains him (刑事拘留, which ends the 传唤) 23½ hours ago, so the 24-hour clocks are
 * due within the hour; (9) signs in again and sees on the 工作台 the detention's clocks as tasks, 送看守所羁押 in orange as
 * 即将到期 with its countdown; (10) back on the case, starts 提请批准逮捕 and sees the detention's arrest-request clock
 * stop, (11) on the timeline too.
 * Screenshots: {@code target/screenshots/walk-NN-*.png}.
 */
// a browser in another zone than Beijing: the pickers must still read and show Beijing time
@BrowserTest(screenshots = "walk", timeZone = "America/New_York")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseWalkBrowserTest {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Autowired
	JdbcClient jdbc;

	Browser browser;
	ZoneId browserZone;

	final Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
	final Instant receivedAt = now.minus(Duration.ofHours(50));
	final Instant acceptedAt = now.minus(Duration.ofHours(49));
	final Instant filedAt = now.minus(Duration.ofHours(48));
	final Instant summonedAt = now.minus(Duration.ofHours(26));
	final Instant detainedAt = now.minus(Duration.ofHours(23)).minus(Duration.ofMinutes(30));

	final String reporter = "报案人" + (1000 + ThreadLocalRandom.current().nextInt(8999));
	final String suspect = "周某" + "甲乙丙丁戊己庚辛壬癸".charAt(ThreadLocalRandom.current().nextInt(10));
	String incidentNumber;
	UUID acceptanceId;
	UUID caseId;
	String caseNumber;

	@Test
	@Order(1)
	void theOfficerRegistersTheReportReceivedTwoDaysAgo() throws Exception {
		browser.signIn("officer");
		browserZone = ZoneId.of((String) browser.driver.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone"));
		assertThat(browserZone.getRules().getOffset(receivedAt)).as("the browser's own zone differs from Beijing's")
			.isNotEqualTo(BEIJING.getRules().getOffset(receivedAt));
		List<String> names = jdbc.sql("""
				SELECT o.name FROM officer o JOIN account a ON a.officer_id = o.id WHERE a.username IN ('officer', 'head')
				ORDER BY a.username DESC""").query(String.class).list();
		browser.click("menu-intake");
		browser.byTestId("page-intake");
		// a report received two days ago is not among 今日警情: the list shows those 待处置
		browser.byTestId("intake-view").findElement(By.xpath(".//label[contains(.,'待处置')]")).click();
		browser.click("intake-source-WALK_IN");
		browser.typeTime("intake-received-at", receivedAt);
		browser.type("intake-place", "城关镇人民路88号华联超市门口");
		browser.type("intake-reporter-name", reporter);
		browser.type("intake-reporter-phone", "13900003333");
		browser.type("intake-summary", "报案人称其停放在超市门口的电动自行车（爱玛牌，蓝色）被一名男子撬锁骑走。");
		browser.choose("intake-officer-1", names.get(0));
		browser.choose("intake-officer-2", names.get(1));
		browser.click("intake-submit");
		browser.waitForText("intake-table", reporter);
		incidentNumber = jdbc.sql("SELECT number FROM incident WHERE reporter_name = ?").param(reporter).query(String.class).single();
		Instant stored = jdbc.sql("SELECT received_at FROM incident WHERE number = ?").param(incidentNumber).query(OffsetDateTime.class).single().toInstant();
		assertThat(stored).as("the received time typed into the form").isEqualTo(receivedAt);
		assertThat(browser.byTestId("intake-table").getText()).contains(incidentNumber, "来所报案", "待处置");
		browser.screenshot("walk-01-incident-registered");
	}

	@Test
	@Order(2)
	void acceptsItAndShowsTheReceipt() throws Exception {
		browser.click("incident-accept-" + incidentNumber);
		browser.byTestId("accept-dialog");
		browser.typeTime("accept-at", acceptedAt);
		browser.click("evidence-add");
		browser.type("evidence-name-0", "电动自行车购车发票");
		browser.type("evidence-desc-0", "2025年3月购于城关镇爱玛专卖店");
		browser.screenshot("walk-02-accept-dialog");
		browser.click("accept-confirm");
		browser.byTestId("page-acceptance");
		browser.waitForText("acceptance-status", "待立案审查");
		acceptanceId = jdbc.sql("SELECT a.id FROM acceptance a JOIN incident i ON i.id = a.incident_id WHERE i.number = ?")
			.param(incidentNumber).query(UUID.class).single();
		assertThat(jdbc.sql("SELECT accepted_at FROM acceptance WHERE id = ?").param(acceptanceId).query(OffsetDateTime.class).single().toInstant())
			.isEqualTo(acceptedAt);
		browser.waitForText("acceptance-clocks", "作出立案决定");
		browser.screenshot("walk-03-acceptance");

		browser.click("acceptance-receipt");
		browser.byTestId("page-receipt");
		browser.waitForText("receipt", "受 案 回 执");
		String receiptNumber = jdbc.sql("SELECT receipt_number FROM acceptance WHERE id = ?").param(acceptanceId).query(String.class)
			.single();
		assertThat(browser.byTestId("receipt").getText()).contains(receiptNumber, reporter, "电动自行车购车发票", "城关派出所");
		browser.screenshot("walk-04-receipt");
	}

	@Test
	@Order(3)
	void theStationHeadFilesTheCaseWithACriminalOffence() throws Exception {
		browser.switchTo("head");
		browser.open("/intake/acceptances/" + acceptanceId);
		browser.waitForText("acceptance-status", "待立案审查");
		browser.click("act-file");
		browser.byTestId("act-dialog");
		browser.choose("act-offence", "XS-0101");
		browser.type("act-reason", "有盗窃犯罪事实，需要追究刑事责任");
		browser.typeTime("act-at", filedAt);
		browser.screenshot("walk-05-file-dialog");
		browser.click("act-confirm");
		browser.waitForText("acceptance-status", "已立案");
		browser.waitForText("acceptance-offence", "盗窃（XS-0101）");
		browser.waitForText("acceptance-clocks", "已停止");
		browser.screenshot("walk-06-filed");
	}

	@Test
	@Order(4)
	void theCaseOpensAndTheOfficerFindsIt() throws Exception {
		caseId = jdbc.sql("SELECT case_id FROM acceptance WHERE id = ?").param(acceptanceId).query(UUID.class).single();
		// the cases module opens the case when it hears CaseFiled, asynchronously
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM legal_case WHERE id = ?")
			.param(caseId).query(Long.class).single() == 1);
		caseNumber = jdbc.sql("SELECT number FROM legal_case WHERE id = ?").param(caseId).query(String.class).single();
		assertThat(jdbc.sql("SELECT filed_at FROM legal_case WHERE id = ?").param(caseId).query(OffsetDateTime.class).single().toInstant())
			.isEqualTo(filedAt);

		browser.switchTo("officer");
		browser.click("menu-cases");
		browser.byTestId("page-cases");
		browser.type("case-filter-number", caseNumber);
		browser.click("case-filter-search");
		browser.waitForText("case-table", caseNumber);
		browser.driver.findElement(By.xpath("//*[@data-testid='case-table']//td[contains(.,'" + caseNumber + "')]")).click();
		browser.byTestId("page-case");
		browser.waitForText("case-number", caseNumber);
		browser.waitForText("case-info", "盗窃");
		assertThat(browser.byTestId("case-info").getText()).contains("城关派出所", "城关镇人民路88号", "刑法");
		browser.screenshot("walk-07-case-opened");
	}

	@Test
	@Order(5)
	void registersTheSuspectWithAValidIdNumber() throws Exception {
		String id = citizenId("110101", "19900307", "123");
		assertThat(CitizenId.problem(id, LocalDate.now())).isNull();
		browser.tab("parties");
		browser.click("party-add");
		browser.byTestId("case-dialog");
		browser.type("party-form-name", suspect);
		browser.type("party-form-citizen-id", id);
		browser.click("case-dialog-submit");
		browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(Browser.testId("case-dialog")));
		browser.waitForText("party-table", suspect);
		assertThat(browser.byTestId("party-table").getText()).contains("犯罪嫌疑人", id, "1990-03-07");
		browser.screenshot("walk-08-suspect");
	}

	@Test
	@Order(6)
	void summonsTheSuspect() throws Exception {
		browser.tab("measures");
		startMeasure("传唤", summonedAt);
		browser.wait.until(d -> d.findElements(Browser.testId("measure-SUMMONS")).size() == 1);
		browser.waitForText("measure-SUMMONS", "传唤时限（" + suspect + "）");
		browser.screenshot("walk-09-summons");
	}

	@Test
	@Order(7)
	void detainsHimTwentyThreeAndAHalfHoursAgo() throws Exception {
		startMeasure("刑事拘留", detainedAt);
		browser.wait.until(d -> d.findElements(Browser.testId("measure-CRIMINAL_DETENTION")).size() == 1);
		browser.waitForText("measure-CRIMINAL_DETENTION", "送看守所羁押（" + suspect + "）");
		browser.waitForText("measure-CRIMINAL_DETENTION", "剩余"); // the tags zoom in: read once they are visible
		String detention = browser.byTestId("measure-CRIMINAL_DETENTION").getText();
		assertThat(detention).contains("执行中", "通知家属（" + suspect + "）", "首次讯问（" + suspect + "）", "提请批准逮捕（" + suspect + "）",
				"剩余");
		browser.waitForText("measure-SUMMONS", "已结束");
		assertThat(browser.byTestId("measure-SUMMONS").getText()).contains("变更为刑事拘留");
		browser.screenshot("walk-10-detention");
	}

	@Test
	@Order(8)
	void theWorkbenchWarnsTheCaseOfficer() throws Exception {
		browser.switchTo("officer");
		browser.byTestId("page-workbench");
		String toHouse = "送看守所羁押（" + suspect + "）";
		// the workbench follows the clocks asynchronously: refresh until the detention's tasks are there
		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			if (browser.byTestId("wb-my-tasks").getText().contains(toHouse)) {
				return true;
			}
			browser.click("wb-refresh");
			return false;
		});
		browser.waitForText("wb-my-tasks", "提请批准逮捕（" + suspect + "）");
		assertThat(browser.byTestId("wb-my-tasks").getText()).contains("通知家属（" + suspect + "）", "首次讯问（" + suspect + "）");
		WebElement row = row(toHouse);
		WebElement tag = row.findElement(By.cssSelector("[data-testid^='task-level-']"));
		assertThat(tag.getText()).isEqualTo("即将到期");
		assertThat(tag.getAttribute("class")).contains("el-tag--warning");
		assertThat(row.findElement(Browser.testId("task-countdown")).getText()).startsWith("剩余 ");
		assertThat(row.getText()).contains(caseNumber);
		assertThat(row(("提请批准逮捕（" + suspect + "）")).findElement(By.cssSelector("[data-testid^='task-level-']")).getText())
			.isEqualTo("进行中");
		String dueSoon = browser.byTestId("wb-card-due-soon").findElement(By.cssSelector(".stat-value")).getText();
		assertThat(Long.parseLong(dueSoon.replaceAll("[^0-9]", ""))).isGreaterThanOrEqualTo(3);
		browser.screenshot("walk-11-workbench-due-soon");
		row.findElement(By.cssSelector("a.subject-link")).click();
		browser.byTestId("page-case");
		browser.waitForText("case-number", caseNumber);
	}

	@Test
	@Order(9)
	void requestingTheArrestStopsTheDetentionsArrestRequestClock() throws Exception {
		browser.tab("measures");
		browser.waitForText("measure-CRIMINAL_DETENTION", "提请批准逮捕（" + suspect + "）");
		startMeasure("提请批准逮捕", null);
		browser.wait.until(d -> d.findElements(Browser.testId("measure-ARREST_REQUEST")).size() == 1);
		browser.waitForText("measure-ARREST_REQUEST", "检察院审查批准逮捕（" + suspect + "）");
		WebElement clock = browser.byTestId("measure-CRIMINAL_DETENTION").findElement(
				By.xpath(".//*[@data-testid='clock'][contains(.,'提请批准逮捕（" + suspect + "）')]"));
		browser.wait.until(d -> clock.getText().contains("已停止"));
		assertThat(clock.getText()).contains("已提请批准逮捕");
		assertThat(clock.getAttribute("class")).contains("stopped");
		browser.screenshot("walk-12-arrest-request");

		browser.tab("timeline");
		browser.waitForText("case-timeline", "提请批准逮捕：" + suspect);
		assertThat(browser.byTestId("case-timeline").getText()).contains("刑事立案", "停止计时：提请批准逮捕（" + suspect + "）",
				"开始计时：检察院审查批准逮捕（" + suspect + "）", "开始计时：送看守所羁押（" + suspect + "）");
		browser.screenshot("walk-13-timeline");
	}

	/** Opens the 采取强制措施 dialog, picks the suspect and the kind, sets the start time (null: now) and saves. */
	private void startMeasure(String kind, Instant at) {
		browser.click("measure-start");
		browser.byTestId("case-dialog");
		browser.choose("measure-form-party", suspect);
		browser.choose("measure-form-kind", kind);
		if (at != null) {
			browser.typeTime("measure-form-at", at);
		}
		browser.click("case-dialog-submit");
		browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(Browser.testId("case-dialog")));
	}

	private WebElement row(String label) {
		return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
				"//*[@data-testid='wb-my-tasks']//tr[contains(@class,'el-table__row')][contains(.,'" + label + "')]")));
	}

	/** A 公民身份号码 with its GB 11643 check character. */
	private static String citizenId(String region, String birth, String sequence) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		String first17 = region + birth + sequence;
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}
}
