package org.zhifa.approval;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.zhifa.intake.CaseKind;
import org.zhifa.organization.UnitKind;

/** What a policy's conditions are tested against: the request's case, its unit, the amount and penalty, and two flags. */
public record RoutingFacts(CaseKind caseKind, UnitKind unitKind, @Nullable BigDecimal amount, @Nullable PenaltyKind penaltyKind,
		boolean minorInvolved, boolean majorCase) {
}
