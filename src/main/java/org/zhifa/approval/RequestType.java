package org.zhifa.approval;

import org.jspecify.annotations.Nullable;
import org.zhifa.intake.CaseKind;

/**
 * A kind of request (呈请事项), from table {@code approval_request_type}: e.g. 刑事拘留, which needs a suspect, issues a
 * 拘留证 when approved and then starts the detention and its clocks.
 *
 * @param caseKind the kind of case it applies to, {@code null} for both
 * @param documentType the document issued on approval, {@code null} when none is issued here
 * @param effect what approval does, in words
 */
public record RequestType(String code, String name, @Nullable CaseKind caseKind, boolean partyRequired, @Nullable String documentType,
		String effect, String basis) {
}
