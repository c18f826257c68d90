package org.zhifa.intake;

/**
 * Where the filing decision on an acceptance stands: PENDING (审查中, the decision clock runs) → FILED (立案) |
 * CONVERTED (刑事转行政) | PROCEEDED (行政案件受案办理) | REFUSED (不予立案, then the notice, and possibly 复议 →
 * RECONSIDERATION → REFUSED again or FILED, and 复核 → REVIEW → REFUSED again or FILED).
 */
public enum AcceptanceStatus {
	PENDING("待立案审查"), FILED("已立案"), CONVERTED("已转行政案件"), PROCEEDED("已受案办理"), REFUSED("不予立案"),
	RECONSIDERATION("复议审查中"), REVIEW("复核审查中");

	private final String label;

	AcceptanceStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
