package org.zhifa.evidence;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.cases.CaseReference;
import org.zhifa.cases.CaseReferences;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.OutOfScope;
import org.zhifa.shared.Visibilities;

/**
 * A case's evidence records (证据): read under {@code evidence:read}, added under {@code evidence:record}, both within the
 * data scope of the case's unit. What a record rests on must be the case's own, as {@link EvidenceSources} checks it — a
 * property item of the case, an issued legal document of the case, a recording linked to the case, its questioning session
 * or its incident — and must fit the record's kind ({@link EvidenceKind}): a refusal names the field and nothing is written.
 */
@Service
@Transactional(readOnly = true)
public class CaseEvidence {

	private final EvidenceRecords records;
	private final EvidenceSources sources;
	private final CaseReferences cases;
	private final Visibilities visibilities;
	private final AuditTrail audit;
	private final Clock clock;

	CaseEvidence(EvidenceRecords records, EvidenceSources sources, CaseReferences cases, Visibilities visibilities, AuditTrail audit, Clock clock) {
		this.records = records;
		this.sources = sources;
		this.cases = cases;
		this.visibilities = visibilities;
		this.audit = audit;
		this.clock = clock;
	}

	public List<EvidenceRecord> ofCase(UUID caseId) {
		readable(caseId);
		return records.ofCase(caseId);
	}

	/** What the caller may base an evidence record of the case on: the choices of the 登记证据 form. */
	public EvidenceSources.Sources sources(UUID caseId) {
		CaseReference c = readable(caseId);
		if (!RecordingQueries.covers(visibilities, RecordingQueries.RECORD, c.unitId())) {
			throw new OutOfScope("案件 " + c.number() + " 的证据");
		}
		return sources.of(caseId);
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
		String title = text("title", e.title(), 200);
		String description = optional("description", e.description(), 2000);
		String source = text("source", e.source(), 200);
		String transcript = optional("transcript", e.transcript(), 200);
		fits(e.kind(), transcript != null, e.recordingId() != null, e.propertyItemId() != null);
		String documentNumber = e.documentId() == null ? null : sources.document(caseId, e.documentId()).number();
		String recordingNumber = e.recordingId() == null ? null : sources.recording(caseId, e.recordingId()).number();
		String itemCode = e.propertyItemId() == null ? null : sources.item(caseId, e.propertyItemId()).code();
		EvidenceRecord rec = new EvidenceRecord(UUID.randomUUID(), caseId, c.unitId(), e.kind(), title, description, source, e.collectedAt(),
				e.documentId(), documentNumber, e.recordingId(), recordingNumber, e.propertyItemId(), itemCode, transcript, now,
				CurrentActor.get().displayName(), 0);
		records.insert(rec);
		StringBuilder basis = new StringBuilder();
		if (documentNumber != null) {
			basis.append("；文书 ").append(documentNumber);
		}
		if (recordingNumber != null) {
			basis.append("；录像 ").append(recordingNumber);
		}
		if (itemCode != null) {
			basis.append("；涉案财物 ").append(itemCode);
		}
		audit.record(AuditRecord.of("evidence.recorded", "evidence-record", rec.id(), c.number() + " 登记" + e.kind().label() + "：" + rec.title()
				+ "（来源：" + rec.source() + basis + "）"));
		return rec;
	}

	/** The kind's rule: at least one of what it requires, nothing it does not allow; a refusal names the field concerned. */
	private static void fits(EvidenceKind kind, boolean transcript, boolean recording, boolean item) {
		Map<EvidenceKind.Basis, Boolean> given = new EnumMap<>(EvidenceKind.Basis.class);
		given.put(EvidenceKind.Basis.TRANSCRIPT, transcript);
		given.put(EvidenceKind.Basis.RECORDING, recording);
		given.put(EvidenceKind.Basis.PROPERTY_ITEM, item);
		given.forEach((basis, present) -> {
			if (present && !kind.allows(basis)) {
				throw new InvalidInput(basis.field(), kind.label() + "不能关联" + basis.label()
						+ (basis == EvidenceKind.Basis.RECORDING ? "（录像请登记为视听资料）" : "（请登记为物证或书证）"));
			}
		});
		if (!kind.requires().isEmpty() && kind.requires().stream().noneMatch(given::get)) {
			EvidenceKind.Basis first = kind.requires().iterator().next();
			throw new InvalidInput(first.field(), kind.label() + "须关联" + String.join("或",
					kind.requires().stream().map(b -> b == EvidenceKind.Basis.PROPERTY_ITEM ? "本案的涉案财物" : b.label()).toList()));
		}
	}

	private CaseReference readable(UUID caseId) {
		return cases.find(caseId, null).filter(c -> RecordingQueries.covers(visibilities, RecordingQueries.READ, c.unitId()))
			.orElseThrow(() -> new NotFound("案件", caseId));
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
