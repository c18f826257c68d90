package org.zhifa.custody;

/** How a person leaves the centre (出区). Those into custody elsewhere need the decision that sends them (拘留证 …). */
public enum ExitOutcome {

	RELEASED("释放/离开", false),
	CRIMINAL_DETENTION("刑事拘留送看守所", true),
	ADMINISTRATIVE_DETENTION("行政拘留送拘留所", true),
	TRANSFERRED("移交其他单位", true),
	HOSPITAL("送医", false);

	private final String label;
	private final boolean needsAuthority;

	ExitOutcome(String label, boolean needsAuthority) {
		this.label = label;
		this.needsAuthority = needsAuthority;
	}

	public String label() {
		return label;
	}

	/** Whether the exit must name the approval or document that allows it. */
	public boolean needsAuthority() {
		return needsAuthority;
	}
}
