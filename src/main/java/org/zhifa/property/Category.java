package org.zhifa.property;

/** What kind of thing an item is; it decides which sub-store normally keeps it. */
public enum Category {

	CASH("现金", StoreKind.CASH),
	VEHICLE("车辆", StoreKind.VEHICLE),
	ELECTRONIC("手机及电子设备", StoreKind.ELECTRONIC),
	FIREARM("枪支弹药", StoreKind.DANGEROUS),
	DRUGS("毒品", StoreKind.DANGEROUS),
	HAZARDOUS("危险物品", StoreKind.DANGEROUS),
	DOCUMENTS("文件资料", StoreKind.GENERAL),
	PERISHABLE("易腐物品", StoreKind.GENERAL),
	ORDINARY("一般物品", StoreKind.GENERAL);

	private final String label;
	private final StoreKind store;

	Category(String label, StoreKind store) {
		this.label = label;
		this.store = store;
	}

	public String label() {
		return label;
	}

	public StoreKind store() {
		return store;
	}
}
