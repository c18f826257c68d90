package org.zhifa.custody;

/** What 信息采集 may take from a person. */
public enum CollectedItem {

	PHOTO("人像照片"), FINGERPRINTS("指纹"), PALM_PRINTS("掌纹"), DNA("DNA"), PHONE_DATA("手机信息"), VOICEPRINT("声纹"), IRIS("虹膜"),
	URINE_TEST("尿检");

	private final String label;

	CollectedItem(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
