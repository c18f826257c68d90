package org.zhifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.DemoActors;
import org.zhifa.TestActors;
import org.zhifa.cases.Case;
import org.zhifa.cases.CaseFixtures;
import org.zhifa.cases.CaseManagement;
import org.zhifa.custody.Admissions;
import org.zhifa.custody.CustodyQueries;
import org.zhifa.custody.Questioning;
import org.zhifa.custody.QuestioningFixtures;
import org.zhifa.custody.QuestioningSession;
import org.zhifa.custody.Room;
import org.zhifa.custody.RoomKind;
import org.zhifa.custody.Rooms;
import org.zhifa.custody.VisitSteps;
import org.zhifa.evidence.DeviceKind;
import org.zhifa.evidence.Devices;
import org.zhifa.property.Category;
import org.zhifa.property.Measure;
import org.zhifa.property.NewPropertyItem;
import org.zhifa.property.PropertyItem;
import org.zhifa.property.Registration;

/**
 * Recordings in headless Chromium: a suspect was questioned in a fresh 讯问室 of the 执法办案管理中心 an hour ago, and the
 * room's recorder is registered. {@code custody} (办案中心管理员) uploads the room's file — a real WebM the browser itself
 * records from a canvas, picked through the file input — and the recording links itself to the session, saying how (room
 * and time, overlap); the page plays it back; the session's coverage shows 全程覆盖. The case officer then records 证据 on
 * the case page, choosing the seized phone by its code and the recording by its number. Screenshots {@code evidence-NN-*}.
 */
