package org.zhifa.document;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An issued legal document (法律文书). Lifecycle: it comes into being issued — numbered, rendered, hashed (SM3) and
 * signed (SM2) in one transaction — and never changes afterwards (the database refuses any UPDATE or DELETE). A mistake
 * is put right by issuing a correction that names it in {@code corrects}; the original then shows {@code correctedBy}.
 * Service to parties is recorded beside it ({@link ServiceRecord}), not in it.
 */
public record LegalDocument(UUID id, String typeCode, String typeName, String number, UUID unitId, UUID issuerUnitId, String issuerName,
		@Nullable UUID caseId, @Nullable String caseLabel, List<FilledField> fields, UUID issuedBy, String issuedByName,
		Instant issuedAt, @Nullable UUID corrects, @Nullable String correctsNumber, @Nullable String correctionReason,
		@Nullable UUID correctedBy, @Nullable String correctedByNumber, String sm3, int pdfSize) {

	public LegalDocument {
		fields = List.copyOf(fields);
	}

	public boolean corrected() {
		return correctedBy != null;
	}

	public String label() {
		return typeName + " " + number;
	}
}
