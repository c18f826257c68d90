package org.zhifa.evidence;

/** What a recording device is: worn by one officer, or installed in one questioning room. */
public enum DeviceKind {
	/** 执法记录仪, issued to one officer; its recordings link to that officer's incident or case. */
	BODY_CAMERA("执法记录仪"),
	/** 同步录音录像设备 of a 讯问室/询问室; its recordings link to the questioning session in that room. */
	ROOM_RECORDER("同步录音录像");

	private final String label;

	DeviceKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
