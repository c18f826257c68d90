package org.zhifa.intake;

/** Which procedure a case follows: 刑事案件 under the criminal procedure law, 行政案件 (治安 and other administrative). */
public enum CaseKind {
	CRIMINAL("刑事案件"), ADMINISTRATIVE("行政案件");

	private final String label;

	CaseKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
