package org.zhifa.custody;

/**
 * What became of one of the belongings: returned and signed for, seized as case property (扣押), handed to the family,
 * sent along with the person (看守所/拘留所), or kept at the centre — which leaves an alarm until someone clears it.
 */
public enum Disposition {

	RETURNED("已返还"), SEIZED("已扣押"), HANDED_TO_FAMILY("交家属"), TRANSFERRED_WITH_PERSON("随人移交"), KEPT("中心暂存");

	private final String label;

	Disposition(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
