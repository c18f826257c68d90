package org.zhifa.intake;

/** How a report reached the police (行规60, 刑规169: every report is registered, whatever the channel). */
public enum IncidentSource {
	PHONE_110("110报警"), WALK_IN("来所报案"), TRANSFERRED("转来/移送"), ONLINE("网上报警");

	private final String label;

	IncidentSource(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