@BrowserTest(screenshots = "evidence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvidenceBrowserTest {

	@Autowired
	CaseManagement cases;

	@Autowired
	Rooms rooms;

	@Autowired
	Admissions admissions;

	@Autowired
	VisitSteps steps;

	@Autowired
	Questioning questioning;

	@Autowired
	CustodyQueries custody;

	@Autowired
	Devices devices;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Registration registration;

	Browser browser;
	Case theCase;
	PropertyItem item;
	QuestioningSession session;
	String deviceCode;
	final String suspect = "孙某" + "甲乙丙丁戊己庚辛".charAt(UUID.randomUUID().hashCode() & 7);

	@BeforeAll
	void aQuestionedSuspectAndTheRoomsRecorder() {
		CaseFixtures fixtures = new CaseFixtures(cases, jdbc);
		theCase = fixtures.criminal("城关派出所", 1);
		UUID center = fixtures.unit("执法办案管理中心");
		String tag = UUID.randomUUID().toString().substring(0, 6);
		Room room = rooms.create(center, "讯问室-" + tag, RoomKind.INTERROGATION, 1);
		deviceCode = "RR-" + tag;
		devices.register(deviceCode, DeviceKind.ROOM_RECORDER, null, room.id(), room.name() + " 同步录音录像");
		Instant start = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
		session = new QuestioningFixtures(admissions, steps, questioning, custody, cases, jdbc).questioned(theCase, suspect, center, room.id(), start,
				start.plus(Duration.ofHours(1)));
		TestActors.runAs(DemoActors.account(jdbc, "officer"), () -> item = registration.register(new NewPropertyItem(theCase.id(), Measure.SEIZURE,
				Category.ELECTRONIC, "黑色手机一部", BigDecimal.ONE, "部", null, List.of(), suspect, null, "城公（刑）扣字〔2026〕77号", null,
				Instant.now().minusSeconds(600), theCase.officerIds())));
	}

	@Test
	@Order(1)
	void theCentreUploadsTheRoomsRecordingAndItLinksItselfToTheSession() throws Exception {
		browser.signIn("custody");
		Path video = recordAWebmInTheBrowser();
		browser.click("menu-recordings");
		browser.byTestId("page-recordings");
		browser.click("recordings-upload");
		browser.byTestId("upload-dialog");
		browser.choose("upload-device", deviceCode);
		browser.typeTime("upload-start", session.startedAt().minusSeconds(60));
		browser.typeTime("upload-end", session.endedAt().plusSeconds(60));
		browser.type("upload-location", "执法办案管理中心");
		browser.driver.findElement(Browser.testId("upload-file")).sendKeys(video.toAbsolutePath().toString());
		browser.screenshot("evidence-01-upload");
		browser.click("upload-submit");

		browser.byTestId("page-recording");
		browser.waitForText("recording-link-status", "已关联 · 自动");
		assertThat(browser.byTestId("recording-target").getText()).contains(suspect, "讯问");
		assertThat(browser.byTestId("recording-link-reason").getText()).contains("自动关联", "房间一致", "时间重叠 1小时");
		assertThat(browser.byTestId("recording-coverage").getText()).contains("全程覆盖");
		// the SM3 seal follows the upload from the stored file; the page shows it once it is there
		browser.waitForText("recording-sm3", sm3(Files.readAllBytes(video)));
		// the browser plays what it recorded, fetched back through the ranged content endpoint
		WebElement player = browser.byTestId("recording-player");
		browser.wait.until(d -> ((Number) browser.driver.executeScript("return arguments[0].readyState", player)).intValue() >= 1);
		assertThat(browser.driver.executeScript("return arguments[0].error", player)).isNull();
		assertThat((Long) browser.driver.executeScript("return arguments[0].videoWidth", player)).isEqualTo(320L);
		browser.screenshot("evidence-02-linked");
		assertThat(jdbc.sql("SELECT recording_file FROM custody_questioning WHERE id = ?").param(session.id()).query(String.class).single())
			.startsWith("视音频 LX");
	}

	@Test
	@Order(2)
	void theListShowsTheLinkAndTheCoverageCheckHasNoFindingForTheSession() throws Exception {
		browser.click("menu-recordings");
		browser.byTestId("page-recordings");
		WebElement row = browser.row("recordings-table", deviceCode, "已关联 · 自动", suspect);
		assertThat(browser.textOf(row)).contains("已关联 · 自动", suspect);
		browser.screenshot("evidence-03-list");
		browser.driver.findElement(By.xpath("//div[contains(@class,'el-tabs__item')][contains(.,'覆盖检查')]")).click();
		browser.byTestId("coverage-table");
		browser.click("coverage-findings-only");
		browser.driver.findElement(By.xpath("//*[@data-testid='coverage']//button[contains(.,'查询')]")).click();
		String covered = browser.textOf(browser.row("coverage-table", suspect, "覆盖"));
		assertThat(covered).contains("全程覆盖", "1 段").doesNotContain("未全程覆盖");
		browser.screenshot("evidence-04-coverage");
	}

	@Test
	@Order(3)
	void theCaseOfficerRecordsEvidenceChoosingTheItemAndTheRecordingByTheirNumbers() throws Exception {
		String recording = jdbc.sql("SELECT number FROM evidence_recording WHERE target_id = ?").param(session.id()).query(String.class).single();
		browser.switchTo("officer");
		browser.open("/cases/" + theCase.id());
		browser.tab("evidence");
		browser.click("evidence-add");
		browser.byTestId("evidence-dialog");
		browser.choose("evidence-kind", "物证");
		browser.type("evidence-title", "黑色手机一部");
		browser.type("evidence-source", "现场扣押");
		browser.choose("evidence-item", item.code());
		browser.screenshot("evidence-05-form");
		browser.click("evidence-submit");
		browser.waitForText("evidence-table", "涉案财物 " + item.code());

		browser.click("evidence-add");
		browser.choose("evidence-kind", "视听资料");
		browser.type("evidence-title", "讯问同步录音录像");
		browser.type("evidence-source", "执法办案管理中心");
		browser.choose("evidence-recording", recording);
		browser.click("evidence-submit");
		browser.waitForText("evidence-table", "录像 " + recording);
		browser.screenshot("evidence-06-list");
		assertThat(jdbc.sql("SELECT property_item_code FROM evidence_record WHERE case_id = ? AND kind = 'PHYSICAL'").param(theCase.id())
			.query(String.class).single()).isEqualTo(item.code());
	}

	/** Chromium records 1.5 s of a drawn canvas with MediaRecorder (VP8 WebM); the test keeps the bytes as a file to upload. */
	private Path recordAWebmInTheBrowser() throws Exception {
		browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
		String base64 = (String) browser.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const canvas = document.createElement('canvas');
				canvas.width = 320; canvas.height = 240;
				const g = canvas.getContext('2d');
				const stream = canvas.captureStream(25);
				const recorder = new MediaRecorder(stream, { mimeType: 'video/webm;codecs=vp8' });
				const parts = [];
				recorder.ondataavailable = (e) => parts.push(e.data);
				recorder.onstop = () => {
				  const reader = new FileReader();
				  reader.onload = () => done(reader.result.split(',')[1]);
				  reader.readAsDataURL(new Blob(parts, { type: 'video/webm' }));
				};
				let frame = 0;
				const timer = setInterval(() => {
				  g.fillStyle = frame % 2 ? '#1d3557' : '#457b9d'; g.fillRect(0, 0, 320, 240);
				  g.fillStyle = '#fff'; g.font = '28px sans-serif'; g.fillText('讯问室 ' + frame++, 40, 130);
				}, 40);
				recorder.start(250);
				setTimeout(() => { clearInterval(timer); recorder.stop(); }, 1500);
				""");
		Path file = Files.createTempDirectory("zhifa-evidence").resolve("interrogation.webm");
		Files.write(file, Base64.getDecoder().decode(base64));
		assertThat(Files.size(file)).isGreaterThan(1000);
		return file;
	}

	private static String sm3(byte[] content) {
		org.bouncycastle.crypto.digests.SM3Digest d = new org.bouncycastle.crypto.digests.SM3Digest();
		d.update(content, 0, content.length);
		byte[] out = new byte[32];
		d.doFinal(out, 0);
		return java.util.HexFormat.of().formatHex(out);
	}
}
