package org.zhifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.cases.Case;
import org.zhifa.cases.CaseFixtures;
import org.zhifa.cases.CaseManagement;

/**
 * 涉案财物 in headless Chromium, the walk of issue 6: the case officer of 城关派出所 ({@code officer}) registers a phone
 * seized in his case on the case's 涉案财物 tab and prints its QR label; the 涉案财物管理员 ({@code custodian}) checks it
 * in by typing its code into the scan box at a cabinet of the 电子物证库; the officer asks to take it out for 鉴定, the
 * 所长 ({@code head}) approves, the custodian hands it out and takes it back with the condition checked; the item page
 * then shows the six events of its custody chain and the verification passing. Screenshots {@code property-NN-*}.
 */
@BrowserTest(screenshots = "property")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PropertyBrowserTest {

	@Autowired
	CaseManagement cases;

	@Autowired
	JdbcClient jdbc;

	Browser browser;
	Case theCase;
	String officerBadge;
	String itemUrl;
	String code;

	@BeforeAll
	void openACase() {
		theCase = new CaseFixtures(cases, jdbc).criminal("城关派出所", 1);
		officerBadge = jdbc.sql("SELECT o.badge_number FROM officer o JOIN account a ON a.officer_id = o.id WHERE a.username = 'officer'")
			.query(String.class).single();
	}

	@Test
	@Order(1)
	void theOfficerSeizesAPhoneUnderTheCase() throws Exception {
		browser.signIn("officer");
		browser.open("/cases/" + theCase.id());
		browser.byTestId("page-case");
		browser.tab("property");
		browser.click("property-register");
		browser.byTestId("property-dialog");
		browser.choose("property-category", "手机及电子设备");
		browser.type("property-description", "黑色华为Mate手机一部（IMEI 861234567890123）");
		browser.type("property-unit", "部");
		browser.type("property-value", "2999");
		browser.type("property-holder", "孙某");
		browser.type("property-document", "城公（刑）扣字〔2026〕12号");
		browser.screenshot("property-01-register");
		browser.click("property-submit");
		browser.byTestId("page-property-item");
		browser.waitForText("item-code", "CW");
		code = browser.byTestId("item-code").getText().strip();
		assertThat(browser.byTestId("item-status").getText()).contains("待移交");
		assertThat(browser.byTestId("item-info").getText()).contains("扣押", "孙某", "城公（刑）扣字〔2026〕12号", theCase.number());
		browser.waitForText("chain-result", "校验通过");
		itemUrl = browser.driver.getCurrentUrl().replaceAll("^https?://[^/]+", "");
		browser.screenshot("property-02-registered");
	}

	@Test
	@Order(2)
	void theLabelOpensAsAPdf() throws Exception {
		String main = browser.driver.getWindowHandle();
		List<String> before = new ArrayList<>(browser.driver.getWindowHandles());
		browser.click("item-label");
		browser.wait.until(d -> d.getWindowHandles().size() > before.size());
		String label = browser.driver.getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst().orElseThrow();
		browser.driver.switchTo().window(label);
		browser.wait.until(d -> d.getCurrentUrl().startsWith("blob:"));
		Object pdf = browser.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(location.href).then(r => r.blob()).then(b => b.arrayBuffer().then(a => {
				  let s = ''; new Uint8Array(a).forEach(x => s += String.fromCharCode(x)); done(b.type + '|' + btoa(s)); }));""");
		assertThat(pdf.toString()).startsWith("application/pdf|");
		byte[] bytes = java.util.Base64.getDecoder().decode(pdf.toString().substring("application/pdf|".length()));
		var reader = new org.openpdf.text.pdf.PdfReader(bytes);
		assertThat(new org.openpdf.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1)).contains(code, "孙某");
		reader.close();
		// headless Chromium shows no PDF viewer: the label is kept beside the screenshots instead
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/property-03-label.pdf"), bytes);
		browser.driver.close();
		browser.driver.switchTo().window(main);
	}

	@Test
	@Order(3)
	void theCustodianChecksItInByScanningTheCode() throws Exception {
		browser.switchTo("custodian");
		browser.click("menu-property");
		browser.byTestId("page-property-store");
		browser.waitForText("pending-table", code);
		cascade("scan-location", "电子物证库", "E-01");
		browser.type("scan-code", code);
		browser.input("scan-code").sendKeys(Keys.ENTER);
		browser.waitForText("scan-log", "在库");
		// the pending list reloads after the check-in: wait for it to drop the item rather than read it once
		browser.wait.until(d -> !browser.byTestId("pending-table").getText().contains(code));
		browser.screenshot("property-04-checked-in");
		browser.open(itemUrl);
		browser.waitForText("item-status", "在库");
		assertThat(browser.byTestId("item-location").getText()).contains("电子物证库", "E-01");
	}

	@Test
	@Order(4)
	void theOfficerAsksToTakeItOutForAppraisalAndTheHeadApproves() throws Exception {
		browser.switchTo("officer");
		browser.open(itemUrl);
		browser.byTestId("loan-form");
		browser.choose("loan-purpose", "鉴定");
		browser.type("loan-reason", "送市局物证鉴定所做电子数据鉴定");
		browser.search("loan-borrower", officerBadge);
		browser.click("loan-submit");
		browser.waitForText("loans-table", "待审批");
		browser.switchTo("head");
		browser.open(itemUrl);
		browser.click("loan-approve");
		browser.waitForText("loans-table", "已批准待出库");
		browser.screenshot("property-05-loan-approved");
	}

	@Test
	@Order(5)
	void theCustodianHandsItOutAndTakesItBackWithTheConditionChecked() throws Exception {
		browser.switchTo("custodian");
		browser.open(itemUrl);
		browser.click("loan-hand-out");
		browser.waitForText("item-status", "调用中");
		browser.click("loan-return");
		browser.waitForText("loans-table", "查验完好");
		browser.waitForText("item-status", "在库");
		browser.screenshot("property-06-returned");
	}

	@Test
	@Order(6)
	void theChainOfTheItemVerifies() throws Exception {
		browser.click("chain-verify");
		browser.waitForText("chain-result", "6 条");
		assertThat(browser.byTestId("chain-result").getText()).contains("校验通过");
		assertThat(browser.byTestId("chain").getText()).contains("登记", "入库", "申请调用", "批准调用", "出库调用", "调用归还");
		browser.screenshot("property-07-chain-verified");
	}

	/** Picks a store and then one of its locations in an el-cascader. */
	private void cascade(String testId, String store, String location) {
		browser.byTestId(testId).click();
		for (String label : List.of(store, location)) {
			By node = By.xpath("//*[contains(@class,'el-cascader-node__label')][not(ancestor::*[contains(@style,'display: none')])]"
					+ "[contains(normalize-space(.),'" + label + "')]");
			WebElement choice = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(node));
			browser.driver.executeScript("arguments[0].click();", choice);
		}
		browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".el-cascader__dropdown")));
	}
}
