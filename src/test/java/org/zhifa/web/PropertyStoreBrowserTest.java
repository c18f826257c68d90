package org.zhifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.DemoActors;
import org.zhifa.TestActors;
import org.zhifa.cases.Case;
import org.zhifa.cases.CaseFixtures;
import org.zhifa.cases.CaseManagement;
import org.zhifa.property.Category;
import org.zhifa.property.CheckIn;
import org.zhifa.property.Measure;
import org.zhifa.property.NewPropertyItem;
import org.zhifa.property.PropertyItem;
import org.zhifa.property.Registration;
import org.zhifa.property.StoreLocation;
import org.zhifa.property.Stores;

/**
 * The 涉案财物管理员's side of 涉案财物 in headless Chromium, what {@link PropertyBrowserTest} does not walk. Three items are
 * seized under a case of 城关派出所 (registered through the service: the registration page is PropertyBrowserTest's); one of
 * them is already kept at a shelf of the seeded 中心库. As {@code custodian}: (1) a sub-store of the 中心库 with a new shelf,
 * (2) two items checked in to that shelf by scanning their codes, (3) an inventory of the shelf that scans one of them and
 * the item kept elsewhere — one missing, one unexpected, (4) 随案移交 of the present item's paperwork to the 检察院: the item
 * stays on the shelf and its chain says where the paperwork went. Then (5) the case officer asks for the other item to be
 * returned (返还) through 审核审批, (6) 法制员, 所长 and 局领导 sign as the PROPERTY_DISPOSAL policy routes it, and (7) the item
 * is 已处置 with the approval's number on its chain, which verifies. Screenshots {@code property-store-NN-*}.
 */
