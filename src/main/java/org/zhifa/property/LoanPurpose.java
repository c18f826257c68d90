package org.zhifa.property;

/** Why an item may leave the store for a while (涉案财物管理规定 art 11: only these). */
public enum LoanPurpose {

	INTERROGATION("讯问"),
	APPRAISAL("鉴定"),
	IDENTIFICATION("辨认"),
	EXAMINATION("检验");

	private final String label;

	LoanPurpose(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
