package org.zhifa.property;

/** The central store of a bureau and its sub-stores by what they keep. */
public enum StoreKind {

	CENTRAL("中心库"),
	CASH("现金库"),
	VEHICLE("车辆库"),
	ELECTRONIC("电子物证库"),
	DANGEROUS("危险品库"),
	GENERAL("一般物品库");

	private final String label;

	StoreKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
