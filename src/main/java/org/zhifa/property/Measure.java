package org.zhifa.property;

import org.jspecify.annotations.Nullable;
import org.zhifa.intake.CaseKind;

/**
 * The measure that fixed an item (涉案财物管理规定 art 2). {@link #held} says whether the item comes into police hands: a
 * held item is handed to the custodian within 24 hours ({@code property.seizure.hand-over}); a sealed, frozen or
 * preserved-in-place one is registered with the custodian within 24 hours the same way ({@code property.registration},
 * art 12).
 */
public enum Measure {

	SEIZURE("扣押", true),
	SEALING("查封", false),
	FREEZING("冻结", false),
	RETRIEVAL("调取", true),
	PRESERVATION("先行登记保存", false),
	SAMPLING("抽样取证", true),
	COLLECTION("收缴", true),
	RECOVERY("追缴", true);

	private final String label;
	private final boolean held;

	Measure(String label, boolean held) {
		this.label = label;
		this.held = held;
	}

	public String label() {
		return label;
	}

	public boolean held() {
		return held;
	}

	/** The 24-hour rule that starts with the registration. */
	public String handOverRule() {
		return held ? "property.seizure.hand-over" : "property.registration";
	}

	/**
	 * The period the measure itself may last, when a rule limits it: administrative 扣押/查封 30 days (+30, 行规112);
	 * 先行登记保存 decided within 7 days (行规 ~110). Criminal seizures run with the case.
	 */
	public @Nullable String periodRule(CaseKind kind) {
		if (kind != CaseKind.ADMINISTRATIVE) {
			return null;
		}
		return switch (this) {
			case SEIZURE, SEALING -> "administrative.seizure.period";
			case PRESERVATION -> "administrative.preservation.decision";
			default -> null;
		};
	}
}
