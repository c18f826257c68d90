package org.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.IntegrationTest;

/**
 * Every period rule and every extension the migrations seed, computed from one start — Monday 2026-03-02 10:00 — against
 * due times worked out by hand from the Deadlines table (docs/legal-facts.md) and the 2026 holiday notice. A rule seeded
 * without an expected due time here fails the test, so no seeded rule goes untested. Computed with the seeded version 1 and
 * the official 2025/2026 calendar, so holidays or revisions other tests add do not change the answer.
 */
@IntegrationTest
class SeededRulesTest {

	private static final ZonedDateTime START = LocalDateTime.parse("2026-03-02T10:00").atZone(DeadlineCalculator.ZONE);

	/** Rule code → due time (local, Asia/Shanghai). Day periods end at 24:00 of the last day, written as the next day's 00:00. */
	private static final Map<String, String> DUE = new HashMap<>();
	/** "rule code / extension code" → due time with only that extension granted. */
	private static final Map<String, String> EXTENDED = new HashMap<>();

	static {
		// hours: exact durations, no roll-over
		for (String code : List.of("administrative.intake.acceptance-decision", "intake.jurisdiction-transfer",
				"criminal.detention.to-detention-house", "criminal.custody.family-notice", "criminal.custody.first-interrogation",
				"criminal.intake.agency-transfer-supplement-notice", "criminal.measure.execution-by-station", "criminal.bail.change-report",
				"criminal.legal-aid.forward", "property.seizure.hand-over", "property.registration", "administrative.on-the-spot.filing",
				"administrative.detention-suspension.decision")) {
			DUE.put(code, "2026-03-03T10:00"); // 24 h
		}
		DUE.put("criminal.summons.duration", "2026-03-02T22:00"); // 12 h
		DUE.put("criminal.compelled-appearance.duration", "2026-03-02T22:00");
		DUE.put("administrative.continued-questioning", "2026-03-02T22:00");
		DUE.put("administrative.questioning.period", "2026-03-02T18:00"); // 8 h
		DUE.put("criminal.custody.lawyer-meeting", "2026-03-04T10:00"); // 48 h
		DUE.put("criminal.foreign-suspect.report", "2026-03-04T10:00");
		DUE.put("administrative.fast-track.decision", "2026-03-04T10:00");
		// days, start day excluded: 2 days → Wed 03-04; 3 → Thu 03-05; 5 → Sat 03-07 rolls to Mon 03-09; 7 → Mon 03-09
		for (String code : List.of("administrative.public-order.decision.service", "administrative.hearing.acceptance",
				"administrative.decision.victim-copy", "administrative.fine.hand-in")) {
			DUE.put(code, "2026-03-05T00:00");
		}
		for (String code : List.of("criminal.intake.filing-decision", "criminal.filing.refusal-notice", "criminal.detention.arrest-request",
				"criminal.measure.change-request", "criminal.closing.party-notice", "criminal.intake.agency-transfer-review",
				"criminal.intake.agency-reconsideration-decision", "criminal.arrest.refusal-receipt", "criminal.arrest.execution-receipt",
				"criminal.bail.forfeiture-service", "criminal.legal-aid.notice", "criminal.property.unrelated-release")) {
			DUE.put(code, "2026-03-06T00:00");
		}
		for (String code : List.of("criminal.filing.reconsideration-application", "criminal.filing.review-application",
				"criminal.arrest.procuratorate-decision", "administrative.decision.service", "criminal.filing.procuratorate-inquiry-reply",
				"criminal.arrest.refusal-reconsideration", "criminal.arrest.refusal-review", "criminal.custody.other-crime-report",
				"criminal.bail.forfeiture-reconsideration-application", "criminal.bail.forfeiture-reconsideration-decision",
				"criminal.bail.forfeiture-review-application", "criminal.bail.forfeiture-review-decision",
				"criminal.non-prosecution.reconsideration", "criminal.non-prosecution.review", "administrative.preservation.decision")) {
			DUE.put(code, "2026-03-10T00:00");
		}
		// bureau policy, not statute (挂案清理)
		DUE.put("supervision.stalled-case.review", "2026-03-10T00:00");
		DUE.put("supervision.stalled-case.closing-proposal", "2026-03-10T00:00");
		DUE.put("supervision.stalled-case.escalation", "2026-03-06T00:00");
		// approval steps: bureau policy in hours, no roll-over
		DUE.put("approval.step.response", "2026-03-02T18:00");
		DUE.put("approval.step.escalation", "2026-03-02T14:00");
		DUE.put("criminal.custody.necessity-reply", "2026-03-13T00:00"); // 10 days → Thu 03-12
		DUE.put("administrative.hearing.held", "2026-03-13T00:00");
		DUE.put("criminal.filing.procuratorate-order", "2026-03-18T00:00"); // 15 days → Tue 03-17
		DUE.put("administrative.fine.payment", "2026-03-18T00:00");
		for (String code : List.of("criminal.filing.reconsideration-decision", "criminal.filing.review-decision",
				"administrative.public-order.case-period", "administrative.seizure.period", "criminal.conduct-complaint")) {
			DUE.put(code, "2026-04-02T00:00"); // 30 days → Wed 04-01
		}
		DUE.put("administrative.penalty.case-period", "2026-06-02T00:00"); // 90 days → Sun 05-31 rolls to Mon 06-01
		// months: same day of the target month
		DUE.put("criminal.supplementary-investigation", "2026-04-03T00:00"); // Thu 04-02
		DUE.put("criminal.prosecution-review", "2026-04-03T00:00");
		DUE.put("criminal.custody.investigation-period", "2026-05-07T00:00"); // Sat 05-02 in 劳动节 rolls to Wed 05-06 (not in custody)
		DUE.put("criminal.residential-surveillance.maximum", "2026-09-03T00:00");
		DUE.put("criminal.bail.maximum", "2027-03-03T00:00");
		DUE.put("administrative.public-order.limitation", "2026-09-03T00:00"); // 6 months, no roll-over
		DUE.put("administrative.penalty.limitation", "2028-03-03T00:00"); // 2 years
		// working days: Mar 3–6, 9 → 5th is Mon 03-09; the 20th is Mon 03-30
		DUE.put("administrative.hearing.request", "2026-03-10T00:00");
		DUE.put("disclosure.victim-query", "2026-03-10T00:00");
		DUE.put("disclosure.public", "2026-03-31T00:00");

		EXTENDED.put("criminal.intake.filing-decision/lead-check", "2026-03-10T00:00"); // 7 days in total
		EXTENDED.put("criminal.intake.filing-decision/major-complex", "2026-04-02T00:00"); // 30 days in total
		EXTENDED.put("administrative.intake.acceptance-decision/complex", "2026-03-06T00:00"); // 3 days in total
		EXTENDED.put("criminal.filing.reconsideration-decision/complex", "2026-05-07T00:00"); // 60 days → Fri 05-01 in 劳动节 → Wed 05-06
		EXTENDED.put("criminal.filing.review-decision/complex", "2026-05-07T00:00");
		EXTENDED.put("criminal.summons.duration/complex", "2026-03-03T10:00"); // 24 h in total
		EXTENDED.put("criminal.compelled-appearance.duration/complex", "2026-03-03T10:00");
		EXTENDED.put("criminal.detention.arrest-request/special", "2026-03-10T00:00"); // 3 + 4 days → Mon 03-09
		EXTENDED.put("criminal.detention.arrest-request/roving-repeated-gang", "2026-04-02T00:00"); // 30 days in total
		EXTENDED.put("criminal.custody.investigation-period/complex", "2026-06-03T00:00"); // 3 months → Tue 06-02
		EXTENDED.put("criminal.custody.investigation-period/four-kinds", "2026-07-03T00:00"); // 2 + 2 months → Thu 07-02
		EXTENDED.put("criminal.custody.investigation-period/ten-years", "2026-07-03T00:00");
		EXTENDED.put("administrative.questioning.period/many-or-unknown", "2026-03-02T22:00"); // 12 h in total
		EXTENDED.put("administrative.questioning.period/detention-possible", "2026-03-03T10:00"); // 24 h in total
		EXTENDED.put("administrative.continued-questioning/hard-to-confirm", "2026-03-03T10:00");
		EXTENDED.put("administrative.continued-questioning/identity-unknown", "2026-03-04T10:00"); // 48 h
		EXTENDED.put("administrative.public-order.case-period/superior-1", "2026-05-07T00:00"); // 60 days
		EXTENDED.put("administrative.public-order.case-period/superior-2", "2026-05-07T00:00");
		EXTENDED.put("administrative.seizure.period/complex", "2026-05-07T00:00");
		EXTENDED.put("criminal.prosecution-review/major-complex", "2026-04-18T00:00"); // 1 month + 15 days → Fri 04-17
		EXTENDED.put("administrative.on-the-spot.filing/traffic-police", "2026-03-05T00:00"); // 2 days in total
		EXTENDED.put("administrative.penalty.limitation/health-or-finance", "2031-03-03T00:00"); // 5 years
	}

