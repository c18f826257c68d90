package org.zhifa.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.zhifa.cases.Case;
import org.zhifa.cases.CaseFixtures;
import org.zhifa.cases.CaseManagement;
import org.zhifa.cases.NewParty;
import org.zhifa.cases.PartyRole;
import org.zhifa.custody.RoomKind;
import org.zhifa.custody.Rooms;

/**
 * The case-handling centre in headless Chromium: the case officer of 城关派出所 ({@code officer}, who may read his unit's
 * cases and record the steps of their people) brings a summoned suspect into the 执法办案管理中心 through 入区登记; an
 * attempt to question before the security check is refused with the missing step named; then 人身安全检查, 随身物品 (one
 * case-related item), 信息采集, a 讯问室, 讯问 with two officers ended with a recording reference, and 出区 to 看守所
 * (刑事拘留) with the belongings seized/returned and the 拘留证 named. The board shows the person with the clock while
 * inside and no longer after the exit; the printable 使用管理登记 shows the record. Screenshots {@code custody-NN-*}.
 */
@BrowserTest(screenshots = "custody")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CustodyBrowserTest {

	@Autowired
	CaseManagement cases;

	@Autowired
	Rooms rooms;

	@Autowired
	JdbcClient jdbc;

	Browser browser;
	Case theCase;
	UUID center;
	final String suspect = "钱某" + "甲乙丙丁戊己庚辛壬癸".charAt(UUID.randomUUID().hashCode() & 7);
	final String room = "讯问室-" + UUID.randomUUID().toString().substring(0, 4);
	final String waitingRoom = "候问室-" + UUID.randomUUID().toString().substring(0, 4);
	List<String> badges;
	String visitUrl;

	@BeforeAll
	void openACaseWithASuspect() {
		CaseFixtures fixtures = new CaseFixtures(cases, jdbc);
		theCase = fixtures.criminal("城关派出所", 1);
		cases.addParty(theCase.id(), new NewParty(PartyRole.SUSPECT, suspect, CaseFixtures.citizenId("19910203")), null);
		center = fixtures.unit("城关派出所"); // 办案民警 cannot see the 执法办案管理中心 unit (unit:read UNIT), so his own station's 办案区
		rooms.create(center, room, RoomKind.INTERROGATION, 1);
		rooms.create(center, waitingRoom, RoomKind.WAITING, 4);
		badges = theCase.officerIds().stream()
			.map(id -> jdbc.sql("SELECT badge_number FROM officer WHERE id = ?").param(id).query(String.class).single())
			.toList();
	}

	@Test
	@Order(1)
	void theOfficerAdmitsTheSummonedSuspectWithTwoEscorts() throws Exception {
		browser.signIn("officer");
		browser.click("menu-custody");
		browser.byTestId("page-custody-board");
		browser.click("board-admit");
		browser.byTestId("admission-dialog");
		browser.search("admission-case", theCase.number());
		browser.choose("admission-party", suspect);
		browser.choose("admission-reason", "传唤");
		browser.search("admission-escort-1", badges.get(0));
		browser.search("admission-escort-2", badges.get(1));
		browser.choose("admission-center", "城关派出所");
		browser.screenshot("custody-01-admission");
		browser.click("admission-submit");
		browser.byTestId("page-custody-visit");
		browser.waitForText("visit-number", "RQ");
		browser.waitForText("visit-info", suspect);
		assertThat(browser.byTestId("visit-info").getText()).contains("传唤", theCase.number(), "城关派出所");
		assertThat(browser.byTestId("visit-clock").getText()).contains("剩余");
		visitUrl = browser.driver.getCurrentUrl().replaceAll("^https?://[^/]+", "");
	}

	@Test
	@Order(2)
	void questioningBeforeTheSecurityCheckIsRefusedNamingTheStep() throws Exception {
		browser.choose("question-room", room);
		browser.search("question-officer-1", badges.get(0));
		browser.search("question-officer-2", badges.get(1));
		browser.click("question-submit");
		WebElement message = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//div[contains(@class,'el-message--error')][contains(.,'人身安全检查')]")));
		assertThat(message.getText()).contains("尚未完成人身安全检查");
		browser.screenshot("custody-02-refusal");
	}

	@Test
	@Order(3)
	void nobodyWatchingIsAnAlarmOnTheOfficersWorkbenchThatLeadsToTheVisit() throws Exception {
		browser.open("/");
		browser.byTestId("page-workbench");
		browser.click("wb-alerts-tab");
		WebElement row = browser.row("wb-alerts", suspect, "办案中心预警：无人看管", "未解除");
		assertThat(browser.textOf(row)).contains("办案中心预警：无人看管", "未解除");
		browser.screenshot("custody-03-workbench-alert");
		row.findElement(By.cssSelector("[data-testid='wb-alert-open']")).click();
		browser.byTestId("page-custody-visit");
		browser.waitForText("visit-alarms", "无人看管");
		WebElement alarm = browser.driver.findElement(By.xpath("//*[@data-testid='visit-alarms']//tr[contains(.,'无人看管')]"));
		alarm.findElement(By.cssSelector("[data-testid='alarm-seen']")).click();
		browser.wait.until(d -> !browser.byTestId("visit-alarms").getText().contains("未阅"));
	}

	@Test
	@Order(4)
	void aWatcherTakesOverTheAlarmClearsItselfAndTheWatchIsHandedOver() throws Exception {
		browser.search("watch-officer", badges.get(0));
		browser.click("watch-submit");
		browser.waitForText("watch-table", "看管中");
		browser.wait.until(d -> browser.byTestId("visit-alarms").getText().contains("系统"));
		browser.search("watch-officer", badges.get(1));
		browser.click("watch-submit");
		browser.wait.until(d -> browser.byTestId("watch-table").findElements(By.cssSelector("tbody tr")).size() == 2);
		assertThat(browser.byTestId("visit-timeline").getText()).contains("看管交接");
	}

	@Test
	@Order(5)
	void theSummonsIsExtendedToTwentyFourHoursWithItsReasonAndApprover() throws Exception {
		String before = browser.byTestId("visit-clock").getText();
		browser.click("visit-extend");
		browser.byTestId("extend-dialog");
		browser.waitForText("extend-code", "案情特别重大、复杂");
		browser.type("extend-reason", "案情重大复杂，拟提请刑事拘留");
		browser.type("extend-approver", "所长 王某");
		browser.screenshot("custody-04-extension");
		browser.click("extend-submit");
		browser.waitForText("visit-timeline", "延长至24小时");
		assertThat(browser.byTestId("visit-timeline").getText()).contains("所长 王某");
		browser.wait.until(d -> !browser.byTestId("visit-clock").getText().equals(before));
	}

	@Test
	@Order(6)
	void thePersonWaitsInTheWaitingRoomFirst() throws Exception {
		browser.choose("room-select", waitingRoom);
		browser.click("room-submit");
		browser.waitForText("visit-info", waitingRoom);
	}

	@Test
	@Order(7)
	void theStepsAreRecordedInOrder() throws Exception {
		browser.search("check-officer", badges.get(0));
		browser.type("check-findings", "未发现违禁物品，体表无明显伤痕");
		browser.type("check-items", "手机");
		browser.click("check-submit");
		browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(Browser.testId("check-form")));

		browser.type("belongings-locker", "A-07");
		browser.click("belongings-add");
		browser.click("belongings-add");
		browser.type("belongings-item-0", "华为手机");
		browser.click("belongings-case-0");
		browser.type("belongings-item-1", "黑色钱包");
		browser.click("belongings-submit");
		browser.waitForText("belongings-table", "黑色钱包");
		assertThat(browser.byTestId("belongings-table").getText()).contains("华为手机", "是");

		browser.search("collect-officer", badges.get(1));
		browser.click("collect-PHOTO");
		browser.click("collect-FINGERPRINTS");
		browser.click("collect-DNA");
		browser.click("collect-submit");
		browser.waitForText("collected-items", "指纹");

		browser.choose("room-select", room);
		browser.click("room-submit");
		browser.waitForText("visit-info", room);
		browser.screenshot("custody-05-visit-midway");
	}

	@Test
	@Order(8)
	void theBoardShowsThePersonInTheRoomWithTheClock() throws Exception {
		browser.open("/custody?center=" + center);
		browser.byTestId("page-custody-board");
		browser.waitForText("board-people", suspect);
		WebElement card = browser.byTestId("board-room-" + room);
		assertThat(card.getText()).contains(suspect, "剩余");
		assertThat(browser.byTestId("board-people").getText()).contains("传唤", theCase.number());
		browser.screenshot("custody-06-board");
		browser.open(visitUrl);
		browser.waitForText("visit-info", suspect);
	}

	@Test
	@Order(9)
	void questioningWithTwoOfficersIsEndedWithItsRecording() throws Exception {
		browser.choose("question-room", room);
		browser.search("question-officer-1", badges.get(0));
		browser.search("question-officer-2", badges.get(1));
		browser.click("question-submit");
		browser.byTestId("end-form");
		browser.waitForText("sessions-table", "进行中");
		browser.type("end-file", "LX-2026-000123");
		browser.click("end-submit");
		browser.waitForText("sessions-table", "LX-2026-000123");
	}

	@Test
	@Order(10)
	void theSuspectIsDischargedToTheDetentionCentreWithBelongingsAccountedFor() throws Exception {
		// the case-related phone is seized: registered as seized property with its own code before the exit
		browser.click("belonging-seize-1");
		browser.byTestId("seize-dialog");
		browser.choose("seize-category", "手机及电子设备");
		browser.type("seize-document", "城公（刑）扣字〔2026〕00001号");
		browser.screenshot("custody-07-seizure");
		browser.click("seize-submit");
		browser.waitForText("belongings-table", "CW");
		String code = browser.byTestId("belonging-property-code").getText();
		assertThat(code).matches("CW\\d{12}");
		browser.choose("exit-outcome", "刑事拘留送看守所");
		browser.type("exit-destination", "示范市看守所");
		browser.type("exit-authority", "示公(刑)拘字〔2026〕00001号");
		browser.choose("exit-belonging-2", "已返还");
		browser.click("exit-submit");
		browser.waitForText("visit-state", "已出区");
		assertThat(browser.byTestId("visit-exit").getText()).contains("刑事拘留送看守所", "示范市看守所", "拘字");
		assertThat(browser.byTestId("belongings-table").getText()).contains("已扣押", "已返还");
		browser.click("visit-print-view");
		browser.waitForText("visit-print", "使用管理登记表");
		assertThat(browser.byTestId("visit-print").getText()).contains(suspect, "华为手机", "LX-2026-000123", "示范市看守所", code);
		browser.screenshot("custody-08-printable-record");
	}

	@Test
	@Order(11)
	void theBoardNoLongerShowsThePersonAfterTheExit() throws Exception {
		browser.open("/custody?center=" + center);
		browser.byTestId("page-custody-board");
		browser.byTestId("board-rooms");
		browser.wait.until(d -> !browser.byTestId("board-people").getText().contains(suspect));
		assertThat(browser.byTestId("board-room-" + room).getText()).doesNotContain(suspect);
		browser.screenshot("custody-09-board-after-exit");
	}

	@Test
	@Order(12)
	void theWorkbenchListsTheClearedAlarmAmongTodaysCleared() throws Exception {
		browser.open("/");
		browser.byTestId("page-workbench");
		browser.click("wb-alerts-tab");
		browser.byTestId("wb-alerts");
		browser.wait.until(d -> !browser.byTestId("wb-alerts").getText().contains(suspect + " 无人看管"));
		browser.click("wb-alerts-include-cleared");
		WebElement row = browser.row("wb-alerts", suspect + " 无人看管", "已解除", "条件已消除");
		assertThat(browser.textOf(row)).contains("已解除", "条件已消除");
		browser.screenshot("custody-10-workbench-cleared");
	}

	@Test
	@Order(13)
	void theFiguresShowTheStationsAdmissionsAndEntryRate() throws Exception {
		browser.open("/custody");
		browser.click("board-figures");
		browser.byTestId("page-custody-figures");
		WebElement row = browser.row("figures-table", "城关派出所", "%");
		assertThat(browser.textOf(row)).contains("%").containsPattern("\\d+小时|\\d+分");
		browser.screenshot("custody-11-figures");
	}
}
