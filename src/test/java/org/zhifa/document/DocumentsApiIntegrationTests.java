package org.zhifa.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.zhifa.organization.UnitDirectory;
import org.zhifa.organization.UnitManagement;
import org.zhifa.shared.DataScope;

/** docs/api.md § Documents over HTTP: list, read, download, serve, verify, issuer settings — and their error answers. */
@IntegrationTest
class DocumentsApiIntegrationTests {

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
	Authentication clerk;
	Authentication admin;
	LegalDocument penalty;

	@BeforeEach
	void setUp() {
		var units = new UnitFixtures(unitManagement, unitDirectory);
		station = units.station("接口文书派出所", units.districtBureau("接口文书分局"));
		officer = jdbc.sql("SELECT officer_id FROM account WHERE username = 'head'").query(UUID.class).single();
		clerk = TestActors.auth(TestActors.actor("doc-clerk", station, officer, DataScope.UNIT, "document:read", "document:serve"));
		admin = TestActors.auth(TestActors.actor("doc-admin", station, officer, DataScope.UNIT, "document:issuer"));
		penalty = issuing.issue(NewDocument.of("ADMINISTRATIVE_PENALTY_DECISION", station, UUID.randomUUID(), "X2026 李某殴打他人案",
				Map.of("party", "李某", "facts", "2026年3月1日在幸福路殴打他人，致轻微伤。", "legalBasis", "《治安管理处罚法》第五十一条",
						"penalty", "行政拘留五日", "performance", "送示范市拘留所执行", "remedy", "可于六十日内申请行政复议"),
				officer));
	}

	@Test
	void theListFiltersByTypeAndTextAndShowsTheDocument() throws Exception {
		mvc.perform(get("/api/documents").param("typeCode", "ADMINISTRATIVE_PENALTY_DECISION").param("q", "李某")
			.with(authentication(clerk)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].number").value(penalty.number()))
			.andExpect(jsonPath("$.items[0].typeName").value("行政处罚决定书"));
		mvc.perform(get("/api/documents").param("typeCode", "DETENTION_WARRANT").with(authentication(clerk)))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/documents").param("from", "2026-03-02").param("to", "2026-03-01").with(authentication(clerk)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("urn:zhifa:problem:invalid-input"));
	}

	@Test
	void detailAndPdfAreServedAndTheDownloadIsAudited() throws Exception {
		mvc.perform(get("/api/documents/" + penalty.id()).with(authentication(clerk))).andExpect(status().isOk())
			.andExpect(jsonPath("$.fields[0].label").value("违法行为人")).andExpect(jsonPath("$.fields[0].value").value("李某"))
			.andExpect(jsonPath("$.sm3").value(penalty.sm3())).andExpect(jsonPath("$.services.length()").value(0));
		byte[] pdf = mvc.perform(get("/api/documents/" + penalty.id() + "/pdf").with(authentication(clerk)))
			.andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		assertThat(audit.about(penalty.id())).extracting(AuditRecord::action).contains("document.pdf-read");
	}

	@Test
	void serviceIsRecordedOnceForARepeatedRequestAndRefusedInTheFuture() throws Exception {
		String body = """
				{"method":"IN_PERSON","servedAt":"%s","recipient":"李某","note":"本人签收","requestId":"svc-%s"}"""
			.formatted(Instant.now(), UUID.randomUUID());
		String first = mvc.perform(post("/api/documents/" + penalty.id() + "/services").with(authentication(clerk)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.methodName").value("当面送达"))
			.andReturn().getResponse().getContentAsString();
		String second = mvc.perform(post("/api/documents/" + penalty.id() + "/services").with(authentication(clerk)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		assertThat(second).isEqualTo(first);
		assertThat(jdbc.sql("SELECT count(*) FROM document_service WHERE document_id = ?").param(penalty.id()).query(Long.class).single())
			.isEqualTo(1);

		mvc.perform(post("/api/documents/" + penalty.id() + "/services").with(authentication(clerk)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"method":"MAIL","servedAt":"%s","recipient":"李某"}""".formatted(Instant.now().plusSeconds(86_400))))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("urn:zhifa:problem:invalid-input"))
			.andExpect(jsonPath("$.errors[0].field").value("servedAt"));
		mvc.perform(post("/api/documents/" + penalty.id() + "/services").with(authentication(clerk)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"method":"BY_PIGEON","servedAt":"%s","recipient":"李某"}""".formatted(Instant.now())))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("SELECT count(*) FROM document_service WHERE document_id = ?").param(penalty.id()).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void anyoneSignedInVerifiesAnUploadOrARawBodyAndAChangedByteFails() throws Exception {
		byte[] pdf = jdbc.sql("SELECT pdf FROM legal_document WHERE id = ?").param(penalty.id()).query(byte[].class).single();
		var anyone = TestActors.auth(TestActors.actor("anyone", UUID.randomUUID(), UUID.randomUUID(), DataScope.OWN));
		mvc.perform(multipart("/api/documents/verification").file(new MockMultipartFile("file", "决定书.pdf", "application/pdf", pdf))
			.with(authentication(anyone)).with(csrf()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(true)).andExpect(jsonPath("$.verdict").value("真实有效"))
			.andExpect(jsonPath("$.number").value(penalty.number()));
		byte[] changed = pdf.clone();
		changed[pdf.length / 2] ^= 0x04;
		mvc.perform(post("/api/documents/verification").contentType(MediaType.APPLICATION_PDF).content(changed)
			.with(authentication(anyone)).with(csrf()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(false)).andExpect(jsonPath("$.verdict").value("验证失败"))
			.andExpect(jsonPath("$.reason").isNotEmpty());
		mvc.perform(multipart("/api/documents/verification").file(new MockMultipartFile("other", "x.pdf", "application/pdf", pdf))
			.with(authentication(anyone)).with(csrf()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(post("/api/documents/verification").contentType(MediaType.APPLICATION_PDF).content(new byte[0])
			.with(authentication(anyone)).with(csrf()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("urn:zhifa:problem:invalid-input"));
	}

	@Test
	void issuerSettingsDefaultFromTheUnitTreeAndChangeWithOptimisticLocking() throws Exception {
		mvc.perform(get("/api/document-issuers/" + station).with(authentication(admin))).andExpect(status().isOk())
			.andExpect(jsonPath("$.customized").value(false)).andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.issuerName").value(org.hamcrest.Matchers.endsWith("接口文书分局接口文书派出所")));
		mvc.perform(put("/api/document-issuers/" + station).with(authentication(admin)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"abbreviation\":\"接公\",\"issuerName\":\"接口市公安局\",\"version\":0}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.customized").value(true));
		mvc.perform(put("/api/document-issuers/" + station).with(authentication(admin)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"abbreviation\":\"旧公\",\"issuerName\":\"旧公安局\",\"version\":0}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("urn:zhifa:problem:concurrent-modification"));
		mvc.perform(put("/api/document-issuers/" + station).with(authentication(admin)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"abbreviation\":\"AB\",\"issuerName\":\"接口市公安局\",\"version\":1}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("abbreviation"));

		LegalDocument next = issuing.issue(NewDocument.of("SUMMONS", station, null, null,
				Map.of("person", "王某", "reason", "殴打他人", "place", "本所"), officer));
		assertThat(next.number()).startsWith("接公传字〔");
		assertThat(next.issuerName()).isEqualTo("接口市公安局");
	}
}
