package org.zhifa.custody;

/** The rooms of a centre a person is put in (the 办案区 of 执法办案场所 rules, legal-facts §7). */
public enum RoomKind {

	INTERROGATION("讯问室"), INQUIRY("询问室"), WAITING("候问室"), SOBERING("醒酒室");

	private final String label;

	RoomKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
