package org.zhifa.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One version of a statutory period rule. Rules are data: editing one stores a new version, and every computed
 * {@link Deadline} names the version it used. Versions are numbered from 1.
 *
 * @param trigger the event the period runs from, as it reads in a sentence: 拘留, 传唤到案, 立案
 * @param custodyException when the person is in custody (在押) the period never rolls over a holiday
 * @param basis the legal basis, law name and article, e.g. 《公安机关办理刑事案件程序规定》第一百二十九条
 * @param source where the rule comes from in docs/legal-facts.md, e.g. 期限表第13行
 */
public record PeriodRule(String code, int version, String name, String trigger, PeriodUnit unit, int length,
		Counting counting, RollOver rollOver, boolean custodyException, List<Extension> extensions, String basis,
		Certainty certainty, @Nullable String source, @Nullable String changeReason, @Nullable Instant changedAt,
		@Nullable String changedBy) {

	public PeriodRule {
		extensions = List.copyOf(extensions);
	}

	public Optional<Extension> extension(String extensionCode) {
		return extensions.stream().filter(e -> e.code().equals(extensionCode)).findFirst();
	}

	/** "3日", "12小时". */
	public String period() {
		return unit.of(length);
	}
}
