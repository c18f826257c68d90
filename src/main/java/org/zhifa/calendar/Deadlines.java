package org.zhifa.calendar;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.audit.AuditRecord;
import org.zhifa.audit.AuditTrail;
import org.zhifa.shared.CurrentActor;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;
import org.zhifa.shared.StaleVersion;

/**
 * The deadline engine's API: other modules (cases, custody, intake) call {@link #compute} with a rule code, the start
 * instant and the facts of their case, and store the returned due time with its rule version and basis. Also reads the
 * period rules and lets an administrator revise one (a new version; older deadlines keep naming the version they used).
 */
@Service
@Transactional(readOnly = true)
public class Deadlines {

	private static final String SUBJECT = "period-rule";

	private final PeriodRules rules;
	private final AuditTrail audit;
	private final Clock clock;
	private final DeadlineInputs inputs;

	Deadlines(PeriodRules rules, AuditTrail audit, Clock clock, DeadlineInputs inputs) {
		this.rules = rules;
		this.inputs = inputs;
		this.audit = audit;
		this.clock = clock;
	}

	/** The due time under the latest version of the rule; unknown rule: 404, unknown extension or bad interval: 400. */
	public Deadline compute(String ruleCode, ZonedDateTime start, DeadlineContext context) {
		PeriodRule rule = inputs.latest(ruleCode).orElseThrow(() -> new NotFound("期间规则", ruleCode));
		return new DeadlineCalculator(inputs.calendar()).compute(rule, start, context);
	}

	/** The latest version of every rule. */
	public List<PeriodRule> rules() {
		return rules.latest();
	}

	/** The latest version of a rule. */
	public PeriodRule rule(String code) {
		return rules.latest(code).orElseThrow(() -> new NotFound("期间规则", code));
	}

	/** Every version of a rule, newest first. */
	public List<PeriodRule> versions(String code) {
		List<PeriodRule> versions = rules.versions(code);
		if (versions.isEmpty()) {
			throw new NotFound("期间规则", code);
		}
		return versions;
	}

	/** Stores the revision as the next version, if the client read the latest ({@code expectedVersion}); audited. */
	@Transactional
	public PeriodRule revise(String code, RuleRevision revision, int expectedVersion) {
		PeriodRule current = rule(code);
		if (current.version() != expectedVersion) {
			throw new StaleVersion("期间规则", code, expectedVersion);
		}
		check(revision);
		PeriodRule next = new PeriodRule(code, current.version() + 1, revision.name().strip(), revision.trigger().strip(),
				revision.unit(), revision.length(), revision.counting(), revision.rollOver(), revision.custodyException(),
				revision.extensions(), revision.basis().strip(), revision.certainty(), current.source(), revision.reason().strip(),
				clock.instant(), CurrentActor.get().username());
		try {
			inputs.forget();
			rules.insert(next);
		}
		catch (DuplicateKeyException race) {
			throw new StaleVersion("期间规则", code, expectedVersion);
		}
		audit.record(AuditRecord.of("period-rule.revised", SUBJECT, code,
				"第" + current.version() + "版 → 第" + next.version() + "版：" + changes(current, next) + "；原因：" + next.changeReason()));
		return next;
	}

	private static void check(RuleRevision revision) {
		Set<String> codes = new HashSet<>();
		for (Extension e : revision.extensions()) {
			if (!codes.add(e.code())) {
				throw new InvalidInput("extensions", "延长情形代码重复：" + e.code());
			}
			if (e.unit() == PeriodUnit.HOURS && revision.unit() != PeriodUnit.HOURS) {
				throw new InvalidInput("extensions", "按日或月计算的期间不能按小时延长：" + e.code());
			}
		}
	}

	private static String changes(PeriodRule before, PeriodRule after) {
		List<String> changes = new ArrayList<>();
		note(changes, "名称", before.name(), after.name());
		note(changes, "起算事件", before.trigger(), after.trigger());
		note(changes, "期间", before.period(), after.period());
		note(changes, "计算方式", before.counting().label(), after.counting().label());
		note(changes, "节假日", before.rollOver().label(), after.rollOver().label());
		note(changes, "在押不顺延", before.custodyException() ? "是" : "否", after.custodyException() ? "是" : "否");
		note(changes, "延长情形", describe(before.extensions()), describe(after.extensions()));
		note(changes, "依据", before.basis(), after.basis());
		note(changes, "核实", before.certainty().name(), after.certainty().name());
		return changes.isEmpty() ? "内容未变" : String.join("；", changes);
	}

	private static void note(List<String> changes, String what, String before, String after) {
		if (!Objects.equals(before, after)) {
			changes.add(what + "：" + before + " → " + after);
		}
	}

	private static String describe(List<Extension> extensions) {
		return extensions.isEmpty() ? "无" : String.join("、", extensions.stream().map(e -> e.name() + e.describe()).toList());
	}
}
