package org.zhifa.custody;

/** 讯问 (a suspect) or 询问 (anyone else, or a 违法嫌疑人 in an administrative case). */
public enum QuestioningKind {

	INTERROGATION("讯问"), INQUIRY("询问");

	private final String label;

	QuestioningKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
