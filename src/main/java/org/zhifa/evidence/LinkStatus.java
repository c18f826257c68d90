package org.zhifa.evidence;

/** Where a recording stands: linked (automatically or by hand), waiting in the queue, or set aside as not case-related. */
public enum LinkStatus {
	LINKED("已关联"), UNMATCHED("待关联"), NOT_CASE_RELATED("非涉案");

	private final String label;

	LinkStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
