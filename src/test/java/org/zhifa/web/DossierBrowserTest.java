package org.zhifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.document.DocumentIssuing;
import org.zhifa.document.Dossiers;
import org.zhifa.document.LegalDocument;
import org.zhifa.document.NewDocument;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case officer of 城关派出所 and a case's electronic dossier (电子卷宗), in a real headless Chromium: (1) reached from
 * the case's detail page, the 电子卷宗 page shows
 * the 诉讼卷 with its table of contents and pages, (2) the officer exports it and sees the export in the history, (3) after
 * a further document a second export is diffed against the first, (4) the downloaded manifest and PDF verify as 核验通过.
 * Screenshots {@code dossier-01…} under {@code target/screenshots}.
 */
@BrowserTest(screenshots = "dossier")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DossierBrowserTest {

	@Autowired
	DocumentIssuing issuing;

	@Autowired
	Dossiers dossiers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.zhifa.cases.CaseManagement management;

	Browser browser;
	UUID station;
	UUID head;
	UUID caseId;
	LegalDocument filing;
	LegalDocument warrant;
	LegalDocument search;
	static final String LABEL = "A3301002026050002 李某涉嫌盗窃案";

	@BeforeAll
	void issueTheCaseDocuments() {
		caseId = new org.zhifa.cases.CaseFixtures(management, jdbc).criminal("城关派出所", 1).id();
		station = jdbc.sql("SELECT id FROM unit WHERE name = '城关派出所'").query(UUID.class).single();
		head = jdbc.sql("SELECT officer_id FROM account WHERE username = 'head'").query(UUID.class).single();
		filing = issuing.issue(NewDocument.of("FILING_DECISION", station, caseId, LABEL, Map.of("caseName", "李某涉嫌盗窃案", "facts",
				"2026年5月2日幸福路手机被盗", "legalBasis", "《中华人民共和国刑事诉讼法》第一百一十二条", "decision", "立案侦查"), head));
		warrant = issuing.issue(NewDocument.of("DETENTION_WARRANT", station, caseId, LABEL, Map.of("person", "李某", "offence", "盗窃罪",
				"legalBasis", "《中华人民共和国刑事诉讼法》第八十二条", "custodyPlace", "示范市看守所"), head));
		issuing.issue(NewDocument.of("ACCEPTANCE_RECEIPT", station, caseId, LABEL, Map.of("reporter", "钱某", "reportedAt", "2026年5月2日",
				"matter", "手机被盗", "acceptedAt", "2026年5月2日"), head));
	}

	@Test
	@Order(1)
	void thePageShowsTheVolumesWithTheirTableOfContents() throws Exception {
		browser.signIn("officer");
		browser.open("/cases/" + caseId);
		browser.click("case-dossier");
		browser.byTestId("page-dossier");
		browser.waitForText("dossier-items-LITIGATION", filing.number());
		assertThat(browser.byTestId("dossier-items-LITIGATION").getText()).contains("立案决定书", "拘留证", warrant.number())
			.doesNotContain("受案回执");
		assertThat(browser.byTestId("dossier-summary-LITIGATION").getText()).contains("2 件材料", "共 4 页");
		assertThat(browser.byTestId("dossier-volumes").getText()).contains("诉讼卷（2）", "侦查卷（1）");
		browser.screenshot("dossier-01-volumes");
	}

	@Test
	@Order(2)
	void theOfficerExportsTheLitigationVolumeAndSeesItInTheHistory() throws Exception {
		browser.click("dossier-export-LITIGATION");
		browser.waitForText("dossier-exports", "第 1 次");
		assertThat(browser.byTestId("dossier-exports").getText()).contains("诉讼卷", "2 件 / 4 页");
		assertThat(browser.byTestId("dossier-pdf-1-LITIGATION").getAttribute("href")).contains("/dossier/exports/").endsWith("/pdf");
		browser.screenshot("dossier-02-exported");
	}

	@Test
	@Order(3)
	void aSecondExportIsDiffedAgainstTheFirst() throws Exception {
		search = issuing.issue(NewDocument.of("SEARCH_WARRANT", station, caseId, LABEL, Map.of("target", "李某", "place", "幸福路8号",
				"caseName", "李某涉嫌盗窃案"), head));
		browser.open("/cases/" + caseId + "/dossier");
		browser.waitForText("dossier-items-LITIGATION", search.number());
		browser.click("dossier-export-LITIGATION");
		browser.waitForText("dossier-exports", "第 2 次");
		browser.choose("dossier-diff-from", "第1次");
		browser.choose("dossier-diff-to", "第2次");
		browser.click("dossier-diff-run");
		browser.waitForText("dossier-diff-result", "新增 1 件");
		assertThat(browser.byTestId("dossier-diff-result").getText()).contains("搜查证", search.number());
		browser.screenshot("dossier-03-diff");
	}

	@Test
	@Order(4)
	void theDownloadedManifestAndPdfVerify() throws Exception {
		UUID exportId = jdbc.sql("SELECT id FROM dossier_export WHERE case_id = ? AND sequence = 2").param(caseId).query(UUID.class).single();
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
		Path manifest = Files.createTempFile("dossier-manifest-", ".json");
		Path pdf = Files.createTempFile("dossier-", ".pdf");
		try {
			Files.writeString(manifest, JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(dossiers.manifest(exportId)));
			Files.write(pdf, jdbc.sql("SELECT pdf FROM dossier_export WHERE id = ?").param(exportId).query(byte[].class).single());
			browser.driver.findElement(By.cssSelector("[data-testid='dossier-verify-manifest'] input[type=file]"))
				.sendKeys(manifest.toAbsolutePath().toString());
			browser.driver.findElement(By.cssSelector("[data-testid='dossier-verify-pdf'] input[type=file]"))
				.sendKeys(pdf.toAbsolutePath().toString());
			browser.waitForText("dossier-verify-pdf-name", ".pdf");
			browser.click("dossier-verify-run");
			browser.waitForText("dossier-verify-result", "核验通过");
			assertThat(browser.byTestId("dossier-verify-result").getText()).contains("清单签名", "卷宗PDF", "卷内材料", LABEL);
			new org.openqa.selenium.interactions.Actions(browser.driver)
				.scrollToElement(browser.byTestId("dossier-verify-result")).perform();
			browser.screenshot("dossier-04-verified");
		}
		finally {
			Files.deleteIfExists(manifest);
			Files.deleteIfExists(pdf);
		}
	}
}
