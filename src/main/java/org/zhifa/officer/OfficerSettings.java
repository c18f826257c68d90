package org.zhifa.officer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the officer module.
 *
 * @param expiryWarningDays a 执法资格 expiring within this many days counts as {@link QualificationStatus#EXPIRING}
 */
@ConfigurationProperties("zhifa.officer")
public record OfficerSettings(@DefaultValue("30") int expiryWarningDays) {

	public OfficerSettings {
		if (expiryWarningDays < 0) {
			throw new IllegalArgumentException("zhifa.officer.expiry-warning-days must not be negative");
		}
	}
}
