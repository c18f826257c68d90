package org.zhifa.officer;

import java.util.regex.Pattern;

/**
 * Sworn officer or auxiliary. Each has its own number series, so the two can never collide:
 * a sworn officer's 警号 is 6 digits ({@code 012345}); an auxiliary's number is {@code F} followed by 6 digits
 * ({@code F012345}, F for 辅警).
 */
public enum OfficerKind {

	/** 人民警察: holds a 警号 and, with a valid 执法资格, may enforce the law. */
	SWORN("民警", "警号", Pattern.compile("[0-9]{6}"), "民警警号须为6位数字"),
	/** 辅警: assists sworn officers, never enforces alone. */
	AUXILIARY("辅警", "辅警编号", Pattern.compile("F[0-9]{6}"), "辅警编号须为字母F加6位数字，如 F000123");

	private final String label;
	private final String numberLabel;
	private final Pattern numberFormat;
	private final String numberRule;

	OfficerKind(String label, String numberLabel, Pattern numberFormat, String numberRule) {
		this.label = label;
		this.numberLabel = numberLabel;
		this.numberFormat = numberFormat;
		this.numberRule = numberRule;
	}

	public String label() {
		return label;
	}

	/** What the number is called: 警号 or 辅警编号. */
	public String numberLabel() {
		return numberLabel;
	}

	public boolean acceptsNumber(String badgeNumber) {
		return numberFormat.matcher(badgeNumber).matches();
	}

	/** The format rule in zh-CN, for error messages. */
	public String numberRule() {
		return numberRule;
	}
}
