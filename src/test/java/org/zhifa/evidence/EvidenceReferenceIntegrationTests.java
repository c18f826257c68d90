package org.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.hamcrest.Matchers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhifa.DemoActors;
import org.zhifa.IntegrationTest;
import org.zhifa.TestActors;
import org.zhifa.cases.Case;
import org.zhifa.cases.CaseFixtures;
import org.zhifa.cases.CaseManagement;
import org.zhifa.cases.NewCase;
import org.zhifa.document.DocumentIssuing;
import org.zhifa.document.LegalDocument;
import org.zhifa.document.NewDocument;
import org.zhifa.intake.CaseKind;
import org.zhifa.intake.IncidentDetails;
import org.zhifa.intake.IncidentSource;
import org.zhifa.intake.IntakeDesk;
import org.zhifa.intake.NewIncident;
import org.zhifa.officer.OfficerManagement;
import org.zhifa.property.Category;
import org.zhifa.property.Measure;
import org.zhifa.property.NewPropertyItem;
import org.zhifa.property.PropertyItem;
import org.zhifa.property.Registration;

/**
 * What an evidence record rests on must be its case's own and fit its kind — over HTTP, as the 登记证据 form sends it. The
 * case officer ({@code officer}, 城关派出所) records evidence of a fresh case with a property item, an issued document and a
 * body-camera recording linked to it; each reference to another case's (same station), another station's (河西派出所,
 * {@code officer2}), a superseded document, a recording in the queue, or a kind that does not fit is refused with 400 naming
 * the field, and nothing is written.
 */
