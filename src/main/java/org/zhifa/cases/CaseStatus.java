package org.zhifa.cases;

/** Lifecycle of a case: {@link #OPEN} from filing while it is handled; {@link #CLOSED} by a {@link Closing}, after which no measure may start. */
public enum CaseStatus {
	OPEN("办理中"), CLOSED("已结案");

	private final String label;

	CaseStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
