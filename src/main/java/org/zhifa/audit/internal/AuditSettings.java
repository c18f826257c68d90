package org.zhifa.audit.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail.
 *
 * @param verifyAndExit start, seal what is pending, verify the chain, print a report and exit with 0 (intact)
 *        or 1 (broken) — the command-line check {@code ./zhifa verify-audit}
 * @param sealInterval how often the sealer looks for unsealed entries besides being woken after each commit;
 *        the longest an entry stays unsealed when nothing else wakes the sealer
 * @param sealBatchSize how many entries one sealing transaction seals at most
 * @param verifyPageSize how many entries verification reads per query
 */
@ConfigurationProperties("zhifa.audit")
public record AuditSettings(
		@DefaultValue("false") boolean verifyAndExit,
		@DefaultValue("200ms") Duration sealInterval,
		@DefaultValue("2000") int sealBatchSize,
		@DefaultValue("2000") int verifyPageSize) {

	public AuditSettings {
		if (sealInterval.isNegative() || sealInterval.isZero()) {
			throw new IllegalArgumentException("zhifa.audit.seal-interval must be positive");
		}
		if (sealBatchSize < 1 || verifyPageSize < 1) {
			throw new IllegalArgumentException("zhifa.audit.seal-batch-size and verify-page-size must be at least 1");
		}
	}

	public static AuditSettings defaults() {
		return new AuditSettings(false, Duration.ofMillis(200), 2000, 2000);
	}
}
