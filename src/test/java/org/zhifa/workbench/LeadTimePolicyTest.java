package org.zhifa.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhifa.workbench.WorkbenchSettings.Band;
import org.zhifa.workbench.WorkbenchSettings.LeadTimes;

class LeadTimePolicyTest {

	private static final Instant START = Instant.parse("2026-03-01T14:00:00Z");

	private final LeadTimePolicy defaults = new LeadTimePolicy(LeadTimes.defaults());

	/** Every band boundary of the default policy: ≤ 24h → 2h, ≤ 7 days → 1 day, longer → 7 days. */
	@ParameterizedTest(name = "limit {0} → lead {1}")
	@CsvSource({
			"PT8H, PT2H", // 治安询问查证 8 hours
			"PT12H, PT2H", // 传唤 12 hours
			"PT24H, PT2H", // exactly a day is still the short band
			"PT24H0M1S, PT24H", // a second longer is the next band
			"P3D, PT24H", // 拘留后提请逮捕 3 days
			"P7D, PT24H", // exactly a week is still the middle band
			"P7DT1S, P7D", // a second longer is a long limit
			"P30D, P7D", // 行政扣押 30 days
			"P61D, P7D" }) // 侦查羁押 2 months
	void theLeadTimeFollowsTheLengthOfTheLimit(Duration limit, Duration lead) {
		assertThat(defaults.leadTime("any.rule", START, START.plus(limit))).isEqualTo(lead);
		assertThat(defaults.warnAt("any.rule", START, START.plus(limit))).isEqualTo(START.plus(limit).minus(lead));
	}

	@Test
	void aRuleOverrideWinsWhateverTheLength() {
		var policy = new LeadTimePolicy(new LeadTimes(LeadTimes.defaults().bands(), Duration.ofDays(7),
				Map.of("criminal.detention.arrest-request", Duration.ofHours(12))));
		Instant due = START.plus(Duration.ofDays(3));
		assertThat(policy.leadTime("criminal.detention.arrest-request", START, due)).isEqualTo(Duration.ofHours(12));
		assertThat(policy.warnAt("criminal.detention.arrest-request", START, due)).isEqualTo(due.minus(Duration.ofHours(12)));
		assertThat(policy.leadTime("criminal.measure.change-request", START, due)).as("other rules keep the bands").isEqualTo(Duration.ofDays(1));
	}

	@Test
	void aLimitShorterThanItsLeadTimeIsDueSoonFromItsStart() {
		var policy = new LeadTimePolicy(new LeadTimes(LeadTimes.defaults().bands(), Duration.ofDays(7), Map.of("short.rule", Duration.ofHours(5))));
		Instant due = START.plus(Duration.ofHours(1));
		assertThat(defaults.warnAt("any.rule", START, due)).isEqualTo(START);
		assertThat(policy.warnAt("short.rule", START, START.plus(Duration.ofHours(4)))).isEqualTo(START);
	}

	@Test
	void aRestartedClockDueBeforeItsStartWarnsAtItsDueTime() {
		Instant due = START.minus(Duration.ofHours(1));
		assertThat(defaults.warnAt("any.rule", START, due)).isEqualTo(due);
	}

	@Test
	void bandsAreUsedInAscendingOrderWhateverTheConfiguredOrder() {
		var policy = new LeadTimePolicy(new LeadTimes(List.of(new Band(Duration.ofDays(7), Duration.ofDays(1)),
				new Band(Duration.ofHours(24), Duration.ofHours(2))), Duration.ofDays(7), Map.of()));
		assertThat(policy.leadTime("any.rule", START, START.plus(Duration.ofHours(12)))).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void bandsAreWrittenAsLimitColonLead() {
		assertThat(Band.valueOf("24h:2h")).isEqualTo(new Band(Duration.ofHours(24), Duration.ofHours(2)));
		assertThat(Band.valueOf(" 7d : 1d ")).isEqualTo(new Band(Duration.ofDays(7), Duration.ofDays(1)));
		assertThatThrownBy(() -> Band.valueOf("24h")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Band.valueOf("0h:1h")).isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest(name = "at {0} → {1}")
	@CsvSource({ "PT0S, NORMAL", "PT9H59M59S, NORMAL", "PT10H, DUE_SOON", "PT12H, DUE_SOON", "PT12H0M0.001S, OVERDUE" })
	void theLevelIsComputedFromTheMomentAsked(Duration elapsed, TaskLevel level) {
		Instant due = START.plus(Duration.ofHours(12));
		Instant warnAt = defaults.warnAt("any.rule", START, due);
		assertThat(TaskLevel.at(START.plus(elapsed), warnAt, due)).isEqualTo(level);
	}
}
