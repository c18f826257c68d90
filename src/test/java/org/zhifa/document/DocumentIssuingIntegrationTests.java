package org.zhifa.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.IntegrationTest;
import org.zhifa.TestActors;
import org.zhifa.TrailReader;
import org.zhifa.UnitFixtures;
import org.zhifa.audit.AuditRecord;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.organization.UnitManagement;
import org.zhifa.shared.DataScope;
import org.zhifa.shared.InvalidInput;

/**
 * Issuing, numbering, signing, verifying, correcting and serving legal documents through the module's Java API, on the
 * real database: the way the approval module will issue them.
 */
@IntegrationTest
@RecordApplicationEvents
class DocumentIssuingIntegrationTests {

	@Autowired
	DocumentIssuing issuing;

	@Autowired
	DocumentServing serving;

	@Autowired
	DocumentVerification verification;

	@Autowired
	LegalDocuments documents;

	@Autowired
	UnitManagement unitManagement;

	@Autowired
	UnitDirectory unitDirectory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TrailReader audit;

	@Autowired
	ApplicationEvents events;

	UUID station;
	UUID officer;
	final int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();

	@BeforeEach
	void freshStation() {
		var units = new UnitFixtures(unitManagement, unitDirectory);
		station = units.station("文书测试派出所", units.districtBureau("文书测试分局"));
		officer = jdbc.sql("SELECT officer_id FROM account WHERE username = 'head'").query(UUID.class).single();
	}

	NewDocument detention(String person) {
		return NewDocument.of("DETENTION_WARRANT", station, UUID.randomUUID(), "A330100 " + person + "涉嫌盗窃案",
				Map.of("person", person, "offence", "盗窃罪", "legalBasis", "《中华人民共和国刑事诉讼法》第八十二条",
						"custodyPlace", "示范市看守所"), officer);
	}

	@Test
	void anIssuedDocumentIsNumberedRenderedSignedStoredAuditedAndPublished() throws Exception {
		LegalDocument issued = issuing.issue(detention("张三"));

		String abbreviation = jdbc.sql("SELECT name FROM unit WHERE parent_id IS NULL").query(String.class).single().substring(0, 1) + "公文";
		assertThat(issued.number()).isEqualTo(abbreviation + "(刑)拘字〔" + year + "〕00001号");
		assertThat(issued.typeName()).isEqualTo("拘留证");
		assertThat(issued.issuerName()).endsWith("文书测试分局文书测试派出所");
		assertThat(issued.fields()).extracting(FilledField::label).containsExactly("被拘留人", "涉嫌罪名", "法律依据", "送往看守所");
		assertThat(issued.sm3()).hasSize(64);

		byte[] pdf = asSystem(() -> documents.pdf(issued.id()));
		String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
		assertThat(text).contains("拘留证", issued.number(), "张三", "盗窃罪", issued.issuerName());

		Verification check = verification.verify(pdf);
		assertThat(check.valid()).isTrue();
		assertThat(check.number()).isEqualTo(issued.number());
		assertThat(check.issuerName()).isEqualTo(issued.issuerName());
		assertThat(check.issuedAt()).isEqualTo(issued.issuedAt());

		assertThat(audit.about(issued.id())).extracting(AuditRecord::action).contains("document.issued", "document.pdf-read",
				"document.verified");
		assertThat(events.stream(DocumentIssued.class)).anyMatch(e -> e.documentId().equals(issued.id())
				&& e.number().equals(issued.number()));
	}

	@Test
	void aSingleFlippedByteFailsVerificationNamingTheDocumentItClaimsToBe() {
		LegalDocument issued = issuing.issue(detention("李四"));
		byte[] pdf = asSystem(() -> documents.pdf(issued.id()));
		byte[] changed = pdf.clone();
		int at = indexOf(pdf, "stream") + 20; // one bit inside the page's compressed content
		changed[at] ^= 0x01;

		Verification check = verification.verify(changed);
		assertThat(check.valid()).isFalse();
		assertThat(check.reason()).contains("文件已被改动", issued.number());

		for (int position : new int[] { 0, 9, pdf.length / 3, pdf.length / 2, pdf.length - 3 }) {
			byte[] flipped = pdf.clone();
			flipped[position] ^= 0x20;
			assertThat(verification.verify(flipped).valid()).as("byte %d changed", position).isFalse();
		}

		Verification stranger = verification.verify("%PDF-1.4 not ours".getBytes());
		assertThat(stranger.valid()).isFalse();
		assertThat(stranger.reason()).contains("没有与该文件一致的已签发文书");
	}

