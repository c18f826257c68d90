package org.zhifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.cases.Case;
import org.zhifa.cases.CaseFixtures;
import org.zhifa.cases.CaseManagement;
import org.zhifa.cases.MeasureKind;
import org.zhifa.cases.NewMeasure;
import org.zhifa.cases.NewParty;
import org.zhifa.cases.PartyRole;

/**
 * A case officer of 城关派出所 works a criminal case in headless Chromium: (1) finds it in the case list, (2) reads
 * its basic information, (3) is told at once that a mistyped 公民身份号码 is invalid and then registers the second
 * suspect, (4) detains him — the dialog offers only the measures the law allows — and sees the four clocks count
 * down with their legal basis, (5) records 送看守所 and sees that clock stop, (6) reads the timeline.
 * Screenshots: {@code target/screenshots/cases-0n-*.png}.
 */
@BrowserTest(screenshots = "cases")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseBrowserTest {

	@Autowired
	CaseManagement management;

	@Autowired
	JdbcClient jdbc;

	Browser browser;
	Case legalCase;

	@BeforeAll
	void openACase() {
		legalCase = new CaseFixtures(management, jdbc).criminal("城关派出所", 1);
		var suspect = management.addParty(legalCase.id(), new NewParty(PartyRole.SUSPECT, "张某某", CaseFixtures.citizenId("19880315")), null);
		management.addParty(legalCase.id(), new NewParty(PartyRole.VICTIM, "王某", CaseFixtures.citizenId("19750620")), null);
		management.startMeasure(legalCase.id(), new NewMeasure(suspect.id(), MeasureKind.CRIMINAL_DETENTION,
				Instant.now().minus(Duration.ofHours(3)), List.of(), "现场抓获"), null);
	}

	@Test
	@Order(1)
	void theCaseOfficerFindsTheCaseInTheList() throws Exception {
		browser.open("/login");
		browser.type("login-username", "officer");
		browser.type("login-password", "Zhifa@2026");
		browser.click("login-submit");
		browser.byTestId("page-home");
		browser.click("menu-cases");
		browser.byTestId("page-cases");
		browser.type("case-filter-number", legalCase.number());
		browser.click("case-filter-search");
		browser.waitForText("case-table", legalCase.number());
		browser.waitForText("case-table", "盗窃");
		browser.screenshot("cases-01-list");
		browser.driver.findElement(By.xpath("//*[@data-testid='case-table']//td[contains(.,'" + legalCase.number() + "')]")).click();
		browser.byTestId("page-case");
	}

	@Test
	@Order(2)
	void theCasePageShowsItsBasicInformation() throws Exception {
		browser.waitForText("case-number", legalCase.number());
		browser.waitForText("case-info", "刑法");
		browser.waitForText("case-info", "城关派出所");
		browser.screenshot("cases-02-info");
	}

	@Test
	@Order(3)
	void aMistypedIdNumberIsRefusedAndTheSecondSuspectIsRegistered() throws Exception {
		browser.tab("parties");
		browser.waitForText("party-table", "张某某");
		browser.click("party-add");
		browser.type("party-form-name", "李某");
		String valid = CaseFixtures.citizenId("20100501");
		browser.type("party-form-citizen-id", valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0'));
		browser.waitForText("case-dialog", "校验码错误");
		browser.screenshot("cases-03-invalid-id");
		browser.type("party-form-citizen-id", valid);
		browser.click("case-dialog-submit");
		browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(Browser.testId("case-dialog")));
		browser.waitForText("party-table", "李某");
		browser.waitForText("party-table", "未成年人");
		browser.screenshot("cases-04-parties");
	}

	@Test
	@Order(4)
	void detainingTheSecondSuspectStartsFourClocksWithTheirBasis() throws Exception {
		browser.tab("measures");
		browser.waitForText("measure-CRIMINAL_DETENTION", "提请批准逮捕（张某某）");
		browser.click("measure-start");
		browser.choose("measure-form-party", "李某");
		browser.byTestId("measure-form-kind").click();
		List<String> offered = browser.wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(
				By.xpath("//*[contains(@class,'el-select-dropdown__item')][not(ancestor::*[contains(@style,'display: none')])]")))
			.stream().map(e -> e.getText().strip()).toList();
		assertThat(offered).contains("刑事拘留", "传唤").doesNotContain("逮捕", "提请批准逮捕", "询问查证");
		new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
		browser.choose("measure-form-kind", "刑事拘留");
		browser.click("case-dialog-submit");
		browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(Browser.testId("case-dialog")));
		browser.wait.until(d -> d.findElements(Browser.testId("measure-CRIMINAL_DETENTION")).size() == 2);
		browser.waitForText("page-case", "提请批准逮捕（李某）");
		browser.waitForText("page-case", "第一百二十九条");
		browser.waitForText("page-case", "剩余");
		browser.screenshot("cases-05-measures");
	}

	@Test
	@Order(5)
	void deliveringToTheDetentionHouseStopsThatClock() throws Exception {
		browser.driver.findElements(Browser.testId("act-DELIVERED_TO_DETENTION_HOUSE")).get(0).click();
		browser.click("case-dialog-submit");
		browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(Browser.testId("case-dialog")));
		browser.waitForText("page-case", "送看守所羁押（张某某）");
		browser.wait.until(d -> d.findElements(Browser.testId("act-DELIVERED_TO_DETENTION_HOUSE")).size() == 1);
		browser.waitForText("page-case", "已停止");
		browser.screenshot("cases-06-act");
	}

	@Test
	@Order(6)
	void theTimelineListsEveryActWithTheClocksItStartedAndStopped() throws Exception {
		browser.tab("timeline");
		browser.waitForText("case-timeline", "刑事立案");
		browser.waitForText("case-timeline", "开始计时：提请批准逮捕（李某）");
		browser.waitForText("case-timeline", "停止计时：送看守所羁押（张某某）");
		browser.screenshot("cases-07-timeline");
	}
}
