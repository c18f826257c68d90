package org.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhifa.DemoActors;
import org.zhifa.Eventually;
import org.zhifa.IntegrationTest;
import org.zhifa.TestActors;
import org.zhifa.cases.Case;
import org.zhifa.cases.CaseFixtures;
import org.zhifa.cases.CaseManagement;
import org.zhifa.cases.NewParty;
import org.zhifa.cases.Party;
import org.zhifa.cases.PartyRole;
import org.zhifa.custody.Admissions;
import org.zhifa.custody.AlarmKind;
import org.zhifa.custody.CollectedItem;
import org.zhifa.custody.CustodyAlarms;
import org.zhifa.custody.CustodyQueries;
import org.zhifa.custody.NewAdmission;
import org.zhifa.custody.Questioning;
import org.zhifa.custody.QuestioningKind;
import org.zhifa.custody.QuestioningFixtures;
import org.zhifa.custody.QuestioningSession;
import org.zhifa.custody.Room;
import org.zhifa.custody.RoomKind;
import org.zhifa.custody.Rooms;
import org.zhifa.custody.Visit;
import org.zhifa.custody.VisitReason;
import org.zhifa.custody.VisitSteps;
import org.zhifa.intake.IncidentDetails;
import org.zhifa.intake.IncidentSource;
import org.zhifa.intake.IntakeDesk;
import org.zhifa.intake.NewIncident;
import org.zhifa.officer.OfficerManagement;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.StaleVersion;

/**
 * Recordings on the real database with the demo bureau: {@code custody} (办案中心管理员) registers a room recorder for a fresh
 * 讯问室 of the 执法办案管理中心 and ingests its files; {@code officer} of 城关派出所 wears a body camera. Each test has its own
 * room (or officer), its own session and its own content, so link candidates never come from another test.
 */
@IntegrationTest
class EvidenceIntegrationTests {

	@Autowired
	RecordingIngest ingest;

	@Autowired
	RecordingLinks links;

	@Autowired
	RecordingQueries queries;

	@Autowired
	QuestioningCoverage coverage;

	@Autowired
	Devices devices;

	@Autowired
	CaseEvidence evidence;

	@Autowired
	EvidenceSettings settings;

	@Autowired
	RecordingSeals seals;

	@Autowired
	Admissions admissions;

	@Autowired
	VisitSteps steps;

	@Autowired
	Questioning questioning;

	@Autowired
	CustodyQueries custody;

	@Autowired
	CustodyAlarms alarms;

	@Autowired
	Rooms rooms;

	@Autowired
	CaseManagement cases;

	@Autowired
	IntakeDesk desk;

	@Autowired
	OfficerManagement officers;

	@Autowired
	JdbcClient jdbc;

	CaseFixtures fixtures;
	Case theCase;
	UUID center;
	Room room;
	Device recorder;
	Instant now;

	@BeforeEach
	void aRoomWithItsRecorder() {
		fixtures = new CaseFixtures(cases, jdbc);
		theCase = fixtures.criminal("城关派出所", 2);
		center = fixtures.unit("执法办案管理中心");
		String tag = UUID.randomUUID().toString().substring(0, 8);
		room = as("custody", () -> rooms.create(center, "讯问室-" + tag, RoomKind.INTERROGATION, 1));
		recorder = as("custody", () -> devices.register("RR-" + tag, DeviceKind.ROOM_RECORDER, null, room.id(), room.name() + " 同步录音录像"));
		now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
	}

	// ---- ingest --------------------------------------------------------------------------------------------------------

