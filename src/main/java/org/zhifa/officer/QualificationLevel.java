package org.zhifa.officer;

/** Levels of the 执法资格等级考试 (公安机关人民警察执法资格等级考试办法, 2010). */
public enum QualificationLevel {

	BASIC("基本级"),
	INTERMEDIATE("中级"),
	ADVANCED("高级");

	private final String label;

	QualificationLevel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
