package org.zhifa.document;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the issuing module (approval) hands over to issue a document.
 *
 * @param typeCode the catalogue type, e.g. {@code DETENTION_WARRANT}
 * @param unitId the unit the document belongs to (the case's unit: who sees it), and its issuing unit unless
 *        {@code issuerUnitId} names another
 * @param issuerUnitId the unit in whose name it is issued — its 文号 series, 发文机关 and signing key (a 拘留证 approved by
 *        the 县级公安机关负责人: the bureau); null for {@code unitId}
 * @param caseId the case the document belongs to, if any
 * @param caseLabel how the case is shown (案件编号 and 案由), printed on the document
 * @param fields the body fields by key; every required field of the template filled, no unknown keys
 * @param issuedBy the officer issuing it (the approver whose decision it carries)
 * @param corrects the document this one corrects, if it is a correction
 * @param correctionReason why, required with {@code corrects}
 * @param requestId the caller's idempotency key: issuing twice with the same key returns the first document
 */
public record NewDocument(String typeCode, UUID unitId, @Nullable UUID caseId, @Nullable String caseLabel,
		Map<String, String> fields, UUID issuedBy, @Nullable UUID corrects, @Nullable String correctionReason,
		@Nullable String requestId, @Nullable UUID issuerUnitId) {

	public NewDocument {
		fields = Map.copyOf(fields);
	}

	/** A document issued in its own unit's name. */
	public NewDocument(String typeCode, UUID unitId, @Nullable UUID caseId, @Nullable String caseLabel, Map<String, String> fields,
			UUID issuedBy, @Nullable UUID corrects, @Nullable String correctionReason, @Nullable String requestId) {
		this(typeCode, unitId, caseId, caseLabel, fields, issuedBy, corrects, correctionReason, requestId, null);
	}

	/** The unit whose 文号 series, 发文机关 and key the document carries. */
	public UUID issuingUnit() {
		return issuerUnitId == null ? unitId : issuerUnitId;
	}

	public static NewDocument of(String typeCode, UUID unitId, @Nullable UUID caseId, @Nullable String caseLabel,
			Map<String, String> fields, UUID issuedBy) {
		return new NewDocument(typeCode, unitId, caseId, caseLabel, fields, issuedBy, null, null, null);
	}

	public NewDocument correcting(UUID original, String reason) {
		return new NewDocument(typeCode, unitId, caseId, caseLabel, fields, issuedBy, original, reason, requestId);
	}

	public NewDocument withRequestId(String key) {
		return new NewDocument(typeCode, unitId, caseId, caseLabel, fields, issuedBy, corrects, correctionReason, key);
	}
}
