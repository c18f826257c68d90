package org.zhifa.cases;

import org.zhifa.intake.CaseKind;

/** How a case ends: criminal 移送审查起诉 or 撤销案件 (刑规186–189); administrative 处罚 or 不予处罚 decision. */
public enum Closing {
	TRANSFERRED_FOR_PROSECUTION("移送审查起诉", CaseKind.CRIMINAL),
	WITHDRAWN("撤销案件", CaseKind.CRIMINAL),
	PENALTY("作出行政处罚决定", CaseKind.ADMINISTRATIVE),
	NO_PENALTY("作出不予行政处罚决定", CaseKind.ADMINISTRATIVE);

	private final String label;
	private final CaseKind kind;

	Closing(String label, CaseKind kind) {
		this.label = label;
		this.kind = kind;
	}

	public String label() {
		return label;
	}

	public CaseKind kind() {
		return kind;
	}
}
