package org.zhifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.supervision.ReviewState;
import org.zhifa.supervision.StalledCases;

/**
 * 挂案清理 in the browser: the sweep flags a case of the demo officer that has not moved since 2025; the officer signs in,
 * finds it under 挂案清理 with its due time, explains the delay and extends it; the review leaves the 待说明 list.
 */
@BrowserTest(screenshots = "stalled")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StalledCaseBrowserTest {

	@Autowired
	StalledCases stalledCases;

	@Autowired
	JdbcClient jdbc;

	Browser browser;

	@Test
	void anOfficerExplainsAStalledCaseAndExtendsIt() throws Exception {
		UUID officer = jdbc.sql("SELECT officer_id FROM account WHERE username = 'officer'").query(UUID.class).single();
		UUID station = jdbc.sql("SELECT id FROM unit WHERE name = '城关派出所'").query(UUID.class).single();
		UUID caseId = UUID.randomUUID();
		stalledCases.recordActivity(caseId, "刑事案件 A2025城关00017 李某诈骗案", station, List.of(officer),
				Instant.parse("2025-09-01T02:00:00Z"), "立案");
		stalledCases.sweep(Instant.now());

		browser.signIn("officer");
		browser.click("menu-stalled-cases");
		browser.byTestId("page-stalled-cases");
		browser.waitForText("stalled-table", "李某诈骗案");
		browser.waitForText("stalled-table", "待说明");
		browser.screenshot("stalled-01-list");

		browser.click("stalled-explain");
		browser.type("stalled-reason", "涉案资金流向需银行协查，已发函，预计一个月内回复");
		browser.type("stalled-days", "30");
		browser.screenshot("stalled-02-explain");
		browser.click("stalled-explain-submit");
		browser.waitForText("stalled-table", "已说明延期");
		browser.waitForText("stalled-table", "银行协查");
		browser.screenshot("stalled-03-extended");

		assertThat(stalledCases.ofCase(caseId).getFirst().state()).isEqualTo(ReviewState.EXTENDED);
		assertThat(browser.all(By.xpath("//*[contains(text(),'李某诈骗案')]"))).isNotEmpty();
	}
}
