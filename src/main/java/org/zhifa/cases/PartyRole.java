package org.zhifa.cases;

/** A party's role in the case. Only a suspect may be recorded 身份不明 (刑规124: identity unknown is a ground to detain). */
public enum PartyRole {
	SUSPECT("犯罪嫌疑人/违法嫌疑人"), VICTIM("被害人"), WITNESS("证人");

	private final String label;

	PartyRole(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
