package org.zhifa.evidence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.cases.CaseReference;
import org.zhifa.cases.CaseReferences;
import org.zhifa.document.LegalDocuments;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.OutOfScope;
import org.zhifa.shared.Visibilities;

/**
 * A case's evidence records (证据): read under {@code evidence:read}, added under {@code evidence:record}, both within the
 * data scope of the case's unit. What a record rests on must belong to the case: a document of the case, a recording the
 * caller sees (视听资料/电子数据); a property item is kept as a plain reference until the property module offers a lookup.
 */
@Service
@Transactional(readOnly = true)
public class CaseEvidence {

	private final EvidenceRecords records;
	private final RecordingRecords recordings;
	private final CaseReferences cases;
	private final LegalDocuments documents;
	private final Visibilities visibilities;
	private final AuditTrail audit;
	private final Clock clock;

	CaseEvidence(EvidenceRecords records, RecordingRecords recordings, CaseReferences cases, LegalDocuments documents, Visibilities visibilities,
			AuditTrail audit, Clock clock) {
		this.records = records;
		this.recordings = recordings;
		this.cases = cases;
		this.documents = documents;
		this.visibilities = visibilities;
		this.audit = audit;
		this.clock = clock;
	}

	public List<EvidenceRecord> ofCase(UUID caseId) {
		readable(caseId);
		return records.ofCase(caseId);
	}

	@Transactional
	public EvidenceRecord add(UUID caseId, NewEvidence e) {
		CaseReference c = readable(caseId);
		if (!RecordingQueries.covers(visibilities, RecordingQueries.RECORD, c.unitId())) {
			throw new OutOfScope("案件 " + c.number() + " 的证据");
		}
		Instant now = clock.instant();
		if (e.collectedAt().isAfter(now.plus(RecordingIngest.CLOCK_SKEW))) {
			throw new InvalidInput("collectedAt", "收集时间不能晚于当前时间");
		}
		String recordingNumber = null;
		if (e.recordingId() != null) {
			Recording r = recordings.find(e.recordingId()).filter(RecordingQueries.visibleIn(visibilities.current(RecordingQueries.READ)))
				.orElseThrow(() -> new InvalidInput("recordingId", "录像不存在或无权访问"));
			recordingNumber = r.number();
		}
		if (e.documentId() != null && !documentOfCase(e.documentId(), caseId)) {
			throw new InvalidInput("documentId", "该法律文书不属于本案");
		}
		if (e.kind() == EvidenceKind.PHYSICAL && e.propertyItemId() == null && blank(e.description())) {
			throw new InvalidInput("propertyItemId", "物证请关联涉案财物或写明物品情况");
		}
		EvidenceRecord rec = new EvidenceRecord(UUID.randomUUID(), caseId, c.unitId(), e.kind(), text("title", e.title(), 200), optional("description", e.description(), 2000),
				text("source", e.source(), 200), e.collectedAt(), e.documentId(), e.recordingId(), recordingNumber, e.propertyItemId(),
				optional("transcript", e.transcript(), 200), now, CurrentActor.get().displayName(), 0);
		records.insert(rec);
		audit.record(AuditRecord.of("evidence.recorded", "evidence-record", rec.id(), c.number() + " 登记" + e.kind().label() + "：" + rec.title()
				+ "（来源：" + rec.source() + "）"));
		return rec;
	}

	private CaseReference readable(UUID caseId) {
		return cases.find(caseId, null).filter(c -> RecordingQueries.covers(visibilities, RecordingQueries.READ, c.unitId()))
			.orElseThrow(() -> new NotFound("案件", caseId));
	}

	private boolean documentOfCase(UUID documentId, UUID caseId) {
		try {
			return caseId.equals(documents.get(documentId).document().caseId());
		}
		catch (NotFound | org.springframework.security.access.AccessDeniedException ex) {
			return false;
		}
	}

	private static String text(String field, @Nullable String value, int max) {
		String v = value == null ? "" : value.strip();
		if (v.isEmpty() || v.length() > max) {
			throw new InvalidInput(field, "须为1至" + max + "个字");
		}
		return v;
	}

	private static @Nullable String optional(String field, @Nullable String value, int max) {
		if (blank(value)) {
			return null;
		}
		String v = value.strip();
		if (v.length() > max) {
			throw new InvalidInput(field, "不能超过" + max + "个字");
		}
		return v;
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}
}
