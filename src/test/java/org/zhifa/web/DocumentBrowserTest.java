package org.zhifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
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
import org.zhifa.document.LegalDocument;
import org.zhifa.document.NewDocument;

/**
 * A case officer of 城关派出所 and the documents of the unit, in a real headless Chromium: (1) the 法律文书 list shows a
 * 拘留证 issued (as approval will) through the Java API, (2) its detail shows the fields and the signed PDF, (3) the
 * officer records that it was served, (4) 文书验真 accepts the downloaded PDF as 真实有效 and (5) rejects a copy with
 * one changed byte as 验证失败, naming why. Screenshots {@code document-01…} under {@code target/screenshots}.
 */
@BrowserTest(screenshots = "document")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocumentBrowserTest {

	@Autowired
	DocumentIssuing issuing;

	@Autowired
	JdbcClient jdbc;

	Browser browser;
	LegalDocument warrant;
	Path pdf;

	@BeforeAll
	void issueAWarrant() throws Exception {
		UUID station = jdbc.sql("SELECT id FROM unit WHERE name = '城关派出所'").query(UUID.class).single();
		UUID head = jdbc.sql("SELECT officer_id FROM account WHERE username = 'head'").query(UUID.class).single();
		warrant = issuing.issue(NewDocument.of("DETENTION_WARRANT", station, UUID.randomUUID(), "A3301002026030001 张某涉嫌盗窃案",
				Map.of("person", "张某", "gender", "男", "birthDate", "1990年5月12日", "address", "示范市东城区幸福路12号",
						"offence", "盗窃罪", "legalBasis", "《中华人民共和国刑事诉讼法》第八十二条第一项", "custodyPlace", "示范市看守所"),
				head));
		pdf = Files.createTempFile("document-", ".pdf");
		Files.write(pdf, jdbc.sql("SELECT pdf FROM legal_document WHERE id = ?").param(warrant.id()).query(byte[].class).single());
	}

	@AfterAll
	void deletePdf() throws Exception {
		Files.deleteIfExists(pdf);
	}

	@Test
	@Order(1)
	void theListShowsTheIssuedDocument() throws Exception {
		browser.open("/login");
		browser.type("login-username", "officer");
		browser.type("login-password", "Zhifa@2026");
		browser.click("login-submit");
		browser.byTestId("page-home");
		browser.click("menu-documents");
		browser.byTestId("page-documents");
		browser.waitForText("documents-table", warrant.number());
		assertThat(browser.byTestId("documents-table").getText()).contains("拘留证", "张某涉嫌盗窃案");
		browser.screenshot("document-01-list");
	}

	@Test
	@Order(2)
	void theDetailShowsTheFieldsAndTheSignedPdf() throws Exception {
		browser.click("document-link-" + warrant.id());
		browser.waitForText("document-number", warrant.number());
		assertThat(browser.byTestId("document-info").getText()).contains("被拘留人", "张某", "盗窃罪", warrant.sm3());
		assertThat(browser.byTestId("document-pdf").getAttribute("src")).startsWith("blob:");
		Thread.sleep(1500); // let the PDF viewer paint
		browser.screenshot("document-02-detail");
	}

	@Test
	@Order(3)
	void theOfficerRecordsTheService() throws Exception {
		browser.click("document-serve");
		browser.byTestId("serve-dialog");
		browser.type("serve-recipient", "张某");
		browser.type("serve-note", "本人签收");
		browser.screenshot("document-03-serve-dialog");
		browser.click("serve-submit");
		browser.waitForText("document-services", "当面送达");
		assertThat(browser.byTestId("document-services").getText()).contains("张某", "本人签收");
		browser.screenshot("document-04-served");
	}

	@Test
	@Order(4)
	void theDownloadedPdfVerifiesAsGenuine() throws Exception {
		browser.click("menu-document-verification");
		browser.byTestId("page-document-verification");
		upload(pdf);
		browser.waitForText("verify-result", "真实有效");
		assertThat(browser.byTestId("verify-result").getText()).contains(warrant.number(), warrant.issuerName());
		browser.screenshot("document-05-verified");
	}

	@Test
	@Order(5)
	void aCopyWithOneChangedByteFails() throws Exception {
		byte[] bytes = Files.readAllBytes(pdf);
		bytes[bytes.length / 2] ^= 0x01;
		Path tampered = Files.createTempFile("tampered-", ".pdf");
		try {
			Files.write(tampered, bytes);
			upload(tampered);
			browser.waitForText("verify-result", "验证失败");
			assertThat(browser.byTestId("verify-result").getText()).contains("文件已被改动");
			browser.screenshot("document-06-tampered");
		}
		finally {
			Files.deleteIfExists(tampered);
		}
	}

	@Test
	@Order(6)
	void thePdfItselfOpensInTheBrowser() throws Exception {
		browser.open("/api/documents/" + warrant.id() + "/pdf");
		Thread.sleep(2500);
		browser.screenshot("document-07-pdf");
	}

	private void upload(Path file) {
		browser.driver.findElement(By.cssSelector("[data-testid='verify-upload'] input[type=file]"))
			.sendKeys(file.toAbsolutePath().toString());
	}
}
