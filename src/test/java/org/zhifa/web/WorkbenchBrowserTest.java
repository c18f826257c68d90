package org.zhifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
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
import org.zhifa.calendar.ClockSubject;
import org.zhifa.calendar.DeadlineContext;
import org.zhifa.calendar.NewStatutoryClock;
import org.zhifa.calendar.StatutoryClock;
import org.zhifa.calendar.StatutoryClocks;

/**
 * The demo case officer's morning: three clocks run for him — a 传唤 past its 12 hours, a 传唤 within its last 2 hours,
 * a 拘留后提请逮捕 with days to go — started through the calendar exactly as the cases module starts them. He signs in,
 * lands on the 工作台, sees each with its colour and the counts on the cards, opens the legal basis; then the 所长 sees
 * the same tasks on the 本单位 tab with the officer's name. Screenshots: target/screenshots/workbench-0*.png.
 */
@BrowserTest(screenshots = "workbench")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserTest {

	@Autowired
	StatutoryClocks clocks;

	@Autowired
	JdbcClient jdbc;

	Browser browser;
	StatutoryClock overdue;
	StatutoryClock dueSoon;
	StatutoryClock normal;

	@BeforeAll
	void startClocks() throws InterruptedException {
		UUID officer = jdbc.sql("SELECT officer_id FROM account WHERE username = 'officer'").query(UUID.class).single();
		UUID station = jdbc.sql("SELECT id FROM unit WHERE name = '城关派出所'").query(UUID.class).single();
		Instant now = Instant.now();
		overdue = start("criminal.summons.duration", "传唤持续时间（李某某）", now.minus(Duration.ofHours(13)), officer, station, "刑事 2026-0031 李某某盗窃案");
		dueSoon = start("criminal.summons.duration", "传唤持续时间（赵某）", now.minus(Duration.ofHours(11)), officer, station, "刑事 2026-0032 赵某诈骗案");
		normal = start("criminal.detention.arrest-request", "提请批准逮捕（孙某）", now.minus(Duration.ofHours(2)), officer, station, "刑事 2026-0033 孙某抢夺案");
		for (int i = 0; i < 500 && jdbc.sql("SELECT count(*) FROM workbench_task WHERE clock_id = ANY(?)")
			.param(new UUID[] { overdue.id().value(), dueSoon.id().value(), normal.id().value() }).query(Long.class).single() < 3; i++) {
			Thread.sleep(20); // the workbench follows the clocks asynchronously
		}
	}

	@Test
	@Order(1)
	void theCaseOfficerLandsOnTheWorkbenchAndSeesEachTaskInItsColour() throws Exception {
		browser.signIn("officer");
		browser.byTestId("page-workbench");
		browser.waitForText("wb-my-tasks", "提请批准逮捕（孙某）");

		assertThat(tagOf(overdue).getText()).isEqualTo("逾期");
		assertThat(tagOf(overdue).getAttribute("class")).contains("el-tag--danger");
		assertThat(tagOf(dueSoon).getText()).isEqualTo("即将到期");
		assertThat(tagOf(dueSoon).getAttribute("class")).contains("el-tag--warning");
		assertThat(tagOf(normal).getText()).isEqualTo("进行中");
		assertThat(tagOf(normal).getAttribute("class")).contains("el-tag--primary");
		assertThat(row(overdue).getText()).contains("已逾期", "刑事 2026-0031 李某某盗窃案");
		assertThat(row(dueSoon).getText()).contains("剩余 ", "分").doesNotContain("已逾期");
		assertThat(row(normal).getText()).contains("剩余 ", "天");

		// the cards count what the list shows, level by level
		assertThat(cardValue("wb-card-overdue")).isEqualTo(rowsTagged("OVERDUE")).isGreaterThanOrEqualTo(1);
		assertThat(cardValue("wb-card-due-soon")).isEqualTo(rowsTagged("DUE_SOON")).isGreaterThanOrEqualTo(1);
		assertThat(cardValue("wb-card-normal")).isEqualTo(rowsTagged("NORMAL")).isGreaterThanOrEqualTo(1);
		assertThat(row(overdue).findElement(By.cssSelector("a.subject-link")).getAttribute("href"))
			.endsWith("/cases/" + overdue.subject().caseId());
		assertThat(browser.byTestId("page-home").getText()).as("the former home cards stay below").contains("您好");
		browser.screenshot("workbench-01-my-tasks");
	}

	@Test
	@Order(2)
	void theLegalBasisOfADueTimeOpensWithTheRow() throws Exception {
		row(overdue).findElement(By.cssSelector(".el-table__expand-icon")).click();
		browser.waitForText("wb-my-tasks", "期限依据");
		assertThat(browser.byTestId("task-basis").getText()).contains(overdue.deadline().basis());
		browser.click("wb-card-overdue");
		browser.wait.until(d -> browser.byTestId("wb-my-tasks").getText().contains("李某某")
				&& !browser.byTestId("wb-my-tasks").getText().contains("孙某"));
		browser.screenshot("workbench-02-basis-and-overdue-filter");
	}

	@Test
	@Order(3)
	void theStationHeadSeesTheUnitsTasksWithTheirOfficers() throws Exception {
		browser.switchTo("head");
		browser.byTestId("page-workbench");
		browser.driver.findElement(By.xpath("//div[contains(@class,'el-tabs__item')][contains(.,'本单位')]")).click();
		browser.waitForText("wb-unit-tasks", "提请批准逮捕（孙某）");
		String officerName = jdbc.sql("SELECT o.name FROM officer o JOIN account a ON a.officer_id = o.id WHERE a.username = 'officer'")
			.query(String.class).single();
		assertThat(browser.byTestId("wb-unit-tasks").getText()).contains("传唤持续时间（李某某）", "传唤持续时间（赵某）", officerName);
		browser.screenshot("workbench-03-unit-tasks");
	}

	private StatutoryClock start(String rule, String label, Instant at, UUID officer, UUID station, String caseLabel) {
		return clocks.start(new NewStatutoryClock(rule, label, at, rule.contains("detention") ? DeadlineContext.custody() : DeadlineContext.none(),
				new ClockSubject("coercive-measure", UUID.randomUUID(), UUID.randomUUID(), caseLabel, station, List.of(officer))));
	}

	private WebElement row(StatutoryClock clock) {
		return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
				"//*[@data-testid='wb-my-tasks' or @data-testid='wb-unit-tasks']//tr[contains(@class,'el-table__row')][contains(.,'"
						+ clock.label() + "')]")));
	}

	private WebElement tagOf(StatutoryClock clock) {
		return row(clock).findElement(By.cssSelector("[data-testid^='task-level-']"));
	}

	private long rowsTagged(String level) {
		return browser.byTestId("wb-my-tasks").findElements(By.cssSelector("[data-testid='task-level-" + level + "']")).size();
	}

	private long cardValue(String testId) {
		String text = browser.byTestId(testId).findElement(By.cssSelector(".stat-value")).getText();
		return Long.parseLong(text.replaceAll("[^0-9]", ""));
	}
}
