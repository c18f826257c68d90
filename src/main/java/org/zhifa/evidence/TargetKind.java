package org.zhifa.evidence;

/** What a recording is linked to. */
public enum TargetKind {
	QUESTIONING("讯问/询问"), INCIDENT("警情"), CASE("案件");

	private final String label;

	TargetKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
