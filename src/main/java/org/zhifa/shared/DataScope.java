package org.zhifa.shared;

/**
 * How far a permission reaches in the unit tree, relative to the acting officer's own unit.
 * Ordered from narrowest to broadest.
 */
public enum DataScope {
	/** only records the officer created or handles */
	OWN("本人"),
	/** records of the officer's own unit */
	UNIT("本单位"),
	/** records of the officer's unit and every unit below it */
	UNIT_AND_BELOW("本单位及下级"),
	/** every record of the bureau */
	ALL("全部");

	private final String label;

	DataScope(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public DataScope broadest(DataScope other) {
		return other.ordinal() > ordinal() ? other : this;
	}
}
