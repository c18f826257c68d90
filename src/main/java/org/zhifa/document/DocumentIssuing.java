package org.zhifa.document;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.document.internal.DocumentRenderer;
import org.zhifa.document.internal.Sm2;
import org.zhifa.officer.OfficerDirectory;
import org.zhifa.officer.OfficerSummary;
import org.zhifa.shared.InvalidInput;

/**
 * Issues legal documents — the module's entry point for the approval module, which calls it when a request is approved,
 * inside its own transaction. One issue, all or nothing: take the next 文号 of the unit's series (the counter row stays
 * locked until commit, so numbers are gap-free and never reused), render the PDF, hash it (SM3), sign it with the
 * unit's SM2 key, store it, audit it and publish {@link DocumentIssued}. Callers authorize; no data scope applies here.
 */
@Service
public class DocumentIssuing {

	private static final int MAX_FIELD = 2000;

	private final DocumentCatalogue catalogue;
	private final DocumentIssuers issuers;
	private final DocumentRecords records;
	private final SigningKeys keys;
	private final DocumentRenderer renderer;
	private final OfficerDirectory officers;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DocumentIssuing(DocumentCatalogue catalogue, DocumentIssuers issuers, DocumentRecords records, SigningKeys keys,
			DocumentRenderer renderer, OfficerDirectory officers, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.catalogue = catalogue;
		this.issuers = issuers;
		this.records = records;
		this.keys = keys;
		this.renderer = renderer;
		this.officers = officers;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Issues the document; with a {@code requestId} already used, returns the document issued then. */
	@Transactional
	public LegalDocument issue(NewDocument request) {
		if (request.requestId() != null) {
			var earlier = records.findByRequestId(request.requestId());
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		DocumentType type = catalogue.get(request.typeCode());
		List<FilledField> fields = filled(type, request.fields());
		OfficerSummary issuer = officers.find(request.issuedBy()).filter(OfficerSummary::active)
			.orElseThrow(() -> new InvalidInput("issuedBy", "签发人不存在或已不在岗：" + request.issuedBy()));
		UUID issuingUnit = request.issuingUnit();
		DocumentIssuer unit = issuers.effective(issuingUnit);
		String caseLabel = blankToNull(request.caseLabel());
		@Nullable LegalDocument original = request.corrects() == null ? null : correctable(request, type);

		Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
		ZonedDateTime local = issuedAt.atZone(clock.getZone());
		int year = local.getYear();
		var number = new DocumentNumber(unit.abbreviation(), type.category(), type.word(), year,
				records.nextSequence(issuingUnit, type.code(), year));

		UUID id = UUID.randomUUID();
		String correctionNote = original == null ? null
				: "本文书更正" + original.number() + "号文书，原文书作废。更正原因：" + request.correctionReason().strip();
		byte[] pdf = renderer.render(new DocumentRenderer.Page(id.toString(), unit.issuerName(), type.title(), number.text(), caseLabel,
				correctionNote, fields.stream().map(f -> new DocumentRenderer.Line(f.label(), f.value())).toList(),
				OfficialDate.of(local.toLocalDate()), type.stubNote()));
		SigningKeys.SigningKey key = keys.of(issuingUnit);
		String sm3 = Sm2.sm3Hex(pdf);
		byte[] signature = keys.sign(key, pdf);

		records.insert(new DocumentRecords.Issued(id, type.code(), number, request.unitId(), issuingUnit, unit.issuerName(), request.caseId(),
				caseLabel, fields, issuer.id(), issuer.name(), issuedAt, request.corrects(),
				original == null ? null : request.correctionReason().strip(), request.requestId(), pdf, sm3, signature, key.id()));
		LegalDocument issued = records.find(id).orElseThrow();
		audit.record(AuditRecord.of("document.issued", "legal-document", id, "签发" + type.name() + " " + number.text()
				+ (caseLabel == null ? "" : "（" + caseLabel + "）") + (original == null ? "" : "，更正 " + original.number())
				+ "；SM3 " + sm3));
		events.publishEvent(new DocumentIssued(id, type.code(), number.text(), request.unitId(), request.caseId(), issuedAt,
				request.corrects()));
		return issued;
	}

	/** Checks a draft the way issuing will (every required field, no unknown key, lengths); 400 naming the field otherwise. */
	public void checkDraft(String typeCode, Map<String, String> fields) {
		filled(catalogue.get(typeCode), fields);
	}

	/**
	 * The draft rendered as it would be issued today, but unnumbered, unsigned and marked 草稿 — for reviewers to read before
	 * they sign. Nothing is stored.
	 */
	public byte[] preview(String typeCode, UUID unitId, @Nullable String caseLabel, Map<String, String> fields) {
		DocumentType type = catalogue.get(typeCode);
		List<FilledField> filledFields = filled(type, fields);
		DocumentIssuer unit = issuers.effective(unitId);
		ZonedDateTime local = clock.instant().atZone(clock.getZone());
		return renderer.render(new DocumentRenderer.Page("draft", unit.issuerName(), type.title() + "（草稿）", "（批准后编号）",
				blankToNull(caseLabel), "本文书为审批中的草稿，未编号、未签章，不具有法律效力。",
				filledFields.stream().map(f -> new DocumentRenderer.Line(f.label(), f.value())).toList(),
				OfficialDate.of(local.toLocalDate()), type.stubNote()));
	}

	private LegalDocument correctable(NewDocument request, DocumentType type) {
		if (request.correctionReason() == null || request.correctionReason().isBlank()) {
			throw new InvalidInput("correctionReason", "更正文书须写明更正原因");
		}
		LegalDocument original = records.findForCorrection(request.corrects())
			.orElseThrow(() -> new InvalidInput("corrects", "被更正的文书不存在：" + request.corrects()));
		if (!original.typeCode().equals(type.code()) || !original.unitId().equals(request.unitId())
				|| !original.issuerUnitId().equals(request.issuingUnit())) {
			throw new InvalidInput("corrects", "更正文书须与原文书同一类型、同一签发单位：原文书为 " + original.label());
		}
		if (original.correctedBy() != null) {
			throw new DocumentAlreadyCorrected(original.number(), original.correctedByNumber());
		}
		return original;
	}

	/** The template's fields in order with their values; a missing required field or an unknown key is a 400. */
	private static List<FilledField> filled(DocumentType type, Map<String, String> values) {
		for (String key : values.keySet()) {
			if (type.fields().stream().noneMatch(f -> f.key().equals(key))) {
				throw new InvalidInput("fields." + key, type.name() + "没有字段 " + key);
			}
		}
		List<FilledField> filled = new ArrayList<>();
		for (DocumentField field : type.fields()) {
			String value = blankToNull(values.get(field.key()));
			if (value == null) {
				if (field.required()) {
					throw new InvalidInput("fields." + field.key(), type.name() + "须填写“" + field.label() + "”");
				}
				continue;
			}
			if (value.length() > MAX_FIELD) {
				throw new InvalidInput("fields." + field.key(), "“" + field.label() + "”不能超过" + MAX_FIELD + "个字");
			}
			filled.add(new FilledField(field.key(), field.label(), value));
		}
		return filled;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
