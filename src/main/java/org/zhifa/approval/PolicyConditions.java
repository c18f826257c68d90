package org.zhifa.approval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.zhifa.intake.CaseKind;
import org.zhifa.organization.UnitKind;

/**
 * When a policy applies; every condition left {@code null} (or empty) holds for any request.
 *
 * @param minAmount applies from this amount (inclusive)
 * @param maxAmount applies up to this amount (inclusive); a request without an amount counts as 0
 * @param penaltyKinds applies only when the proposed penalty is one of these
 */
public record PolicyConditions(@Nullable CaseKind caseKind, @Nullable UnitKind unitKind, @Nullable BigDecimal minAmount,
		@Nullable BigDecimal maxAmount, Set<PenaltyKind> penaltyKinds, @Nullable Boolean minorInvolved, @Nullable Boolean majorCase) {

	public PolicyConditions {
		penaltyKinds = Set.copyOf(penaltyKinds);
	}

	public static PolicyConditions any() {
		return new PolicyConditions(null, null, null, null, Set.of(), null, null);
	}

	public boolean matches(RoutingFacts facts) {
		BigDecimal amount = facts.amount() == null ? BigDecimal.ZERO : facts.amount();
		return (caseKind == null || caseKind == facts.caseKind())
				&& (unitKind == null || unitKind == facts.unitKind())
				&& (minAmount == null || amount.compareTo(minAmount) >= 0)
				&& (maxAmount == null || amount.compareTo(maxAmount) <= 0)
				&& (penaltyKinds.isEmpty() || (facts.penaltyKind() != null && penaltyKinds.contains(facts.penaltyKind())))
				&& (minorInvolved == null || minorInvolved == facts.minorInvolved())
				&& (majorCase == null || majorCase == facts.majorCase());
	}

	/** The conditions in words, "刑事案件；派出所；金额≤1000元", or "全部" when there are none. */
	public String describe() {
		List<String> parts = new ArrayList<>();
		if (caseKind != null) {
			parts.add(caseKind == CaseKind.CRIMINAL ? "刑事案件" : "行政案件");
		}
		if (unitKind != null) {
			parts.add("办案单位为" + unitKind.label());
		}
		if (minAmount != null) {
			parts.add("金额≥" + minAmount.stripTrailingZeros().toPlainString() + "元");
		}
		if (maxAmount != null) {
			parts.add("金额≤" + maxAmount.stripTrailingZeros().toPlainString() + "元");
		}
		if (!penaltyKinds.isEmpty()) {
			parts.add("处罚种类为" + String.join("或", penaltyKinds.stream().sorted().map(PenaltyKind::label).toList()));
		}
		if (minorInvolved != null) {
			parts.add(minorInvolved ? "涉及未成年人" : "不涉及未成年人");
		}
		if (majorCase != null) {
			parts.add(majorCase ? "重大、疑难、复杂案件" : "一般案件");
		}
		return parts.isEmpty() ? "全部" : String.join("；", parts);
	}
}
