package org.zhifa.workbench;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.zhifa.workbench.WorkbenchSettings.Band;
import org.zhifa.workbench.WorkbenchSettings.LeadTimes;

/**
 * When a task starts to count as due soon: a lead time before its due time, chosen by the length of the limit (a
 * 12-hour 询问查证 is warned 2 hours ahead, a 3-day 提请逮捕 limit 1 day ahead, a 2-month 侦查羁押 period 7 days ahead) or
 * by a per-rule override. The lead time never reaches back before the clock started: a limit shorter than its lead
 * time is due soon from its start. Pure: no clock, no database.
 */
public final class LeadTimePolicy {

	private final List<Band> bands;
	private final Duration longer;
	private final Map<String, Duration> rules;

	public LeadTimePolicy(LeadTimes settings) {
		this.bands = settings.bands().stream().sorted(Comparator.comparing(Band::upTo)).toList();
		this.longer = settings.longer();
		this.rules = Map.copyOf(settings.rules());
	}

	/** The lead time of a limit of this rule running from {@code startedAt} to {@code dueAt}. */
	public Duration leadTime(String ruleCode, Instant startedAt, Instant dueAt) {
		Duration override = rules.get(ruleCode);
		if (override != null) {
			return override;
		}
		Duration limit = Duration.between(startedAt, dueAt);
		return bands.stream().filter(b -> limit.compareTo(b.upTo()) <= 0).findFirst().map(Band::lead).orElse(longer);
	}

	/** The instant from which the task is due soon: the lead time before the due time, but not before the start. */
	public Instant warnAt(String ruleCode, Instant startedAt, Instant dueAt) {
		Instant warnAt = dueAt.minus(leadTime(ruleCode, startedAt, dueAt));
		if (warnAt.isBefore(startedAt)) {
			return startedAt.isAfter(dueAt) ? dueAt : startedAt;
		}
		return warnAt;
	}
}
