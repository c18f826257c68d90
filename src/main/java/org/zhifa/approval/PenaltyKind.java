package org.zhifa.approval;

/** The kind of an administrative penalty, as far as it decides the approval level (治安管理处罚法（2025）第一百零九条). */
public enum PenaltyKind {

	WARNING("警告"),
	FINE("罚款"),
	CONFISCATION("没收违法所得、非法财物"),
	LICENSE_REVOCATION("吊销许可证件"),
	DETENTION("行政拘留"),
	DEPORTATION("限期出境或者驱逐出境");

	private final String label;

	PenaltyKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
