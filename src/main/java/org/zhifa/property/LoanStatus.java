package org.zhifa.property;

/** A loan's life: {@code REQUESTED} by the case officer → {@code APPROVED} by the 办案部门负责人 → {@code OUT} when the custodian hands the item over → {@code RETURNED} after the condition check. */
public enum LoanStatus {

	REQUESTED("待审批"),
	APPROVED("已批准待出库"),
	OUT("调用中"),
	RETURNED("已归还");

	private final String label;

	LoanStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
