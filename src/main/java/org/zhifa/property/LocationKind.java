package org.zhifa.property;

/** A place inside a store, down to the shelf or cabinet. */
public enum LocationKind {

	AREA("区域"),
	SHELF("货架"),
	CABINET("柜"),
	SAFE("保险柜"),
	BAY("车位");

	private final String label;

	LocationKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
