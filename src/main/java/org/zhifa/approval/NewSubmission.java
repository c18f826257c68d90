package org.zhifa.approval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A request for approval (呈请报告) as the case officer writes it.
 *
 * @param facts 简要案情 / 事实
 * @param reasons 呈请理由
 * @param legalBasis 法律依据
 * @param amount the amount that decides the level (扣押 value, fine), if any
 * @param penaltyKind the proposed penalty of a 行政处罚 request
 * @param majorCase 重大、疑难、复杂 — routes to collective deliberation where the policy says so
 * @param params what the decision needs to take effect (e.g. {@code extensionCode} of a 延长提请逮捕期限)
 * @param documentFields the draft of the document issued on approval, by field key
 * @param officerIds the officers who will execute the decision (empty: the case's officers)
 * @param requestKey the client's idempotency key: submitting twice with it returns the first submission
 */
public record NewSubmission(String requestType, UUID caseId, @Nullable UUID partyId, String facts, String reasons, String legalBasis,
		@Nullable BigDecimal amount, @Nullable PenaltyKind penaltyKind, boolean majorCase, Map<String, String> params,
		Map<String, String> documentFields, List<UUID> officerIds, @Nullable UUID requestKey) {

	public NewSubmission {
		params = Map.copyOf(params);
		documentFields = Map.copyOf(documentFields);
		officerIds = List.copyOf(officerIds);
	}
}