@IntegrationTest
class EvidenceReferenceIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseManagement cases;

	@Autowired
	Registration registration;

	@Autowired
	DocumentIssuing issuing;

	@Autowired
	Devices devices;

	@Autowired
	RecordingIngest ingest;

	@Autowired
	RecordingLinks links;

	@Autowired
	IntakeDesk desk;

	@Autowired
	OfficerManagement officers;

	@Autowired
	JdbcClient jdbc;

	CaseFixtures fixtures;
	Case theCase;
	Case sibling;
	Case foreign;
	PropertyItem item;
	LegalDocument document;
	Recording recording;
	Instant now;

	@BeforeEach
	void aCaseWithAnItemADocumentAndARecording() {
		fixtures = new CaseFixtures(cases, jdbc);
		theCase = fixtures.criminal("城关派出所", 2);
		sibling = fixtures.criminal("城关派出所", 2);
		foreign = fixtures.criminal("河西派出所", 2);
		now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		item = as("officer", () -> registration.register(itemOf(theCase, "黑色华为手机一部")));
		document = summons(theCase, "赵某");
		recording = linkedRecording("officer", theCase, now.minus(Duration.ofHours(3)));
	}

	@Test
	void aRecordRestsOnTheCasesOwnItemDocumentAndRecordingAndTheListNamesThemByCodeNumberAndNumber() throws Exception {
		String sources = mvc.perform(get("/api/cases/" + theCase.id() + "/evidence/sources").with(actor("officer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].code").value(Matchers.contains(item.code())))
			.andExpect(jsonPath("$.documents[*].number").value(Matchers.contains(document.number())))
			.andExpect(jsonPath("$.recordings[*].number").value(Matchers.contains(recording.number())))
			.andReturn().getResponse().getContentAsString();
		assertThat(sources).doesNotContain(sibling.id().toString());

		add("officer", body("PHYSICAL", "手机一部", null, null, item.id(), null)).andExpect(status().isOk())
			.andExpect(jsonPath("$.record.propertyItemCode").value(item.code()));
		add("officer", body("AUDIOVISUAL", "执法记录仪录像", document.id(), recording.id(), null, null)).andExpect(status().isOk())
			.andExpect(jsonPath("$.record.recordingNumber").value(recording.number()))
			.andExpect(jsonPath("$.record.documentNumber").value(document.number()));
		add("officer", body("WITNESS_TESTIMONY", "证人钱某证言", null, null, null, "钱某询问笔录")).andExpect(status().isOk());
		mvc.perform(get("/api/cases/" + theCase.id() + "/evidence").with(actor("officer"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].record.propertyItemCode").value(Matchers.hasItem(item.code())))
			.andExpect(jsonPath("$[*].record.documentNumber").value(Matchers.hasItem(document.number())));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'evidence.recorded' AND summary LIKE ?")
			.param("%涉案财物 " + item.code() + "%").query(Long.class).single()).isOne();
	}

	@Test
	void anotherCasesItemDocumentOrRecordingOfTheSameStationIsRefusedNamingTheField() throws Exception {
		PropertyItem siblingItem = as("officer", () -> registration.register(itemOf(sibling, "银色自行车一辆")));
		LegalDocument siblingDocument = summons(sibling, "孙某");
		Recording siblingRecording = linkedRecording("officer", sibling, now.minus(Duration.ofHours(5)));
		refused("officer", body("PHYSICAL", "别案物证", null, null, siblingItem.id(), null), "propertyItemId");
		refused("officer", body("DOCUMENTARY", "别案文书", siblingDocument.id(), null, null, null), "documentId");
		refused("officer", body("AUDIOVISUAL", "别案录像", null, siblingRecording.id(), null, null), "recordingId");
		refused("officer", body("PHYSICAL", "不存在的财物", null, null, UUID.randomUUID(), null), "propertyItemId");
		refused("officer", body("DOCUMENTARY", "不存在的文书", UUID.randomUUID(), null, null, null), "documentId");
		refused("officer", body("AUDIOVISUAL", "不存在的录像", null, UUID.randomUUID(), null, null), "recordingId");
	}

	@Test
	void anotherStationsItemDocumentOrRecordingIsNeverLinked() throws Exception {
		PropertyItem foreignItem = as("officer2", () -> registration.register(itemOf(foreign, "河西扣押的手机")));
		LegalDocument foreignDocument = summons(foreign, "周某");
		Recording foreignRecording = linkedRecording("officer2", foreign, now.minus(Duration.ofHours(4)));
		refused("officer", body("PHYSICAL", "越权物证", null, null, foreignItem.id(), null), "propertyItemId");
		refused("officer", body("DOCUMENTARY", "越权文书", foreignDocument.id(), null, null, null), "documentId");
		refused("officer", body("AUDIOVISUAL", "越权录像", null, foreignRecording.id(), null, null), "recordingId");
		// and from the other side: officer2 cannot reach this case at all, nor name its item on a case of its own
		mvc.perform(get("/api/cases/" + theCase.id() + "/evidence/sources").with(actor("officer2"))).andExpect(status().isNotFound());
		refusedOn(foreign, "officer2", body("PHYSICAL", "越权物证", null, null, item.id(), null), "propertyItemId");
		refusedOn(foreign, "officer2", body("DOCUMENTARY", "越权文书", document.id(), null, null, null), "documentId");
		refusedOn(foreign, "officer2", body("AUDIOVISUAL", "越权录像", null, recording.id(), null, null), "recordingId");
		assertThat(jdbc.sql("SELECT count(*) FROM evidence_record WHERE property_item_id = ? OR property_item_id = ?")
			.params(item.id(), foreignItem.id()).query(Long.class).single()).isZero();
	}

	@Test
	void aSupersededDocumentAndARecordingStillInTheQueueAreRefused() throws Exception {
		LegalDocument correction = asSystem(() -> issuing.issue(NewDocument.of("SUMMONS", theCase.unitId(), theCase.id(), "测试案件",
				Map.of("person", "赵某某", "reason", "涉嫌盗窃", "place", "本所办案区"), theCase.officerIds().getFirst())
			.correcting(document.id(), "被传唤人姓名写错")));
		refused("officer", body("DOCUMENTARY", "已更正的文书", document.id(), null, null, null), "documentId");
		add("officer", body("DOCUMENTARY", "更正后的文书", correction.id(), null, null, null)).andExpect(status().isOk());
		mvc.perform(get("/api/cases/" + theCase.id() + "/evidence/sources").with(actor("officer")))
			.andExpect(jsonPath("$.documents[*].id").value(Matchers.contains(correction.id().toString())));

		Recording queued = upload("officer", camera(theCase.unitId()), now.minus(Duration.ofHours(7)));
		assertThat(queued.status()).isEqualTo(LinkStatus.UNMATCHED);
		refused("officer", body("AUDIOVISUAL", "未关联的录像", null, queued.id(), null, null), "recordingId");
	}

	@Test
	void theKindMustFit() throws Exception {
		refused("officer", body("PHYSICAL", "没有财物的物证", null, null, null, null), "propertyItemId");
		refused("officer", body("PHYSICAL", "录像当物证", null, recording.id(), item.id(), null), "recordingId");
		refused("officer", body("AUDIOVISUAL", "没有载体的视听资料", document.id(), null, null, null), "recordingId");
		refused("officer", body("ELECTRONIC_DATA", "没有载体的电子数据", null, null, null, "提取笔录"), "recordingId");
		refused("officer", body("SUSPECT_STATEMENT", "没有笔录的供述", null, null, null, null), "transcript");
		refused("officer", body("VICTIM_STATEMENT", "财物当陈述", null, null, item.id(), "询问笔录"), "propertyItemId");
		refused("officer", body("DOCUMENTARY", "录像当书证", null, recording.id(), null, null), "recordingId");
		// what fits: 电子数据 on the seized phone, a statement on its recording alone, 书证 standing on its own text
		add("officer", body("ELECTRONIC_DATA", "手机聊天记录", null, null, item.id(), null)).andExpect(status().isOk());
		add("officer", body("PARTY_STATEMENT", "执法记录仪记录的陈述", null, recording.id(), null, null)).andExpect(status().isOk());
		add("officer", body("DOCUMENTARY", "购物小票", null, null, null, null)).andExpect(status().isOk());
	}

	@Test
	void aBodyCameraRecordingOfTheIncidentTheCaseWasAcceptedFromCanBeItsEvidence() throws Exception {
		UUID station = theCase.unitId();
		UUID wearer = newOfficer(station);
		Instant received = now.minus(Duration.ofHours(30));
		IncidentDetails incident = as("officer", () -> desk.register(new NewIncident(UUID.randomUUID(), IncidentSource.PHONE_110, received, null,
				"示范市城关路18号", "吴某", null, null, "电动车被盗", List.of(wearer, fixtures.qualifiedOfficers(station).getFirst()))));
		var accepted = as("officer", () -> desk.accept(incident.incident().id(), UUID.randomUUID(), CaseKind.CRIMINAL, List.of(), null,
				incident.incident().version()));
		SecurityContextHolder.clearContext();
		Case filed = cases.open(new NewCase(UUID.randomUUID(), CaseKind.CRIMINAL, accepted.acceptance().id(), accepted.acceptance().number(), station,
				"XS-0101", "测试案情：电动车被盗。", "示范市城关路18号", List.of(wearer, fixtures.qualifiedOfficers(station).getFirst()),
				received.minus(Duration.ofHours(1)), received.plus(Duration.ofHours(20))));
		Device camera = as("admin", () -> devices.register("BC-" + UUID.randomUUID().toString().substring(0, 8), DeviceKind.BODY_CAMERA, wearer,
				null, "执法记录仪"));
		Recording atTheScene = upload("officer", camera, received.plus(Duration.ofMinutes(10)));
		assertThat(atTheScene.link().targetKind()).isEqualTo(TargetKind.INCIDENT);
		mvc.perform(get("/api/cases/" + filed.id() + "/evidence/sources").with(actor("officer")))
			.andExpect(jsonPath("$.recordings[*].number").value(Matchers.contains(atTheScene.number())));
		mvc.perform(post("/api/cases/" + filed.id() + "/evidence").with(actor("officer")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(body("AUDIOVISUAL", "出警执法记录仪录像", null, atTheScene.id(), null, null))).andExpect(status().isOk());
		// the incident's recording is not evidence of another case
		refused("officer", body("AUDIOVISUAL", "别的警情的录像", null, atTheScene.id(), null, null), "recordingId");
	}

	// ---- helpers -------------------------------------------------------------------------------------------------------

	ResultActions add(String username, String json) throws Exception {
		return mvc.perform(post("/api/cases/" + theCase.id() + "/evidence").with(actor(username)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	void refused(String username, String json, String field) throws Exception {
		refusedOn(theCase, username, json, field);
	}

	void refusedOn(Case c, String username, String json, String field) throws Exception {
		long before = jdbc.sql("SELECT count(*) FROM evidence_record").query(Long.class).single();
		mvc.perform(post("/api/cases/" + c.id() + "/evidence").with(actor(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").value(Matchers.matchesPattern(".*\\p{IsHan}.*")));
		assertThat(jdbc.sql("SELECT count(*) FROM evidence_record").query(Long.class).single()).isEqualTo(before);
	}

	String body(String kind, String title, @Nullable UUID documentId, @Nullable UUID recordingId, @Nullable UUID itemId,
			@Nullable String transcript) {
		return """
				{"kind": "%s", "title": "%s", "source": "现场", "collectedAt": "%s", "documentId": %s, "recordingId": %s,
				 "propertyItemId": %s, "transcript": %s}""".formatted(kind, title, now.minus(Duration.ofHours(1)), quoted(documentId),
				quoted(recordingId), quoted(itemId), quoted(transcript));
	}

	static String quoted(@Nullable Object o) {
		return o == null ? "null" : "\"" + o + "\"";
	}

	org.springframework.test.web.servlet.request.RequestPostProcessor actor(String username) {
		return authentication(TestActors.auth(DemoActors.account(jdbc, username)));
	}

	NewPropertyItem itemOf(Case c, String description) {
		return new NewPropertyItem(c.id(), Measure.SEIZURE, Category.ELECTRONIC, description, BigDecimal.ONE, "件", null, List.of(), "孙某", null,
				"测公（刑）扣字〔2026〕" + ThreadLocalRandom.current().nextInt(1000, 9999) + "号", null, Instant.now().minusSeconds(600), c.officerIds());
	}

	LegalDocument summons(Case c, String person) {
		return asSystem(() -> issuing.issue(NewDocument.of("SUMMONS", c.unitId(), c.id(), "测试案件", Map.of("person", person, "reason", "涉嫌盗窃",
				"place", "本所办案区"), c.officerIds().getFirst())));
	}

	/** A body-camera recording of the case's station, linked to the case by hand. */
	Recording linkedRecording(String username, Case c, Instant start) {
		Recording r = upload(username, camera(c.unitId()), start);
		return as(username, () -> links.link(r.id(), r.version(), TargetKind.CASE, c.id(), "民警现场执法录像"));
	}

	Device camera(UUID station) {
		UUID wearer = newOfficer(station);
		return as("admin", () -> devices.register("BC-" + UUID.randomUUID().toString().substring(0, 8), DeviceKind.BODY_CAMERA, wearer, null,
				"执法记录仪"));
	}

	Recording upload(String username, Device device, Instant start) {
		byte[] content = new byte[512];
		ThreadLocalRandom.current().nextBytes(content);
		return as(username, () -> ingest.upload(new NewRecording(device.code(), null, start, start.plus(Duration.ofMinutes(20)), "测试地点",
				"clip.mp4", "video/mp4"), new ByteArrayInputStream(content)));
	}

	UUID newOfficer(UUID station) {
		return EvidenceTestSupport.newOfficer(officers, "证据", station);
	}

	<T> T asSystem(Supplier<T> work) {
		SecurityContextHolder.clearContext();
		return work.get();
	}

	private <T> T as(String username, Supplier<T> work) {
		return EvidenceTestSupport.as(jdbc, username, work);
	}
}
