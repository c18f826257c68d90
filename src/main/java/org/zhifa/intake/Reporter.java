package org.zhifa.intake;

import org.jspecify.annotations.Nullable;
import org.zhifa.shared.CitizenId;

/**
 * Who reported (报案人/控告人/举报人): name, phone, and the 公民身份号码 when given (checked under GB 11643).
 * The number is personal data: lists show it {@link #maskedCitizenId() masked}, only the audited detail in full.
 */
public record Reporter(String name, @Nullable String phone, @Nullable CitizenId citizenId) {

	public @Nullable String maskedCitizenId() {
		return citizenId == null ? null : citizenId.masked();
	}
}
