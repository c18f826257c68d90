package org.zhifa.officer;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Where an officer's 执法资格 stands on a given day. */
public enum QualificationStatus {

	VALID("有效"),
	/** still valid, but expires within the warning period ({@link OfficerSettings#expiryWarningDays()}) */
	EXPIRING("即将到期"),
	/** the expiry date has passed; valid up to and including the expiry date */
	EXPIRED("已过期"),
	NONE("未取得");

	private final String label;

	QualificationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static QualificationStatus of(@Nullable Qualification qualification, LocalDate today, int warningDays) {
		if (qualification == null) {
			return NONE;
		}
		if (qualification.expiresOn().isBefore(today)) {
			return EXPIRED;
		}
		return qualification.expiresOn().isAfter(today.plusDays(warningDays)) ? VALID : EXPIRING;
	}
}
