package org.zhifa.cases;

/** Why the investigative custody period counts anew (刑规151–152). */
public enum CustodyRestart {
	/** 身份不明: the period counts from the day identity is established. */
	IDENTITY_ESTABLISHED("查清身份"),
	/** 另有重要罪行: the period is recalculated from the discovery. */
	OTHER_MAJOR_CRIME("发现另有重要罪行");

	private final String label;

	CustodyRestart(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