	private final DeadlineCalculator calculator = new DeadlineCalculator(OfficialCalendar.of2025And2026());

	@Autowired
	Deadlines deadlines;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everySeededRuleHasAHandWorkedDueTime() {
		assertThat(new TreeSet<>(jdbc.sql("SELECT DISTINCT code FROM period_rule").query(String.class).list()))
			.isEqualTo(new TreeSet<>(DUE.keySet()));
		assertThat(new TreeSet<>(jdbc.sql("SELECT rule_code || '/' || code FROM period_rule_extension WHERE rule_version = 1")
			.query(String.class).list())).isEqualTo(new TreeSet<>(EXTENDED.keySet()));
	}

	@Test
	void everySeededRuleComputesItsDueTimeAndCitesItsBasis() {
		Map<String, String> computed = new HashMap<>();
		DUE.keySet().forEach(code -> computed.put(code, local(compute(code, DeadlineContext.none()).dueAt())));
		assertThat(computed).isEqualTo(DUE);
		DUE.keySet().forEach(code -> {
			Deadline deadline = compute(code, DeadlineContext.none());
			assertThat(deadline.basis()).as(code).contains(seeded(code).basis()).contains("依据");
			assertThat(deadline.ruleVersion()).isEqualTo(1);
		});
	}

	@Test
	void everySeededExtensionComputesItsDueTime() {
		Map<String, String> computed = new HashMap<>();
		EXTENDED.keySet().forEach(key -> {
			String[] parts = key.split("/");
			computed.put(key, local(compute(parts[0], DeadlineContext.none().withExtensions(parts[1])).dueAt()));
		});
		assertThat(computed).isEqualTo(EXTENDED);
	}

	@Test
	void everySeededRuleCitesAnArticleAndTheRowOfTheDeadlinesTableOrIsMarkedAsBureauPolicy() {
		DUE.keySet().forEach(code -> {
			PeriodRule rule = seeded(code);
			if ("本局制度".equals(rule.source())) {
				assertThat(rule.certainty()).as(code).isEqualTo(Certainty.U);
				return;
			}
			assertThat(rule.basis()).as(code).containsPattern("《[^》]+》");
			assertThat(rule.source()).as(code).startsWith("期限表第");
		});
	}

	private Deadline compute(String code, DeadlineContext context) {
		return calculator.compute(seeded(code), START, context);
	}

	private PeriodRule seeded(String code) {
		return deadlines.versions(code).stream().filter(r -> r.version() == 1).findFirst().orElseThrow();
	}

	private static String local(Instant instant) {
		return instant.atZone(DeadlineCalculator.ZONE).toLocalDateTime().toString();
	}
}
