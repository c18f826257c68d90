package org.zhifa.intake;

/**
 * Where an incident stands. It is disposed exactly once: OPEN → ACCEPTED (受案) | NOT_POLICE_MATTER (非警务, the
 * reporter told why) | MERGED (重复报警, merged into an earlier incident) | TRANSFERRING (移交 another jurisdiction,
 * 24h clock running) → TRANSFERRED (handed over).
 */
public enum IncidentStatus {
	OPEN("待处置"), ACCEPTED("已受案"), NOT_POLICE_MATTER("非警务"), TRANSFERRING("移交中"), TRANSFERRED("已移交"),
	MERGED("已合并");

	private final String label;

	IncidentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
