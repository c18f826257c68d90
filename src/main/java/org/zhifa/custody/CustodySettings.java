package org.zhifa.custody;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the case-handling centre.
 *
 * @param clockWarning a person's legal clock raises the "即将届满" alarm this long before it runs out
 * @param sweepInterval how often the alarm sweep re-evaluates every centre (writes evaluate their own centre at once)
 */
@ConfigurationProperties("zhifa.custody")
public record CustodySettings(@DefaultValue("1h") Duration clockWarning, @DefaultValue("1m") Duration sweepInterval) {

	public CustodySettings {
		if (clockWarning.isNegative() || sweepInterval.isNegative() || sweepInterval.isZero()) {
			throw new IllegalArgumentException("zhifa.custody.clock-warning must not be negative and sweep-interval must be positive");
		}
	}
}
