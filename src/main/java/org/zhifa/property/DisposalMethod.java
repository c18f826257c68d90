package org.zhifa.property;

/** How an item is disposed of (涉案财物管理若干规定 art 14, 18–21; 刑规234, 236). */
public enum DisposalMethod {

	RETURN_TO_OWNER("返还"),
	CONFISCATION("没收"),
	DESTRUCTION("销毁"),
	AUCTION("拍卖"),
	EARLY_SALE("先行变卖");

	private final String label;

	DisposalMethod(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
