package org.zhifa.officer;

/** How a 法制员 serves the unit; only officers with role {@link Role#LEGAL_OFFICER} have one. */
public enum LegalOfficerDesignation {

	FULL_TIME("专职"),
	PART_TIME("兼职"),
	STATIONED("派驻");

	private final String label;

	LegalOfficerDesignation(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
