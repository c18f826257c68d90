package org.zhifa.property;

/**
 * Where an item stands. Lifecycle: {@code PENDING_HANDOVER} from registration (the 24-hour clock runs) → check-in by the
 * custodian: {@code IN_STORE} at a location (held items) or {@code REGISTERED} with the custodian (sealed, frozen or
 * preserved in place) → {@code ON_LOAN} while out for 讯问/鉴定/辨认/检验 and back to {@code IN_STORE} on return →
 * {@code TRANSFERRED} when the item itself leaves with the case for another agency (a paperwork-only transfer leaves it
 * where it is) or {@code DISPOSED} once its disposal is approved.
 */
public enum ItemStatus {

	PENDING_HANDOVER("待移交"),
	IN_STORE("在库"),
	REGISTERED("已登记（未入库保管）"),
	ON_LOAN("调用中"),
	TRANSFERRED("已随案移交（实物移出）"),
	DISPOSED("已处置");

	private final String label;

	ItemStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