@BrowserTest(screenshots = "property-store")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PropertyStoreBrowserTest {

	@Autowired
	CaseManagement cases;

	@Autowired
	Registration registration;

	@Autowired
	CheckIn checkIn;

	@Autowired
	Stores stores;

	@Autowired
	JdbcClient jdbc;

	Browser browser;
	final String tag = UUID.randomUUID().toString().substring(0, 4).toUpperCase();
	final String store = "刑事物证分库" + tag;
	final String shelf = "S-" + tag;
	PropertyItem phone;
	PropertyItem bicycle;
	PropertyItem elsewhere;
	String elsewhereAt;
	String number;
	UUID requestId;

	@BeforeAll
	void seizeThreeItems() {
		Case theCase = new CaseFixtures(cases, jdbc).criminal("城关派出所", 1);
		phone = seize(theCase, Category.ELECTRONIC, "黑色小米手机一部", "部", "城公（刑）扣字〔2026〕31号");
		bicycle = seize(theCase, Category.ORDINARY, "蓝色捷安特自行车一辆", "辆", "城公（刑）扣字〔2026〕32号");
		elsewhere = seize(theCase, Category.ORDINARY, "棕色皮质钱包一个", "个", "城公（刑）扣字〔2026〕33号");
		TestActors.runAs(DemoActors.account(jdbc, "custodian"), () -> {
			StoreLocation seeded = stores.list().stream().filter(s -> s.name().equals("一般物品库")).findFirst().orElseThrow().locations().getFirst();
			checkIn.checkIn(elsewhere.code(), seeded.id(), null);
			elsewhereAt = seeded.code();
		});
	}

	@Test
	@Order(1)
	void theCustodianAddsASubStoreWithAShelf() throws Exception {
		browser.signIn("custodian");
		browser.click("menu-property");
		browser.byTestId("page-property-store");
		browser.byTestId("stores-panel");
		browser.type("store-name", store);
		browser.choose("store-kind", "一般物品库");
		browser.choose("store-parent", "中心库");
		browser.click("store-create");
		browser.waitForText("stores-table", store);
		browser.choose("location-store", store);
		browser.type("location-code", shelf);
		browser.choose("location-kind", "货架");
		browser.click("location-add");
		browser.row("stores-table", store, shelf);
		assertThat(browser.textOf(browser.row("stores-table", store))).contains("└ " + store + "（一般物品库）", shelf + " 货架");
		browser.screenshot("property-store-01-sub-store");
	}

	@Test
	@Order(2)
	void twoItemsAreCheckedInToTheShelfByTheirCodes() throws Exception {
		browser.waitForText("pending-table", phone.code());
		// the store and shelf added a moment ago can be picked without reloading the page
		browser.cascade("scan-location", store, shelf);
		for (PropertyItem item : List.of(phone, bicycle)) {
			browser.type("scan-code", item.code());
			browser.input("scan-code").sendKeys(Keys.ENTER);
			assertThat(browser.textOf(browser.row("scan-log", item.code(), "在库"))).contains(item.description(), "成功");
		}
		browser.wait.until(d -> !browser.byTestId("pending-table").getText().contains(phone.code())
				&& !browser.byTestId("pending-table").getText().contains(bicycle.code()));
		browser.screenshot("property-store-02-checked-in");
	}

	@Test
	@Order(3)
	void theInventoryOfTheShelfReportsAMissingAndAnUnexpectedItem() throws Exception {
		browser.cascade("inventory-location", store, shelf);
		browser.type("inventory-codes", phone.code() + "\n" + elsewhere.code());
		browser.click("inventory-submit");
		browser.waitForText("inventory-result", shelf);
		assertThat(browser.byTestId("inventory-present").getText()).isEqualTo(phone.code());
		assertThat(browser.byTestId("inventory-missing").getText()).isEqualTo(bicycle.code());
		assertThat(browser.byTestId("inventory-unexpected").getText()).isEqualTo(elsewhere.code());
		browser.screenshot("property-store-03-inventory");
	}

	@Test
	@Order(4)
	void thePhonesPaperworkGoesWithTheCaseToTheProcuratorateWhileThePhoneStays() throws Exception {
		browser.open("/property/items/" + phone.id());
		browser.waitForText("item-code", phone.code());
		browser.byTestId("transfer-form");
		browser.type("transfer-agency", "示范市东城区人民检察院");
		browser.type("transfer-document", "城公（刑）移送字〔2026〕8号");
		assertThat(browser.input("transfer-physical").isSelected()).as("paperwork only").isFalse();
		browser.click("transfer-submit");
		browser.waitForText("item-transfer", "示范市东城区人民检察院");
		assertThat(browser.byTestId("item-transfer").getText()).contains("城公（刑）移送字〔2026〕8号");
		assertThat(browser.byTestId("item-status").getText()).contains("在库");
		assertThat(browser.byTestId("item-location").getText()).contains(store, shelf);
		browser.waitForText("chain", "随案移交");
		assertThat(browser.byTestId("chain").getText()).contains("文书：城公（刑）移送字〔2026〕8号",
				"接收单位：示范市东城区人民检察院（仅移交手续，实物未移交）");
		// what is left to hand over is the item itself: the form says so instead of offering the paperwork again
		assertThat(browser.byTestId("transfer-form").getText()).contains("实物随案移交（手续已移交）");
		assertThat(browser.all(Browser.testId("transfer-physical"))).isEmpty();
		browser.screenshot("property-store-04-transfer-paperwork");
	}

	@Test
	@Order(5)
	void theOfficerAsksForTheBicycleToBeReturnedThroughApproval() throws Exception {
		browser.switchTo("officer");
		browser.open("/property/items/" + bicycle.id());
		browser.waitForText("item-code", bicycle.code());
		browser.byTestId("disposal-form");
		browser.choose("disposal-method", "返还");
		browser.type("disposal-reasons", "经查该自行车系被害人合法财产，与案件无关，呈请返还");
		browser.screenshot("property-store-05-disposal-request");
		browser.click("disposal-submit");
		browser.byTestId("page-approval");
		browser.waitForText("approval-state", "审批中");
		number = browser.byTestId("approval-number").getText();
		requestId = UUID.fromString(browser.driver.getCurrentUrl().replaceAll(".*/approvals/", ""));
		assertThat(browser.byTestId("approval-steps").getText()).contains("法制员审核", "办案部门负责人审核", "公安机关负责人审批")
			.doesNotContain("法制部门审核");
		// the approvers read the method in the report, not only in the officer's own words
		assertThat(browser.byTestId("approval-report").getText()).contains("拟返还：" + bicycle.code());
	}

	@Test
	@Order(6)
	void theLegalOfficerTheHeadAndTheBureauLeaderSign() throws Exception {
		browser.signApproval("legal", requestId, number, "财物权属清楚，同意返还");
		browser.signApproval("head", requestId, number, "同意");
		browser.signApproval("branchleader", requestId, number, "同意返还");
		browser.waitForText("approval-state", "已批准");
		browser.screenshot("property-store-06-approved");
	}

	@Test
	@Order(7)
	void theBicycleIsDisposedOfWithTheApprovalNumberOnItsChainWhichVerifies() throws Exception {
		browser.switchTo("custodian");
		browser.open("/property/items/" + bicycle.id());
		browser.waitForText("item-status", "已处置");
		browser.waitForText("chain", "处置");
		assertThat(browser.byTestId("chain").getText()).contains("登记", "入库", "文书：审批 " + number, "处置方式：返还");
		browser.click("chain-verify");
		browser.waitForText("chain-result", "3 条");
		assertThat(browser.byTestId("chain-result").getText()).contains("校验通过");
		browser.screenshot("property-store-07-disposed");
	}

	private PropertyItem seize(Case theCase, Category category, String description, String unit, String document) {
		return TestActors.callAs(DemoActors.account(jdbc, "officer"), () -> registration.register(new NewPropertyItem(theCase.id(),
				Measure.SEIZURE, category, description, BigDecimal.ONE, unit, null, List.of(), "孙某" + tag, null, document, null,
				Instant.now().minusSeconds(3600), theCase.officerIds())));
	}
}
