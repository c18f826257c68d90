package org.zhifa.calendar;

/** What a declared calendar day is; days not declared follow the week (Saturday and Sunday rest). */
public enum DayKind {

	/** 法定节假日 or a rest day declared with it (放假). */
	HOLIDAY("放假"),
	/** 调休上班: a Saturday or Sunday declared a working day. */
	MAKE_UP_WORKDAY("调休上班");

	private final String label;

	DayKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
