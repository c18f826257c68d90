package org.zhifa.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.zhifa.IntegrationTest;
import org.zhifa.TestActors;
import org.zhifa.TrailReader;
import org.zhifa.UnitFixtures;
import org.zhifa.audit.AuditRecord;
import org.zhifa.document.internal.Sm2;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.organization.UnitManagement;
import org.zhifa.shared.DataScope;

/**
 * The electronic dossier (电子卷宗) on the real database, over HTTP: assembly order and the volume split, the exported PDF
 * (cover, table of contents, every item, page numbers), the signed manifest and its hashes, verification of manifest and
 * PDF (a changed byte, a removed item), the diff of two exports, and the error answers.
 */
@IntegrationTest
class DossierIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentIssuing issuing;

	@Autowired
	UnitManagement unitManagement;

	@Autowired
	UnitDirectory unitDirectory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrailReader audit;

	UUID station;
	UUID officer;
	UUID caseId;
	Authentication clerk;
	LegalDocument seizureList;
	LegalDocument warrant;
	LegalDocument receipt;
	LegalDocument filing;
	LegalDocument summons1;
	LegalDocument summons2;
	LegalDocument correctedWarrant;

	static final String LABEL = "A3301002026040001 赵某涉嫌盗窃案";

	@BeforeEach
	void aCaseWithDocuments() {
		var units = new UnitFixtures(unitManagement, unitDirectory);
		station = units.station("卷宗测试派出所", units.districtBureau("卷宗测试分局"));
		officer = jdbc.sql("SELECT officer_id FROM account WHERE username = 'head'").query(UUID.class).single();
		caseId = UUID.randomUUID();
		clerk = TestActors.auth(TestActors.actor("dossier-clerk", station, officer, DataScope.UNIT, "dossier:read", "dossier:export"));
		// issued out of catalogue order on purpose
		seizureList = issue("SEIZURE_LIST", Map.of("holder", "赵某", "items", "手机一部（黑色）"));
		warrant = issue("DETENTION_WARRANT", detention("赵某"));
		receipt = issue("ACCEPTANCE_RECEIPT", Map.of("reporter", "钱某", "reportedAt", "2026年4月1日", "matter", "电动车被盗",
				"acceptedAt", "2026年4月1日"));
		filing = issue("FILING_DECISION", Map.of("caseName", "赵某涉嫌盗窃案", "facts", "2026年4月1日幸福路电动车被盗", "legalBasis",
				"《中华人民共和国刑事诉讼法》第一百一十二条", "decision", "立案侦查"));
		summons1 = issue("SUMMONS", Map.of("person", "赵某", "reason", "涉嫌盗窃", "place", "本所办案区"));
		summons2 = issue("SUMMONS", Map.of("person", "孙某", "reason", "了解情况", "place", "本所办案区"));
		correctedWarrant = issuing.issue(NewDocument.of("DETENTION_WARRANT", station, caseId, LABEL, detention("赵某某"), officer)
			.correcting(warrant.id(), "被拘留人姓名写错"));
	}

	@Test
	void theDossierIsInVolumesInCatalogueOrderThenIssueTimeWithOnlyTheCurrentVersionOfACorrectedDocument() throws Exception {
		String body = mvc.perform(get("/api/cases/" + caseId + "/dossier").with(authentication(clerk)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.caseLabel").value(LABEL))
			.andExpect(jsonPath("$.unitName").value(org.hamcrest.Matchers.endsWith("卷宗测试派出所")))
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(body, "$.volumes[*].volumeName")).containsExactly("诉讼卷", "侦查卷");
		assertThat(JsonPath.<List<String>>read(body, "$.volumes[0].items[*].id")).containsExactly(filing.id().toString(),
				summons1.id().toString(), summons2.id().toString(), correctedWarrant.id().toString(), seizureList.id().toString());
		assertThat(JsonPath.<String>read(body, "$.volumes[0].items[3].note")).isEqualTo("更正" + warrant.number());
		assertThat(JsonPath.<List<String>>read(body, "$.volumes[1].items[*].id")).containsExactly(receipt.id().toString());
		// cover + one page of contents, then one page per document
		assertThat(JsonPath.<List<Integer>>read(body, "$.volumes[0].items[*].firstPage")).containsExactly(3, 4, 5, 6, 7);
		assertThat(JsonPath.<Integer>read(body, "$.volumes[0].pageCount")).isEqualTo(7);
	}

	@Test
	void anExportIsOnePdfWithCoverContentsAndPageNumbersOnEveryPageAndItIsAudited() throws Exception {
		String export = export("LITIGATION");
		String id = JsonPath.read(export, "$.id");
		assertThat(JsonPath.<Integer>read(export, "$.sequence")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(export, "$.itemCount")).isEqualTo(5);
		byte[] pdf = pdf(id);
		PdfReader reader = new PdfReader(pdf);
		PdfTextExtractor text = new PdfTextExtractor(reader);
		assertThat(reader.getNumberOfPages()).isEqualTo(7);
		assertThat(text.getTextFromPage(1)).contains("电子卷宗", "诉讼卷", LABEL, "5 件，共 7 页", "第 1 次导出");
		String contents = text.getTextFromPage(2);
		assertThat(contents).contains("卷内文书目录", "立案决定书", filing.number(), "传唤证", "扣押清单", seizureList.number(),
				"拘留证", "更正" + warrant.number(), correctedWarrant.number());
		assertThat(contents.indexOf("立案决定书")).isLessThan(contents.indexOf("扣押清单"));
		assertThat(contents).doesNotContain("受案回执");
		for (int page = 1; page <= 7; page++) {
			assertThat(text.getTextFromPage(page)).as("page " + page).contains("第 " + page + " 页 共 7 页");
		}
		assertThat(text.getTextFromPage(3)).contains(filing.number());
		assertThat(text.getTextFromPage(7)).contains(seizureList.number());
		assertThat(Sm2.sm3Hex(pdf)).isEqualTo(JsonPath.<String>read(export, "$.pdfSm3"));
		assertThat(audit.about(UUID.fromString(id))).extracting(AuditRecord::action).contains("dossier.exported", "dossier.pdf-read");
	}

	@Test
	void theManifestListsEveryItemWithItsHashAndPagesAndItVerifies() throws Exception {
		String export = export("LITIGATION");
		String id = JsonPath.read(export, "$.id");
		String manifest = manifest(id);
		assertThat(java.time.Instant.parse(JsonPath.<String>read(manifest, "$.manifest.exportedAt")))
			.isEqualTo(java.time.Instant.parse(JsonPath.<String>read(export, "$.exportedAt")));
		assertThat(JsonPath.<String>read(manifest, "$.manifest.format")).isEqualTo("zhifa-dossier-manifest/1");
		assertThat(JsonPath.<List<String>>read(manifest, "$.manifest.items[*].sm3")).containsExactly(filing.sm3(), summons1.sm3(),
				summons2.sm3(), correctedWarrant.sm3(), seizureList.sm3());
		assertThat(JsonPath.<List<Integer>>read(manifest, "$.manifest.items[*].firstPage")).containsExactly(3, 4, 5, 6, 7);
		assertThat(JsonPath.<String>read(manifest, "$.signature.algorithm")).isEqualTo("SM2-SM3");
		byte[] pdf = pdf(id);
		assertThat(JsonPath.<String>read(manifest, "$.manifest.pdfSm3")).isEqualTo(Sm2.sm3Hex(pdf));

		verify(manifest.getBytes(StandardCharsets.UTF_8), pdf).andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.pdfChecked").value(true)).andExpect(jsonPath("$.itemCount").value(5))
			.andExpect(jsonPath("$.steps.length()").value(5));
		verify(manifest.getBytes(StandardCharsets.UTF_8), null).andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.pdfChecked").value(false));
	}

	@Test
	void aChangedByteOfThePdfOrAnItemRemovedFromTheManifestFailsVerification() throws Exception {
		String id = JsonPath.read(export("LITIGATION"), "$.id");
		String manifest = manifest(id);
		byte[] pdf = pdf(id);
		byte[] changed = pdf.clone();
		changed[pdf.length / 2] ^= 0x01;
		verify(manifest.getBytes(StandardCharsets.UTF_8), changed).andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString("卷宗PDF")));

		// take the 扣押清单 out of the manifest: the signature no longer holds
		String withoutItem = manifest.replaceFirst("(?s),\\s*\\{[^{}]*\"id\"\\s*:\\s*\"" + seizureList.id() + "\"[^{}]*}", "")
			.replace("\"itemCount\" : 5", "\"itemCount\" : 4");
		assertThat(withoutItem).doesNotContain(seizureList.id().toString());
		verify(withoutItem.getBytes(StandardCharsets.UTF_8), pdf).andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.steps[0].name").value("清单签名")).andExpect(jsonPath("$.steps[0].passed").value(false));

		// a changed hash of one item
		String otherHash = manifest.replace(filing.sm3(), "0".repeat(64));
		verify(otherHash.getBytes(StandardCharsets.UTF_8), pdf).andExpect(jsonPath("$.valid").value(false));

		verify("{\"not\":\"a manifest\"}".getBytes(StandardCharsets.UTF_8), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:invalid-input")).andExpect(jsonPath("$.errors[0].field").value("manifest"));
		verify("garbage".getBytes(StandardCharsets.UTF_8), null).andExpect(status().isBadRequest());
		mvc.perform(multipart("/api/dossier-verification").with(authentication(clerk)).with(csrf()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("manifest"));
	}

	@Test
	void aLaterExportIsDiffedAgainstAnEarlierOne() throws Exception {
		String first = JsonPath.read(export("LITIGATION"), "$.id");
		LegalDocument search = issue("SEARCH_WARRANT", Map.of("target", "赵某", "place", "幸福路12号", "caseName", "赵某涉嫌盗窃案"));
		LegalDocument correctedSeizure = issuing.issue(NewDocument.of("SEIZURE_LIST", station, caseId, LABEL,
				Map.of("holder", "赵某", "items", "手机一部（黑色）、充电器一个"), officer).correcting(seizureList.id(), "漏记充电器"));
		String second = export("LITIGATION");
		assertThat(JsonPath.<Integer>read(second, "$.sequence")).isEqualTo(2);
		String secondId = JsonPath.read(second, "$.id");

		String diff = mvc.perform(get("/api/cases/" + caseId + "/dossier/exports/" + first + "/diff/" + secondId).with(authentication(clerk)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.identical").value(false))
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(diff, "$.added[*].id")).containsExactlyInAnyOrder(search.id().toString(),
				correctedSeizure.id().toString());
		assertThat(JsonPath.<List<String>>read(diff, "$.removed[*].id")).containsExactly(seizureList.id().toString());
		assertThat(JsonPath.<Integer>read(diff, "$.unchanged")).isEqualTo(4);

		String list = mvc.perform(get("/api/cases/" + caseId + "/dossier/exports").with(authentication(clerk)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(list, "$[*].sequence")).containsExactly(2, 1);

		String same = mvc.perform(get("/api/cases/" + caseId + "/dossier/exports/" + first + "/diff/" + first).with(authentication(clerk)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<Boolean>read(same, "$.identical")).isTrue();
		String investigation = JsonPath.read(export("INVESTIGATION"), "$.id");
		mvc.perform(get("/api/cases/" + caseId + "/dossier/exports/" + first + "/diff/" + investigation).with(authentication(clerk)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void badInputIsAnsweredInChinese() throws Exception {
		mvc.perform(post("/api/cases/" + caseId + "/dossier/exports").with(authentication(clerk)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"volume\":\"SECRET\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("urn:zhifa:problem:invalid-value"));
		mvc.perform(post("/api/cases/" + caseId + "/dossier/exports").with(authentication(clerk)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("volume"));
		UUID empty = UUID.randomUUID();
		mvc.perform(get("/api/cases/" + empty + "/dossier").with(authentication(clerk))).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:zhifa:problem:not-found"));
		mvc.perform(post("/api/cases/" + empty + "/dossier/exports").with(authentication(clerk)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"volume\":\"LITIGATION\"}")).andExpect(status().isNotFound());

		UUID onlyLitigation = UUID.randomUUID();
		issuing.issue(NewDocument.of("SUMMONS", station, onlyLitigation, "仅诉讼卷案件", Map.of("person", "周某", "reason", "涉嫌盗窃",
				"place", "本所办案区"), officer));
		mvc.perform(post("/api/cases/" + onlyLitigation + "/dossier/exports").with(authentication(clerk)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"volume\":\"INVESTIGATION\"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.type").value("urn:zhifa:problem:dossier-volume-empty"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("侦查卷")));
		assertThat(jdbc.sql("SELECT count(*) FROM dossier_export WHERE case_id = ?").param(onlyLitigation).query(Long.class).single()).isZero();
		String id = JsonPath.read(export("LITIGATION"), "$.id");
		mvc.perform(get("/api/cases/" + onlyLitigation + "/dossier/exports/" + id + "/pdf").with(authentication(clerk)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anotherStationsUserDoesNotSeeTheDossier() throws Exception {
		var units = new UnitFixtures(unitManagement, unitDirectory);
		UUID other = units.station("卷宗他所", units.districtBureau("卷宗他局"));
		var stranger = TestActors.auth(TestActors.actor("dossier-stranger", other, officer, DataScope.UNIT, "dossier:read", "dossier:export"));
		String id = JsonPath.read(export("LITIGATION"), "$.id");
		mvc.perform(get("/api/cases/" + caseId + "/dossier").with(authentication(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/api/cases/" + caseId + "/dossier/exports").with(authentication(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/api/cases/" + caseId + "/dossier/exports/" + id + "/pdf").with(authentication(stranger)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/cases/" + caseId + "/dossier/exports").with(authentication(stranger)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"volume\":\"LITIGATION\"}")).andExpect(status().isNotFound());
	}

	// ---- helpers ------------------------------------------------------------------------------------------------

	private LegalDocument issue(String type, Map<String, String> fields) {
		return issuing.issue(NewDocument.of(type, station, caseId, LABEL, fields, officer));
	}

	private static Map<String, String> detention(String person) {
		return Map.of("person", person, "offence", "盗窃罪", "legalBasis", "《中华人民共和国刑事诉讼法》第八十二条", "custodyPlace", "示范市看守所");
	}

	private String export(String volume) throws Exception {
		return mvc.perform(post("/api/cases/" + caseId + "/dossier/exports").with(authentication(clerk)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"volume\":\"" + volume + "\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
	}

	private byte[] pdf(String id) throws Exception {
		return mvc.perform(get("/api/cases/" + caseId + "/dossier/exports/" + id + "/pdf").with(authentication(clerk)))
			.andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
	}

	private String manifest(String id) throws Exception {
		return mvc.perform(get("/api/cases/" + caseId + "/dossier/exports/" + id + "/manifest").with(authentication(clerk)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private org.springframework.test.web.servlet.ResultActions verify(byte[] manifest, byte @org.jspecify.annotations.Nullable [] pdf)
			throws Exception {
		var request = multipart("/api/dossier-verification").file(new MockMultipartFile("manifest", "清单.json", "application/json", manifest));
		if (pdf != null) {
			request.file(new MockMultipartFile("pdf", "卷宗.pdf", "application/pdf", pdf));
		}
		return mvc.perform(request.with(authentication(clerk)).with(csrf()));
	}
}
