package org.zhifa.workbench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the workbench ({@code zhifa.workbench.*}, documented in README § Configuration).
 *
 * @param leadTimes how long before its due time a task counts as due soon
 * @param scanInterval how often the scan looks for tasks that have just become due soon or overdue
 * @param scanBatch how many tasks one scan transaction announces at most (the scan repeats until none are left)
 */
@ConfigurationProperties("zhifa.workbench")
public record WorkbenchSettings(@DefaultValue LeadTimes leadTimes, @DefaultValue("60s") Duration scanInterval,
		@DefaultValue("500") int scanBatch) {

	public WorkbenchSettings {
		if (scanInterval.isNegative() || scanInterval.isZero()) {
			throw new IllegalArgumentException("zhifa.workbench.scan-interval must be positive");
		}
		if (scanBatch < 1) {
			throw new IllegalArgumentException("zhifa.workbench.scan-batch must be at least 1");
		}
	}

	public static WorkbenchSettings defaults() {
		return new WorkbenchSettings(LeadTimes.defaults(), Duration.ofSeconds(60), 500);
	}

	/**
	 * Lead times by the length of the limit (the span from start to due time): the first band whose {@code upTo} the
	 * limit does not exceed gives the lead time; a limit longer than every band gets {@code longer}. A rule code listed
	 * in {@code rules} uses its own lead time whatever its length.
	 *
	 * @param bands ordered by {@code upTo}; default ≤ 24h → 2h, ≤ 7 days → 1 day
	 * @param longer lead time of limits longer than the last band; default 7 days
	 * @param rules per period-rule code, e.g. {@code criminal.detention.arrest-request: 12h}
	 */
	public record LeadTimes(@DefaultValue({ "24h:2h", "7d:1d" }) List<Band> bands, @DefaultValue("7d") Duration longer,
			@DefaultValue Map<String, Duration> rules) {

		public static LeadTimes defaults() {
			return new LeadTimes(List.of(new Band(Duration.ofHours(24), Duration.ofHours(2)), new Band(Duration.ofDays(7), Duration.ofDays(1))),
					Duration.ofDays(7), Map.of());
		}
	}

	/**
	 * Limits up to {@code upTo} long are warned {@code lead} before they fall due. Written in configuration as
	 * {@code upTo:lead}, e.g. {@code 24h:2h}.
	 */
	public record Band(Duration upTo, Duration lead) {

		public Band {
			if (upTo.isNegative() || upTo.isZero() || lead.isNegative()) {
				throw new IllegalArgumentException("zhifa.workbench.lead-times.bands: limit must be positive and lead not negative");
			}
		}

		public static Band valueOf(String text) {
			String[] parts = text.split(":");
			if (parts.length != 2) {
				throw new IllegalArgumentException("zhifa.workbench.lead-times.bands: expected upTo:lead, e.g. 24h:2h, got " + text);
			}
			return new Band(org.springframework.boot.convert.DurationStyle.detectAndParse(parts[0].strip()),
					org.springframework.boot.convert.DurationStyle.detectAndParse(parts[1].strip()));
		}
	}
}
