package org.zhifa.custody;

/**
 * What the board warns about. A condition alarm clears itself when the condition is gone (the person is watched again,
 * the room is no longer over capacity); an event alarm stays until a person clears it.
 */
public enum AlarmKind {

	CLOCK_EXPIRING("法定时限即将届满", true),
	CLOCK_EXPIRED("已超过法定时限", true),
	NO_WATCHER("无人看管", true),
	ROOM_OVER_CAPACITY("房间超员", true),
	CO_SUSPECTS_TOGETHER("同案嫌疑人同室", true),
	QUESTIONING_UNRECORDED("讯问/询问未录音录像", false),
	SINGLE_OFFICER_UNRECORDED("单人询问未全程录音录像", false),
	BELONGINGS_NOT_RETURNED("出区时随身物品未返还", false);

	private final String label;
	private final boolean selfClearing;

	AlarmKind(String label, boolean selfClearing) {
		this.label = label;
		this.selfClearing = selfClearing;
	}

	public String label() {
		return label;
	}

	public boolean selfClearing() {
		return selfClearing;
	}
}
