package org.zhifa.officer;

import java.time.LocalDate;

/**
 * An officer's 执法资格: the level passed, when, and until when it is valid (the expiry day itself included).
 * The expiry must come after the pass.
 */
public record Qualification(QualificationLevel level, LocalDate passedOn, LocalDate expiresOn) {

	public Qualification {
		if (!expiresOn.isAfter(passedOn)) {
			throw new QualificationExpiryBeforePass(passedOn, expiresOn);
		}
	}

	/** Valid on {@code day}: passed on or before it, expiring on or after it. */
	public boolean validOn(LocalDate day) {
		return !day.isBefore(passedOn) && !day.isAfter(expiresOn);
	}

	/** e.g. "中级(2029-06-30到期)", as audit summaries show it. */
	@Override
	public String toString() {
		return level.label() + "(" + expiresOn + "到期)";
	}
}
