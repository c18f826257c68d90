package org.zhifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.DemoActors;
import org.zhifa.TestActors;
import org.zhifa.approval.Approvals;
import org.zhifa.approval.NewSubmission;
import org.zhifa.cases.Case;
import org.zhifa.cases.CaseFixtures;
import org.zhifa.cases.CaseManagement;
import org.zhifa.cases.NewParty;
import org.zhifa.cases.Party;
import org.zhifa.cases.PartyRole;

/**
 * The other ends of a request in headless Chromium: the case officer of 城关派出所 recalls his 刑事拘留 request before anyone
 * has signed (撤回), corrects the facts and resubmits it (重新提交); the 法制员 then refuses it (不予批准) with an opinion, the
 * request ends as 不予批准 with the opinion in its history, and the case has no detention. Screenshots
 * {@code approval-rejection-NN-*}.
 */
@BrowserTest(screenshots = "approval-rejection")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApprovalRejectionBrowserTest {

	@Autowired
	CaseManagement cases;

	@Autowired
	Approvals approvals;

	@Autowired
	JdbcClient jdbc;

	Browser browser;
	Case theCase;
	UUID requestId;
	final String suspect = "郑某" + "甲乙丙丁戊己庚辛壬癸".charAt(UUID.randomUUID().hashCode() & 7);

	@BeforeAll
	void submitADetentionRequest() {
		theCase = new CaseFixtures(cases, jdbc).criminal("城关派出所", 1);
		Party p = cases.addParty(theCase.id(), new NewParty(PartyRole.SUSPECT, suspect, CaseFixtures.citizenId("19880808")), null);
		requestId = TestActors.callAs(DemoActors.account(jdbc, "officer"), () -> approvals.submit(new NewSubmission("CRIMINAL_DETENTION",
				theCase.id(), p.id(), "2026年某日，" + suspect + "在城关路超市盗窃商品。", "需要拘留", "《中华人民共和国刑事诉讼法》第八十二条", null,
				null, false, Map.of(), Map.of("person", suspect, "offence", "盗窃罪", "legalBasis", "《中华人民共和国刑事诉讼法》第八十二条",
						"custodyPlace", "示范市看守所"), List.of(), null))).id();
	}

	@Test
	@Order(1)
	void theSubmitterRecallsTheRequestBeforeAnyoneSignsAndResubmitsItCorrected() throws Exception {
		browser.signIn("officer");
		browser.open("/approvals/" + requestId);
		browser.waitForText("approval-state", "审批中");
		browser.click("approval-recall");
		browser.byTestId("approval-dialog");
		browser.type("approval-reason", "事实部分需补充逃跑情节");
		browser.click("approval-dialog-submit");
		browser.waitForText("approval-state", "退回呈请人");
		browser.click("approval-resubmit");
		browser.byTestId("approval-dialog");
		browser.type("approval-form-facts", "2026年某日，" + suspect + "在城关路超市盗窃商品，被发现后企图逃跑。");
		browser.screenshot("approval-rejection-01-resubmit");
		browser.click("approval-dialog-submit");
		browser.waitForText("approval-state", "审批中");
		browser.waitForText("approval-report", "企图逃跑");
		assertThat(browser.byTestId("approval-history").getText()).contains("事实部分需补充逃跑情节");
	}

	@Test
	@Order(2)
	void theLegalOfficerRefusesItWithAnOpinionAndTheCaseHasNoDetention() throws Exception {
		browser.switchTo("legal");
		browser.open("/approvals/" + requestId);
		browser.waitForText("approval-state", "审批中");
		browser.click("approval-reject");
		browser.byTestId("approval-dialog");
		browser.type("approval-opinion", "现有证据不足以证明其有逃跑行为，不符合刑事诉讼法第八十二条规定的拘留条件");
		browser.click("approval-dialog-submit");
		browser.waitForText("approval-state", "不予批准");
		assertThat(browser.byTestId("approval-history").getText()).contains("不符合刑事诉讼法第八十二条规定的拘留条件");
		assertThat(browser.all(Browser.testId("approval-approve"))).isEmpty();
		browser.screenshot("approval-rejection-02-rejected");
		assertThat(jdbc.sql("SELECT count(*) FROM coercive_measure WHERE case_id = ?").param(theCase.id()).query(Long.class).single()).isZero();
	}
}
