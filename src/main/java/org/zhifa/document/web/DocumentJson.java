package org.zhifa.document.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhifa.document.DocumentField;
import org.zhifa.document.DocumentIssuer;
import org.zhifa.document.DocumentType;
import org.zhifa.document.FilledField;
import org.zhifa.document.LegalDocument;
import org.zhifa.document.LegalDocuments;
import org.zhifa.document.ServiceMethod;
import org.zhifa.document.ServiceRecord;
import org.zhifa.document.Verification;

/** The JSON shapes of docs/api.md § Documents. */
final class DocumentJson {

	private DocumentJson() {
	}

	record Type(String code, String name, @Nullable String category, String word, String approver, String basis,
			@Nullable String stubNote, List<DocumentField> fields) {

		static Type of(DocumentType t) {
			return new Type(t.code(), t.name(), t.category(), t.word(), t.approver(), t.basis(), t.stubNote(), t.fields());
		}
	}

	record Summary(UUID id, String typeCode, String typeName, String number, UUID unitId, String issuerName,
			@Nullable UUID caseId, @Nullable String caseLabel, String issuedByName, Instant issuedAt, @Nullable UUID corrects,
			@Nullable String correctsNumber, @Nullable UUID correctedBy, @Nullable String correctedByNumber) {

		static Summary of(LegalDocument d) {
			return new Summary(d.id(), d.typeCode(), d.typeName(), d.number(), d.unitId(), d.issuerName(), d.caseId(), d.caseLabel(),
					d.issuedByName(), d.issuedAt(), d.corrects(), d.correctsNumber(), d.correctedBy(), d.correctedByNumber());
		}
	}

	record Service(UUID id, ServiceMethod method, String methodName, Instant servedAt, String recipient, @Nullable String note,
			String recordedByName, Instant recordedAt) {

		static Service of(ServiceRecord s) {
			return new Service(s.id(), s.method(), s.method().label(), s.servedAt(), s.recipient(), s.note(), s.recordedByName(),
					s.recordedAt());
		}
	}

	record Details(UUID id, String typeCode, String typeName, String number, UUID unitId, String issuerName,
			@Nullable UUID caseId, @Nullable String caseLabel, List<FilledField> fields, String issuedByName, Instant issuedAt,
			@Nullable UUID corrects, @Nullable String correctsNumber, @Nullable String correctionReason,
			@Nullable UUID correctedBy, @Nullable String correctedByNumber, String sm3, int pdfSize, List<Service> services) {

		static Details of(LegalDocuments.Details details) {
			LegalDocument d = details.document();
			return new Details(d.id(), d.typeCode(), d.typeName(), d.number(), d.unitId(), d.issuerName(), d.caseId(), d.caseLabel(),
					d.fields(), d.issuedByName(), d.issuedAt(), d.corrects(), d.correctsNumber(), d.correctionReason(), d.correctedBy(),
					d.correctedByNumber(), d.sm3(), d.pdfSize(), details.services().stream().map(Service::of).toList());
		}
	}

	record Method(ServiceMethod code, String name) {
	}

	record Issuer(UUID unitId, String unitName, String abbreviation, String issuerName, boolean customized, long version) {

		static Issuer of(DocumentIssuer i) {
			return new Issuer(i.unitId(), i.unitName(), i.abbreviation(), i.issuerName(), i.customized(), i.version());
		}
	}

	record VerificationResult(boolean valid, String verdict, String reason, String sm3, @Nullable UUID documentId,
			@Nullable String number, @Nullable String typeName, @Nullable String issuerName, @Nullable Instant issuedAt,
			@Nullable String note) {

		static VerificationResult of(Verification v) {
			return new VerificationResult(v.valid(), v.valid() ? "真实有效" : "验证失败", v.reason(), v.sm3(), v.documentId(), v.number(),
					v.typeName(), v.issuerName(), v.issuedAt(), v.note());
		}
	}
}
