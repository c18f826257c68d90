package org.zhifa.supervision;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Stalled-case policy (bureau rules, not statute). How often the sweep runs is {@code sweep-interval} (default 1h), read
 * by the scheduler in {@code StalledCaseSweep}.
 *
 * @param idlePeriod an open case without any recorded progress for this long is flagged as 挂案
 * @param maxExtension the longest an officer's explanation may hold off the next review
 * @param sweepBatch at most this many reviews are opened per sweep, so one run stays short on a large database
 */
@ConfigurationProperties("zhifa.supervision.stalled-cases")
public record StalledCaseSettings(@DefaultValue("60d") Duration idlePeriod, @DefaultValue("90d") Duration maxExtension,
		@DefaultValue("1000") int sweepBatch) {
}