	@Test
	void aTamperedSignatureRecordIsDetected() {
		LegalDocument issued = issuing.issue(detention("王五"));
		byte[] pdf = asSystem(() -> documents.pdf(issued.id()));
		// another unit's key: the signature no longer verifies with it (the trigger is bypassed as a DBA could)
		LegalDocument other = issuing.issue(NewDocument.of("DETENTION_WARRANT", unitDirectory.root().orElseThrow().id(), null, null,
				Map.of("person", "赵六", "offence", "盗窃罪", "legalBasis", "刑诉法第八十二条", "custodyPlace", "示范市看守所"), officer));
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("ALTER TABLE legal_document DISABLE TRIGGER legal_document_no_change").update();
			jdbc.sql("UPDATE legal_document SET signing_key_id = (SELECT signing_key_id FROM legal_document WHERE id = :other) WHERE id = :id")
				.param("other", other.id()).param("id", issued.id()).update();
			jdbc.sql("ALTER TABLE legal_document ENABLE TRIGGER legal_document_no_change").update();
		});
		Verification check = verification.verify(pdf);
		assertThat(check.valid()).isFalse();
		assertThat(check.reason()).contains("签名验证失败");
	}

	@Test
	void issuedDocumentsCannotBeChangedOrDeleted() {
		LegalDocument issued = issuing.issue(detention("钱七"));
		assertThatThrownBy(() -> jdbc.sql("UPDATE legal_document SET case_label = '改' WHERE id = ?").param(issued.id()).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("不可修改");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM legal_document WHERE id = ?").param(issued.id()).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("不可修改");
		assertThat(asSystem(() -> documents.get(issued.id())).document().caseLabel()).contains("钱七");
	}

	@Test
	void concurrentIssuesGetDistinctConsecutiveNumbersWithoutGaps() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<List<String>>> workers = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				int thread = t;
				workers.add(pool.submit(() -> IntStream.range(0, 25)
					.mapToObj(i -> issuing.issue(NewDocument.of("SUMMONS", station, null, null,
							Map.of("person", "嫌疑人" + thread + "-" + i, "reason", "涉嫌盗窃", "place", "本所办案区"), officer)).number())
					.toList()));
			}
			List<String> numbers = new ArrayList<>();
			for (var worker : workers) {
				numbers.addAll(worker.get());
			}
			List<Integer> sequences = jdbc.sql("SELECT sequence FROM legal_document WHERE unit_id = ? AND type_code = 'SUMMONS' ORDER BY sequence")
				.param(station).query(Integer.class).list();
			assertThat(numbers).hasSize(200).doesNotHaveDuplicates();
			assertThat(sequences).containsExactlyElementsOf(IntStream.rangeClosed(1, 200).boxed().toList());
			assertThat(Collections.max(numbers)).endsWith("〔" + year + "〕00200号");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRolledBackIssueLeavesNoGapInTheSeries() {
		issuing.issue(detention("甲"));
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
			issuing.issue(detention("乙"));
			throw new IllegalStateException("审批在签发后失败");
		})).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> issuing.issue(NewDocument.of("DETENTION_WARRANT", station, null, null, Map.of("person", "丙"), officer)))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("涉嫌罪名");
		LegalDocument third = issuing.issue(detention("丁"));
		assertThat(third.number()).endsWith("00002号");
	}

	@Test
	void theSameRequestIdIssuesOnce() {
		LegalDocument first = issuing.issue(detention("孙八").withRequestId("req-" + UUID.randomUUID()));
		String key = jdbc.sql("SELECT request_id FROM legal_document WHERE id = ?").param(first.id()).query(String.class).single();
		LegalDocument again = issuing.issue(detention("孙八").withRequestId(key));
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(jdbc.sql("SELECT count(*) FROM legal_document WHERE unit_id = ?").param(station).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void unknownTypesAndFieldsAreRefusedBeforeANumberIsTaken() {
		assertThatThrownBy(() -> issuing.issue(NewDocument.of("NO_SUCH_TYPE", station, null, null, Map.of(), officer)))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("未知的文书类型");
		Map<String, String> fields = new java.util.HashMap<>(detention("x").fields());
		fields.put("color", "红");
		assertThatThrownBy(() -> issuing.issue(NewDocument.of("DETENTION_WARRANT", station, null, null, fields, officer)))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("color");
		assertThat(jdbc.sql("SELECT count(*) FROM document_number_counter WHERE unit_id = ?").param(station).query(Long.class).single())
			.isZero();
	}

	@Test
	void aCorrectionIsANewDocumentThatReferencesTheOldOneWhichShowsItWasCorrected() throws Exception {
		LegalDocument original = issuing.issue(detention("周九"));
		LegalDocument correction = issuing.issue(detention("周玖").correcting(original.id(), "被拘留人姓名写错"));

		assertThat(correction.number()).endsWith("00002号");
		assertThat(correction.corrects()).isEqualTo(original.id());
		assertThat(correction.correctsNumber()).isEqualTo(original.number());
		LegalDocument reread = asSystem(() -> documents.get(original.id())).document();
		assertThat(reread.correctedBy()).isEqualTo(correction.id());
		assertThat(reread.correctedByNumber()).isEqualTo(correction.number());
		String text = new PdfTextExtractor(new PdfReader(asSystem(() -> documents.pdf(correction.id())))).getTextFromPage(1);
		assertThat(text).contains("本文书更正" + original.number());

		assertThatThrownBy(() -> issuing.issue(detention("周久").correcting(original.id(), "再改一次")))
			.isInstanceOf(DocumentAlreadyCorrected.class);
		LegalDocument second = issuing.issue(detention("周久").correcting(correction.id(), "仍有笔误"));
		assertThat(second.correctsNumber()).isEqualTo(correction.number());
		Verification old = verification.verify(asSystem(() -> documents.pdf(original.id())));
		assertThat(old.valid()).isTrue();
		assertThat(old.note()).contains("已被", correction.number());
		assertThatThrownBy(() -> issuing.issue(NewDocument.of("SUMMONS", station, null, null,
				Map.of("person", "周九", "reason", "盗窃", "place", "本所"), officer).correcting(second.id(), "类型不同")))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void serviceIsRecordedOncePerRequestPublishedAndCheckedAgainstTheIssueTime() {
		LegalDocument issued = issuing.issue(detention("吴十"));
		var actor = TestActors.actor("server", station, officer, DataScope.UNIT, "document:serve", "document:read");
		Instant servedAt = issued.issuedAt().plusSeconds(1);
		String key = "svc-" + UUID.randomUUID();
		List<ServiceRecord> recorded = new ArrayList<>();
		TestActors.runAs(actor, () -> {
			recorded.add(serving.serve(issued.id(), new NewService(ServiceMethod.IN_PERSON, servedAt, "吴十", "本人签收", key)));
			recorded.add(serving.serve(issued.id(), new NewService(ServiceMethod.IN_PERSON, servedAt, "吴十", "本人签收", key)));
		});
		assertThat(recorded.get(1).id()).isEqualTo(recorded.get(0).id());
		assertThat(asSystem(() -> documents.get(issued.id())).services()).hasSize(1).first()
			.satisfies(s -> assertThat(s.method()).isEqualTo(ServiceMethod.IN_PERSON));
		assertThat(events.stream(DocumentServed.class)).filteredOn(e -> e.documentId().equals(issued.id())).singleElement()
			.satisfies(e -> assertThat(e.servedAt()).isEqualTo(servedAt));

		TestActors.runAs(actor, () -> {
			assertThatThrownBy(() -> serving.serve(issued.id(), new NewService(ServiceMethod.MAIL, Instant.now().plusSeconds(3600), "家属", null, null)))
				.isInstanceOf(InvalidInput.class).hasMessageContaining("不能晚于当前时间");
			assertThatThrownBy(() -> serving.serve(issued.id(), new NewService(ServiceMethod.MAIL, issued.issuedAt().minusSeconds(3600), "家属", null, null)))
				.isInstanceOf(InvalidInput.class).hasMessageContaining("不能早于文书签发时间");
		});
		var stranger = TestActors.actor("stranger", UUID.randomUUID(), UUID.randomUUID(), DataScope.UNIT, "document:serve");
		TestActors.runAs(stranger, () -> assertThatThrownBy(() -> serving.serve(issued.id(),
				new NewService(ServiceMethod.IN_PERSON, servedAt, "吴十", null, null))).isInstanceOf(org.zhifa.shared.NotFound.class));
		assertThat(audit.about(issued.id())).extracting(AuditRecord::action).containsOnlyOnce("document.served");
	}

	@Test
	void aCorrectedDocumentIsNotServed() {
		LegalDocument original = issuing.issue(detention("郑一"));
		issuing.issue(detention("郑壹").correcting(original.id(), "姓名有误"));
		var actor = TestActors.actor("server", station, officer, DataScope.UNIT, "document:serve");
		TestActors.runAs(actor, () -> assertThatThrownBy(() -> serving.serve(original.id(),
				new NewService(ServiceMethod.IN_PERSON, Instant.now(), "郑一", null, null))).isInstanceOf(CorrectedDocumentCannotBeServed.class));
	}

	private static <T> T asSystem(java.util.function.Supplier<T> work) {
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
		return work.get();
	}

	private static int indexOf(byte[] haystack, String needle) {
		byte[] n = needle.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		outer:
		for (int i = 0; i <= haystack.length - n.length; i++) {
			for (int j = 0; j < n.length; j++) {
				if (haystack[i + j] != n[j]) {
					continue outer;
				}
			}
			return i;
		}
		throw new IllegalArgumentException(needle);
	}
}