	@Test
	void theContentIsStoredUnderItsSha256AndSealedWithItsSm3RightAfter() throws Exception {
		byte[] content = randomBytes(3 * 1024 * 1024 + 17);
		Recording r = upload("custody", recorder, now.minus(Duration.ofHours(30)), now.minus(Duration.ofHours(29)), content);
		assertThat(r.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
		assertThat(r.sizeBytes()).isEqualTo(content.length);
		Path stored = settings.storageDirectory().resolve(r.sha256().substring(0, 2)).resolve(r.sha256());
		assertThat(Files.readAllBytes(stored)).isEqualTo(content);
		// the seal follows on its own, from the stored bytes
		Recording sealed = awaitSealed(r);
		assertThat(sealed.sm3()).isEqualTo(sm3(content));
		assertThat(sealed.sealedAt()).isNotNull();
		assertThat(sealed.sealProblem()).isNull();
		assertThat(sealed.number()).startsWith("LX");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'evidence.recording-sealed' AND subject_id = ?").param(r.id().toString())
			.query(Long.class).single()).isOne();
		// the digest helpers against the published test vectors (SM3: GB/T 32905 附录A, "abc")
		ContentDigests.Result abc = ContentDigests.digest(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)));
		assertThat(abc.sm3()).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
		assertThat(abc.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(abc.size()).isEqualTo(3);
		var copy = new java.io.ByteArrayOutputStream();
		assertThat(ContentDigests.copy(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), copy).sha256()).isEqualTo(abc.sha256());
		assertThat(copy.toString(StandardCharsets.US_ASCII)).isEqualTo("abc");
	}

	@Test
	void storedBytesThatNoLongerMatchTheIngestAreNotSealedAndSayWhy() throws Exception {
		byte[] content = randomBytes(100_000);
		Recording r = awaitSealed(upload("custody", recorder, now.minus(Duration.ofHours(40)), now.minus(Duration.ofHours(39)), content));
		// someone changes the stored file, and the recording is seen as not yet sealed (as after a restart before its seal)
		Path stored = settings.storageDirectory().resolve(r.sha256().substring(0, 2)).resolve(r.sha256());
		content[500] ^= 1;
		Files.write(stored, content);
		jdbc.sql("UPDATE evidence_recording SET sm3 = NULL, sealed_at = NULL WHERE id = ?").param(r.id()).update();
		assertThat(seals.seal(r.id())).isFalse();
		Recording after = as("custody", () -> queries.get(r.id()));
		assertThat(after.sm3()).isNull();
		assertThat(after.sealProblem()).contains("与入库时不一致").contains(r.sha256().substring(0, 16));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'evidence.recording-seal-failed' AND subject_id = ?")
			.param(r.id().toString()).query(Long.class).single()).isOne();
		// out of the sweep's queue: a person has to look at it
		assertThat(jdbc.sql("SELECT count(*) FROM evidence_recording WHERE id = ? AND sm3 IS NULL AND seal_problem IS NULL").param(r.id())
			.query(Long.class).single()).isZero();
		// a missing file is the other problem
		Recording gone = awaitSealed(upload("custody", recorder, now.minus(Duration.ofHours(38)), now.minus(Duration.ofHours(37)), randomBytes(999)));
		Files.delete(settings.storageDirectory().resolve(gone.sha256().substring(0, 2)).resolve(gone.sha256()));
		jdbc.sql("UPDATE evidence_recording SET sm3 = NULL, sealed_at = NULL WHERE id = ?").param(gone.id()).update();
		assertThat(seals.seal(gone.id())).isFalse();
		assertThat(as("custody", () -> queries.get(gone.id())).sealProblem()).contains("缺失");
	}

	@Test
	void identicalContentIsStoredOnceAndTheSecondIngestNamesTheFirst() throws Exception {
		byte[] content = randomBytes(200_000);
		Recording first = upload("custody", recorder, now.minus(Duration.ofHours(50)), now.minus(Duration.ofHours(49)), content);
		assertThatThrownBy(() -> upload("custody", recorder, now.minus(Duration.ofHours(48)), now.minus(Duration.ofHours(47)), content))
			.isInstanceOf(RecordingAlreadyIngested.class).hasMessageContaining(first.number());
		assertThat(jdbc.sql("SELECT count(*) FROM evidence_recording WHERE sha256 = ?").param(first.sha256()).query(Long.class).single()).isOne();
		try (var files = Files.list(settings.storageDirectory().resolve(first.sha256().substring(0, 2)))) {
			assertThat(files.filter(p -> p.getFileName().toString().equals(first.sha256())).count()).isOne();
		}
		try (var incoming = Files.list(settings.storageDirectory().resolve("incoming"))) {
			assertThat(incoming.filter(p -> p.getFileName().toString().endsWith(".part")).toList()).isEmpty();
		}
	}

	@Test
	void badMetadataAndEmptyBodiesAreRefusedWithNothingWritten() {
		long before = jdbc.sql("SELECT count(*) FROM evidence_recording").query(Long.class).single();
		Instant start = now.minus(Duration.ofHours(3));
		assertThatThrownBy(() -> upload("custody", recorder, start, start.minusSeconds(1), randomBytes(10)))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("结束时间须晚于开始时间");
		assertThatThrownBy(() -> as("custody", () -> ingest.upload(new NewRecording("NO-SUCH-DEVICE", null, start, start.plusSeconds(60), null,
				"a.mp4", "video/mp4"), new ByteArrayInputStream(randomBytes(10))))).isInstanceOf(InvalidInput.class).hasMessageContaining("未登记");
		assertThatThrownBy(() -> upload("custody", recorder, start, start.plusSeconds(60), new byte[0]))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("为空");
		// a device of the centre is not the station officer's to upload for
		assertThatThrownBy(() -> upload("officer", recorder, start, start.plusSeconds(60), randomBytes(10))).isInstanceOf(InvalidInput.class);
		assertThat(jdbc.sql("SELECT count(*) FROM evidence_recording").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void overHttpTheBodyIsTheFileBadMetadataNamesItsFieldAndPlaybackAnswersRanges(@Autowired org.springframework.test.web.servlet.MockMvc mvc)
			throws Exception {
		var custodyStaff = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.authentication(TestActors.auth(DemoActors.account(jdbc, "custody")));
		var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
		long before = jdbc.sql("SELECT count(*) FROM evidence_recording").query(Long.class).single();
		Instant start = now.minus(Duration.ofHours(80));
		String base = "/api/recordings?deviceCode=" + recorder.code() + "&fileName=clip.webm&mediaType=video/webm";
		mvc.perform(post(base + "&startedAt=" + start + "&endedAt=" + start.minusSeconds(5)).with(custodyStaff).with(csrf)
			.contentType(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM).content(randomBytes(100)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endedAt"));
		mvc.perform(post("/api/recordings?deviceCode=NOPE&startedAt=" + start + "&endedAt=" + start.plusSeconds(60)).with(custodyStaff).with(csrf)
			.contentType(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM).content(randomBytes(100)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("deviceCode"));
		mvc.perform(post(base + "&startedAt=" + start + "&endedAt=" + start.plusSeconds(60)).with(custodyStaff).with(csrf)
			.contentType(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM).content(new byte[0]))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
		mvc.perform(post(base + "&endedAt=" + start.plusSeconds(60)).with(custodyStaff).with(csrf)
			.contentType(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM).content(randomBytes(100)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startedAt"));
		assertThat(jdbc.sql("SELECT count(*) FROM evidence_recording").query(Long.class).single()).isEqualTo(before);

		byte[] content = randomBytes(5000);
		String body = mvc.perform(post(base + "&startedAt=" + start + "&endedAt=" + start.plusSeconds(60)).with(custodyStaff).with(csrf)
			.contentType(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM).content(content))
			.andExpect(status().isOk()).andExpect(jsonPath("$.recording.sha256").value(sha256(content)))
			.andExpect(jsonPath("$.statusLabel").value("待关联")).andReturn().getResponse().getContentAsString();
		String id = com.jayway.jsonpath.JsonPath.read(body, "$.recording.id");
		Eventually.await("the recording sealed", () -> jdbc.sql("SELECT sm3 IS NOT NULL FROM evidence_recording WHERE id = CAST(? AS uuid)")
			.param(id).query(Boolean.class).single());
		mvc.perform(get("/api/recordings/" + id).with(custodyStaff)).andExpect(status().isOk())
			.andExpect(jsonPath("$.view.recording.sm3").value(sm3(content)));
		mvc.perform(get("/api/recordings/" + id + "/content").with(custodyStaff).header("Range", "bytes=100-199"))
			.andExpect(status().isPartialContent()).andExpect(header().string("Content-Range", "bytes 100-199/5000"))
			.andExpect(content().bytes(java.util.Arrays.copyOfRange(content, 100, 200)));
		mvc.perform(get("/api/recordings/" + id + "/content").with(custodyStaff)).andExpect(status().isOk())
			.andExpect(header().string("Accept-Ranges", "bytes")).andExpect(content().contentType("video/webm"))
			.andExpect(header().string("X-Content-SM3", sm3(content))).andExpect(header().string("X-Content-SHA256", sha256(content)))
			.andExpect(content().bytes(content));
	}

	@Test
	void aRecordingDroppedWithItsSidecarInTheWatchFolderIsIngestedAndABadOneSetApartWithItsReason() throws Exception {
		Path folder = Files.createTempDirectory("zhifa-watch");
		FolderIngest watch = new FolderIngest(ingest, new EvidenceSettings(settings.storageDirectory(), settings.linkBuffer(), Long.MAX_VALUE,
				folder, Duration.ofSeconds(30)));
		QuestioningSession s = session(now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
		byte[] content = randomBytes(3000);
		Files.write(folder.resolve("room.mp4"), content);
		Files.writeString(folder.resolve("room.mp4.json"), """
				{"deviceCode": "%s", "startedAt": "%s", "endedAt": "%s", "mediaType": "video/mp4"}""".formatted(recorder.code(), s.startedAt(),
				s.endedAt()));
		Files.write(folder.resolve("bad.mp4"), randomBytes(10));
		Files.writeString(folder.resolve("bad.mp4.json"), """
				{"deviceCode": "NO-SUCH", "startedAt": "%s", "endedAt": "%s"}""".formatted(s.startedAt(), s.endedAt()));
		Files.writeString(folder.resolve("waiting.mp4.json"), "{}");
		assertThat(watch.poll()).isOne();
		Recording r = as("custody", () -> queries.search(new RecordingSearch(null, null, null, null, s.id(), null, null),
				org.zhifa.shared.PageRequest.of(0, 10))).items().getFirst();
		assertThat(awaitSealed(r).sm3()).isEqualTo(sm3(content));
		assertThat(r.source()).isEqualTo("FOLDER");
		assertThat(r.link().targetId()).isEqualTo(s.id());
		assertThat(folder.resolve("done/room.mp4")).exists();
		assertThat(folder.resolve("failed/bad.mp4")).exists();
		assertThat(Files.readString(folder.resolve("failed/bad.mp4.error.txt"))).contains("NO-SUCH");
		assertThat(folder.resolve("waiting.mp4.json")).exists();
	}

	// ---- auto-linking --------------------------------------------------------------------------------------------------

	@Test
	void aRoomRecordingCoveringTheSessionLinksItselfAndRecordsTheSessionInCustody() {
		QuestioningSession s = session(now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
		assertThat(openAlarms(s)).contains(AlarmKind.QUESTIONING_UNRECORDED);
		UUID unrecorded = as("custody", () -> alarms.list(null, s.visitId(), true)).stream()
			.filter(a -> a.subjectId().equals(s.id()) && a.kind() == AlarmKind.QUESTIONING_UNRECORDED).findFirst().orElseThrow().id();
		org.zhifa.Eventually.await("the unrecorded session on the workbench", () -> jdbc.sql(
				"SELECT count(*) FROM workbench_alert WHERE alert_id = ? AND cleared_at IS NULL").param(unrecorded).query(Long.class).single() == 1);
		Recording r = upload("custody", recorder, s.startedAt().minusSeconds(60), s.endedAt().plusSeconds(60), randomBytes(4096));
		assertThat(r.status()).isEqualTo(LinkStatus.LINKED);
		RecordingLink link = r.link();
		assertThat(link.targetKind()).isEqualTo(TargetKind.QUESTIONING);
		assertThat(link.targetId()).isEqualTo(s.id());
		assertThat(link.automatic()).isTrue();
		assertThat(link.rule()).isEqualTo(RecordingLinks.ROOM_RULE);
		assertThat(link.borderline()).isFalse();
		assertThat(link.caseId()).isEqualTo(theCase.id());
		assertThat(link.reason()).contains("房间一致").contains("时间重叠 1小时");
		assertThat(link.details()).containsEntry("matchedOn", "roomId").containsEntry("overlapSeconds", 3600);
		var c = as("custody", () -> coverage.of(s.id()));
		assertThat(c.coverage().covered()).isTrue();
		assertThat(c.finding()).isFalse();
		assertThat(jdbc.sql("SELECT recording_file FROM custody_questioning WHERE id = ?").param(s.id()).query(String.class).single())
			.isEqualTo("视音频 " + r.number());
		assertThat(openAlarms(s)).doesNotContain(AlarmKind.QUESTIONING_UNRECORDED);
		org.zhifa.Eventually.await("the answered alarm leaving the workbench", () -> jdbc.sql(
				"SELECT count(*) FROM workbench_alert WHERE alert_id = ? AND cleared_by = '系统（录像已覆盖全程）'").param(unrecorded)
			.query(Long.class).single() == 1);
		// the case officer of the handling unit sees the centre's recording through its link
		assertThat(as("officer", () -> queries.get(r.id())).id()).isEqualTo(r.id());
		assertThat(as("officer", () -> queries.search(new RecordingSearch(null, null, null, theCase.id(), null, null, null),
				org.zhifa.shared.PageRequest.of(0, 50))).items()).extracting(Recording::id).contains(r.id());
	}

	@Test
	void aRecordingOnlyWithinTheBufferLinksAsBorderline() {
		QuestioningSession s = session(now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
		Instant end = s.startedAt().minus(Duration.ofMinutes(4));
		Recording r = upload("custody", recorder, end.minus(Duration.ofMinutes(20)), end, randomBytes(2048));
		assertThat(r.status()).isEqualTo(LinkStatus.LINKED);
		assertThat(r.link().targetId()).isEqualTo(s.id());
		assertThat(r.link().borderline()).isTrue();
		assertThat(r.link().reason()).contains("临界").contains("相差 4分").contains("10分 缓冲");
		assertThat(r.link().details()).containsEntry("gapSeconds", 240);
		// just beyond the buffer nothing matches
		Instant far = s.endedAt().plus(settings.linkBuffer()).plusSeconds(1);
		Recording late = upload("custody", recorder, far, far.plus(Duration.ofMinutes(5)), randomBytes(2048));
		assertThat(late.status()).isEqualTo(LinkStatus.UNMATCHED);
	}

	@Test
	void aRecordingWithNoSessionWaitsInTheQueueWithItsReason() {
		Recording r = upload("custody", recorder, now.minus(Duration.ofHours(6)), now.minus(Duration.ofHours(5)), randomBytes(1024));
		assertThat(r.status()).isEqualTo(LinkStatus.UNMATCHED);
		assertThat(r.link()).isNull();
		assertThat(r.note()).contains("没有房间一致且时间相符");
		assertThat(as("custody", () -> queries.search(new RecordingSearch(LinkStatus.UNMATCHED, null, recorder.id(), null, null, null, null),
				org.zhifa.shared.PageRequest.of(0, 50))).items()).extracting(Recording::id).containsExactly(r.id());
	}

	@Test
	void aBodyCameraLinksToTheOneIncidentItsOfficerHandledAndTwoMakeItAmbiguous() {
		UUID station = fixtures.unit("城关派出所");
		UUID wearer = newOfficer(station);
		UUID partner = fixtures.qualifiedOfficers(station).getFirst();
		Device camera = as("admin", () -> devices.register("BC-" + UUID.randomUUID().toString().substring(0, 8), DeviceKind.BODY_CAMERA, wearer,
				null, "执法记录仪"));
		assertThat(camera.unitId()).isEqualTo(station);
		Instant received = now.minus(Duration.ofHours(3));
		IncidentDetails incident = as("officer", () -> desk.register(new NewIncident(UUID.randomUUID(), IncidentSource.PHONE_110, received, null,
				"示范市城关路8号", "李某", null, null, "有人打架", List.of(wearer, partner))));
		Recording r = upload("officer", camera, received.plus(Duration.ofMinutes(10)), received.plus(Duration.ofMinutes(40)), randomBytes(1500));
		assertThat(r.status()).isEqualTo(LinkStatus.LINKED);
		assertThat(r.link().targetKind()).isEqualTo(TargetKind.INCIDENT);
		assertThat(r.link().targetId()).isEqualTo(incident.incident().id());
		assertThat(r.link().rule()).isEqualTo(RecordingLinks.INCIDENT_RULE);
		assertThat(r.link().reason()).contains("处警民警一致");
		assertThat(r.officerId()).isEqualTo(wearer);
		as("officer", () -> desk.register(new NewIncident(UUID.randomUUID(), IncidentSource.PHONE_110, received.plus(Duration.ofMinutes(30)), null,
				"示范市城关路9号", "王某", null, null, "又一起纠纷", List.of(wearer, partner))));
		Recording two = upload("officer", camera, received.plus(Duration.ofMinutes(35)), received.plus(Duration.ofMinutes(50)), randomBytes(1500));
		assertThat(two.status()).isEqualTo(LinkStatus.UNMATCHED);
		assertThat(two.note()).contains("有 2 项");
	}

	@Test
	void aBodyCameraWithoutIncidentLinksToTheOfficersOnlyCase() {
		UUID station = fixtures.unit("城关派出所");
		UUID wearer = newOfficer(station);
		Device camera = as("admin", () -> devices.register("BC-" + UUID.randomUUID().toString().substring(0, 8), DeviceKind.BODY_CAMERA, wearer,
				null, "执法记录仪"));
		Recording none = upload("officer", camera, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)), randomBytes(900));
		assertThat(none.status()).isEqualTo(LinkStatus.UNMATCHED);
		Case own = cases.open(new org.zhifa.cases.NewCase(UUID.randomUUID(), org.zhifa.intake.CaseKind.CRIMINAL, UUID.randomUUID(),
				"测试受案记录仪" + UUID.randomUUID().toString().substring(0, 4), station, "XS-0101", "测试案情：记录仪关联。", "示范市城关路1号",
				List.of(wearer, fixtures.qualifiedOfficers(station).getFirst()), now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2))));
		Recording r = upload("officer", camera, now.minus(Duration.ofMinutes(50)), now.minus(Duration.ofMinutes(20)), randomBytes(900));
		assertThat(r.status()).isEqualTo(LinkStatus.LINKED);
		assertThat(r.link().targetKind()).isEqualTo(TargetKind.CASE);
		assertThat(r.link().caseId()).isEqualTo(own.id());
		assertThat(r.link().rule()).isEqualTo(RecordingLinks.CASE_RULE);
	}

	// ---- the queue: by hand ----------------------------------------------------------------------------------------------

	@Test
	void aPersonLinksFromTheQueueOrSetsAsideAndAStaleVersionIsRefused() {
		QuestioningSession s = session(now.minus(Duration.ofHours(5)), now.minus(Duration.ofHours(4)));
		Recording r = upload("custody", recorder, now.minus(Duration.ofHours(9)), now.minus(Duration.ofHours(8)), randomBytes(700));
		assertThat(r.status()).isEqualTo(LinkStatus.UNMATCHED);
		assertThatThrownBy(() -> as("custody", () -> links.link(r.id(), r.version() + 1, TargetKind.QUESTIONING, s.id(), "设备时钟慢了四小时")))
			.isInstanceOf(StaleVersion.class);
		assertThatThrownBy(() -> as("custody", () -> links.link(r.id(), r.version(), TargetKind.QUESTIONING, UUID.randomUUID(), "无")))
			.isInstanceOf(InvalidInput.class);
		Recording linked = as("custody", () -> links.link(r.id(), r.version(), TargetKind.QUESTIONING, s.id(), "设备时钟慢了四小时"));
		assertThat(linked.status()).isEqualTo(LinkStatus.LINKED);
		assertThat(linked.link().automatic()).isFalse();
		assertThat(linked.link().reason()).isEqualTo("人工关联：设备时钟慢了四小时");
		assertThat(linked.link().linkedBy()).isNotEqualTo("系统");
		assertThat(linked.version()).isEqualTo(r.version() + 1);
		Recording other = upload("custody", recorder, now.minus(Duration.ofHours(12)), now.minus(Duration.ofHours(11)), randomBytes(700));
		Recording aside = as("custody", () -> links.setAside(other.id(), other.version(), "设备测试录像"));
		assertThat(aside.status()).isEqualTo(LinkStatus.NOT_CASE_RELATED);
		assertThat(aside.note()).startsWith("设备测试录像");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject_id = ? AND action = 'evidence.recording-linked-manually'")
			.param(r.id().toString()).query(Long.class).single()).isOne();
	}

	// ---- coverage ------------------------------------------------------------------------------------------------------

	@Test
	void aSessionWithAGapIsAFindingAndItsAlarmStays() {
		QuestioningSession s = session(now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
		Recording a = upload("custody", recorder, s.startedAt(), s.startedAt().plus(Duration.ofMinutes(20)), randomBytes(800));
		Recording b = upload("custody", recorder, s.startedAt().plus(Duration.ofMinutes(30)), s.endedAt(), randomBytes(800));
		assertThat(a.link().targetId()).isEqualTo(s.id());
		assertThat(b.link().targetId()).isEqualTo(s.id());
		var c = as("custody", () -> coverage.of(s.id()));
		assertThat(c.finding()).isTrue();
		assertThat(c.coverage().gaps()).containsExactly(new Coverage.Gap(s.startedAt().plus(Duration.ofMinutes(20)), s.startedAt().plus(Duration.ofMinutes(30))));
		assertThat(as("custody", () -> coverage.ended(s.startedAt(), now, true))).extracting(x -> x.session().id()).contains(s.id());
		assertThat(jdbc.sql("SELECT recording_file FROM custody_questioning WHERE id = ?").param(s.id()).query(String.class).optional()).isEmpty();
		assertThat(openAlarms(s)).contains(AlarmKind.QUESTIONING_UNRECORDED);
		// the missing ten minutes arrive: covered, recorded in custody, alarm cleared
		upload("custody", recorder, s.startedAt().plus(Duration.ofMinutes(19)), s.startedAt().plus(Duration.ofMinutes(31)), randomBytes(800));
		assertThat(as("custody", () -> coverage.of(s.id())).coverage().covered()).isTrue();
		assertThat(openAlarms(s)).doesNotContain(AlarmKind.QUESTIONING_UNRECORDED);
	}

	@Test
	void aRecordingLinkedWhileItsSessionRunsIsJudgedOnceTheSessionHasEnded() {
		QuestioningFixtures f = new QuestioningFixtures(admissions, steps, questioning, custody, cases, jdbc);
		QuestioningSession running = f.questioning(theCase, "钱某", center, room.id(), now.minus(Duration.ofMinutes(50)));
		Recording r = upload("custody", recorder, running.startedAt(), now.minus(Duration.ofMinutes(10)), randomBytes(900));
		assertThat(r.link().targetId()).isEqualTo(running.id());
		assertThat(as("custody", () -> coverage.of(running.id())).coverage()).isNull();
		QuestioningSession ended = f.end(running, now.minus(Duration.ofMinutes(10)));
		assertThat(openAlarms(ended)).contains(AlarmKind.QUESTIONING_UNRECORDED);
		coverage.settleEnded();
		assertThat(jdbc.sql("SELECT recording_file FROM custody_questioning WHERE id = ?").param(ended.id()).query(String.class).single())
			.isEqualTo("视音频 " + r.number());
		assertThat(openAlarms(ended)).doesNotContain(AlarmKind.QUESTIONING_UNRECORDED);
	}

	// ---- scope ---------------------------------------------------------------------------------------------------------

	@Test
	void anotherUnitCannotSeeARecordingNorACasesEvidence() {
		Recording r = upload("custody", recorder, now.minus(Duration.ofHours(70)), now.minus(Duration.ofHours(69)), randomBytes(600));
		assertThatThrownBy(() -> as("officer2", () -> queries.get(r.id()))).isInstanceOf(NotFound.class);
		assertThat(as("officer2", () -> queries.search(new RecordingSearch(null, null, recorder.id(), null, null, null, null),
				org.zhifa.shared.PageRequest.of(0, 50))).total()).isZero();
		assertThatThrownBy(() -> as("officer2", () -> evidence.ofCase(theCase.id()))).isInstanceOf(NotFound.class);
	}

	// ---- evidence records ----------------------------------------------------------------------------------------------

	@Test
	void evidenceRecordsNameTheirSourceAndWhatTheyComeFrom() {
		QuestioningSession s = session(now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
		Recording r = upload("custody", recorder, s.startedAt(), s.endedAt(), randomBytes(1200));
		EvidenceRecord av = as("officer", () -> evidence.add(theCase.id(), new NewEvidence(EvidenceKind.AUDIOVISUAL, "讯问同步录音录像", null,
				"执法办案管理中心讯问室", s.endedAt(), null, r.id(), null, "第一次讯问笔录")));
		// 物证 rests on a property item of the case: an id the property module does not know is refused
		assertThatThrownBy(() -> as("officer", () -> evidence.add(theCase.id(), new NewEvidence(EvidenceKind.PHYSICAL, "撬棍一根", "长约60厘米", "现场扣押",
				now.minus(Duration.ofDays(1)), null, null, UUID.randomUUID(), null)))).isInstanceOf(InvalidInput.class).hasMessageContaining("涉案财物");
		assertThatThrownBy(() -> as("officer", () -> evidence.add(theCase.id(), new NewEvidence(EvidenceKind.PHYSICAL, "无来源物证", "长约60厘米", "现场",
				now, null, null, null, null)))).isInstanceOf(InvalidInput.class).hasMessageContaining("涉案财物");
		assertThatThrownBy(() -> as("officer", () -> evidence.add(theCase.id(), new NewEvidence(EvidenceKind.DOCUMENTARY, "书证", null, "某公司",
				now, UUID.randomUUID(), null, null, null)))).isInstanceOf(InvalidInput.class);
		List<EvidenceRecord> listed = as("officer", () -> evidence.ofCase(theCase.id()));
		assertThat(listed).extracting(EvidenceRecord::title).containsExactly("讯问同步录音录像");
		assertThat(listed.get(0).recordingNumber()).isEqualTo(r.number());
		assertThat(av.transcript()).isEqualTo("第一次讯问笔录");
	}

	// ---- helpers -------------------------------------------------------------------------------------------------------

	/** A suspect of the case brought in and questioned in this test's room over [start, end]. */
	QuestioningSession session(Instant start, Instant end) {
		return new QuestioningFixtures(admissions, steps, questioning, custody, cases, jdbc).questioned(theCase, "赵某", center, room.id(), start, end);
	}

	List<AlarmKind> openAlarms(QuestioningSession s) {
		return as("custody", () -> alarms.list(null, s.visitId(), true)).stream().filter(a -> a.subjectId().equals(s.id()))
			.map(org.zhifa.custody.Alarm::kind).toList();
	}

	Recording awaitSealed(Recording r) {
		Eventually.await("recording " + r.number() + " sealed with its SM3", () -> as("custody", () -> queries.get(r.id())).sealed());
		return as("custody", () -> queries.get(r.id()));
	}

	static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	Recording upload(String username, Device device, Instant start, Instant end, byte[] content) {
		return as(username, () -> ingest.upload(new NewRecording(device.code(), null, start, end, "测试地点", "clip.mp4", "video/mp4"),
				new ByteArrayInputStream(content)));
	}

	UUID newOfficer(UUID station) {
		return EvidenceTestSupport.newOfficer(officers, "记录", station);
	}

	static byte[] randomBytes(int n) {
		byte[] b = new byte[n];
		ThreadLocalRandom.current().nextBytes(b);
		return b;
	}

	static String sm3(byte[] content) {
		SM3Digest d = new SM3Digest();
		d.update(content, 0, content.length);
		byte[] out = new byte[32];
		d.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	private <T> T as(String username, Supplier<T> work) {
		return EvidenceTestSupport.as(jdbc, username, work);
	}
}
