package org.zhifa.organization;

/** The kinds of entries in a unit's history. */
public enum UnitChange {

	CREATED("设立"),
	RENAMED("更名"),
	MOVED("调整上级"),
	DEACTIVATED("撤销"),
	REACTIVATED("恢复");

	private final String label;

	UnitChange(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
