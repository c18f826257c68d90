package org.zhifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

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
import org.zhifa.cases.NewParty;
import org.zhifa.cases.PartyRole;

/**
 * A 刑事拘留 request through its four levels in headless Chromium, every step through the UI (the case and its suspect
 * are opened through the services): (1) the case officer of 城关派出所 opens the case, 呈请审批 → 刑事拘留 for the
 * suspect, writes the report and the 拘留证 draft and submits; (2) the 法制员 finds it in 待我审批 and signs, (3) the 所长
 * signs, (4) 东城分局法制大队 returns it to 法制员审核 with an opinion, (5) the 法制员 and the 所长 sign again and the
 * reviewer signs, (6) the 局领导 signs: 已批准 with a 拘字 文号; (7) the issued 拘留证 opens with its PDF and the case
 * shows the 刑事拘留. Screenshots {@code approval-NN-*} under {@code target/screenshots}.
 */
@BrowserTest(screenshots = "approval")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApprovalBrowserTest {

	@Autowired
	CaseManagement cases;

	@Autowired
	JdbcClient jdbc;

	Browser browser;
	Case theCase;
	final String suspect = "吴某" + "甲乙丙丁戊己庚辛壬癸".charAt(UUID.randomUUID().hashCode() & 7);
	String number;
	UUID requestId;

	@BeforeAll
	void openACase() {
		theCase = new CaseFixtures(cases, jdbc).criminal("城关派出所", 1);
		cases.addParty(theCase.id(), new NewParty(PartyRole.SUSPECT, suspect, CaseFixtures.citizenId("19870415")), null);
	}

	@Test
	@Order(1)
	void theOfficerSubmitsADetentionRequestFromTheCasePage() throws Exception {
		browser.signIn("officer");
		browser.open("/cases/" + theCase.id());
		browser.byTestId("page-case");
		browser.click("case-submit-approval");
		browser.byTestId("submission-dialog");
		browser.choose("submission-type", "刑事拘留");
		browser.waitForText("submission-party", suspect);
		browser.type("submission-facts", "2026年3月，" + suspect + "在城关路超市盗窃商品，被当场抓获，企图逃跑。");
		browser.type("submission-reasons", "犯罪后企图逃跑，有刑事诉讼法第八十二条第（四）项情形，需要拘留");
		browser.type("submission-basis", "《中华人民共和国刑事诉讼法》第八十二条");
		assertThat(browser.input("submission-field-person").getAttribute("value")).isEqualTo(suspect);
		assertThat(browser.input("submission-field-offence").getAttribute("value")).isNotBlank();
		browser.type("submission-field-legalBasis", "《中华人民共和国刑事诉讼法》第八十二条第四项");
		browser.type("submission-field-custodyPlace", "示范市看守所");
		browser.screenshot("approval-01-submission");
		browser.click("submission-submit");
		browser.byTestId("page-approval");
		browser.waitForText("approval-state", "审批中");
		number = browser.byTestId("approval-number").getText();
		requestId = UUID.fromString(browser.driver.getCurrentUrl().replaceAll(".*/approvals/", ""));
		assertThat(browser.byTestId("approval-steps").getText()).contains("法制员审核", "办案部门负责人审核", "法制部门审核",
				"公安机关负责人审批");
		assertThat(browser.byTestId("approval-report").getText()).contains(suspect, "企图逃跑");
		assertThat(browser.byTestId("approval-draft").isDisplayed()).isTrue();
	}

	@Test
	@Order(2)
	void theLegalOfficerFindsItInTheInboxAndSigns() throws Exception {
		browser.switchTo("legal");
		browser.click("menu-approvals");
		browser.byTestId("page-approvals");
		browser.waitForText("approval-table", number);
		assertThat(browser.byTestId("approval-table").getText()).contains("刑事拘留");
		browser.screenshot("approval-02-inbox");
		browser.click("approval-row-" + number);
		browser.waitForText("approval-number", number);
		approve("事实清楚，同意呈报");
	}

	@Test
	@Order(3)
	void theHeadSigns() throws Exception {
		signAs("head", "同意");
	}

	@Test
	@Order(4)
	void theBureauReviewerReturnsItToTheLegalOfficer() throws Exception {
		browser.switchTo("branchreviewer");
		browser.open("/approvals/" + requestId);
		browser.waitForText("approval-waiting", "法制部门审核");
		browser.click("approval-return");
		browser.choose("approval-return-to", "法制员审核");
		browser.type("approval-opinion", "证据清单缺少被害人陈述，请法制员复核");
		browser.click("approval-dialog-submit");
		closed();
		browser.waitForText("approval-history", "证据清单缺少被害人陈述");
		browser.waitForText("approval-waiting", "第 1 环节 法制员审核");
	}

	@Test
	@Order(5)
	void theChainIsSignedAgainUpToTheBureauReviewer() throws Exception {
		signAs("legal", "已补充被害人陈述，同意");
		signAs("head", "同意");
		signAs("branchreviewer", "符合刑事诉讼法第八十二条规定，同意拘留");
		browser.screenshot("approval-03-detail-with-history");
	}

	@Test
	@Order(6)
	void theBureauLeaderApprovesAndTheWarrantIsIssued() throws Exception {
		signAs("branchleader", "同意拘留");
		browser.waitForText("approval-state", "已批准");
		browser.waitForText("approval-document-link", "拘字");
		assertThat(browser.byTestId("approval-history").getText()).contains("退回", "证据清单缺少被害人陈述", "同意拘留");
		browser.screenshot("approval-04-approved");
	}

	@Test
	@Order(7)
	void theIssuedWarrantOpensWithItsPdfAndTheCaseShowsTheDetention() throws Exception {
		String documentNumber = browser.byTestId("approval-document-link").getText();
		browser.click("approval-document-link");
		browser.waitForText("document-number", documentNumber);
		assertThat(browser.byTestId("document-info").getText()).contains("拘留证", suspect, "示范市看守所");
		browser.wait.until(ExpectedConditions.attributeContains(Browser.testId("document-pdf"), "src", "blob:"));
		Thread.sleep(1500); // let the PDF viewer paint
		browser.screenshot("approval-05-document");
		browser.open("/cases/" + theCase.id());
		browser.byTestId("page-case");
		browser.tab("measures");
		browser.waitForText("measure-CRIMINAL_DETENTION", suspect);
		assertThat(browser.byTestId("measure-CRIMINAL_DETENTION").getText()).contains("刑事拘留", "执行中");
		browser.tab("approvals");
		browser.waitForText("case-approval-table", number);
		assertThat(browser.byTestId("case-approval-table").getText()).contains("已批准", documentNumber);
		browser.screenshot("approval-06-case");
	}

	private void signAs(String username, String opinion) {
		browser.switchTo(username);
		browser.open("/approvals/" + requestId);
		browser.waitForText("approval-number", number);
		approve(opinion);
	}

	private void approve(String opinion) {
		browser.click("approval-approve");
		browser.type("approval-opinion", opinion);
		browser.click("approval-dialog-submit");
		closed();
		browser.waitForText("approval-history", opinion);
	}

	private void closed() {
		browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(Browser.testId("approval-dialog")));
	}
}
