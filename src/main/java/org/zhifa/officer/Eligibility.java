package org.zhifa.officer;

import java.util.List;

/**
 * Whether an officer or a team may perform an enforcement action, and if not, why (zh-CN, one sentence each).
 */
public record Eligibility(boolean eligible, List<String> reasons) {

	public Eligibility {
		reasons = List.copyOf(reasons);
	}

	static Eligibility of(List<String> reasons) {
		return new Eligibility(reasons.isEmpty(), reasons);
	}
}
