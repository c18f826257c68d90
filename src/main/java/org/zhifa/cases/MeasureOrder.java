package org.zhifa.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.zhifa.shared.InvalidInput;

/**
 * What may follow what — the legal order of coercive measures, decided from the case and the suspect's measures alone
 * (no database, no clock of its own):
 * <ul>
 * <li>nothing on a closed case; the measure must belong to the case kind (刑事 measures in criminal cases, 询问查证 and
 * 扣押 in administrative ones); measures on a person only against a suspect for whom the investigation goes on;</li>
 * <li>one restraining measure at a time per suspect (刑事拘留, 逮捕, 取保候审, 监视居住): starting 取保候审 or 监视居住 while
 * held changes the measure and ends the custody; 刑事拘留 changes 取保/监视居住; 逮捕 ends the 刑事拘留 it follows;</li>
 * <li>传唤, 拘传 and 询问查证 not while the person is held and not twice at once; 刑事拘留 or 逮捕 ends a running one;</li>
 * <li>提请批准逮捕 only for a suspect in 刑事拘留 and not while one is pending (刑规129); 逮捕 only after the procuratorate
 * approved a request (刑规142) that no arrest has used yet; no change of measure while the procuratorate decides;</li>
 * <li>the start is not in the future, not before the case was filed (for an administrative case: accepted) and not
 * before the measure it replaces began.</li>
 * </ul>
 */
public final class MeasureOrder {

	/** Client and server clocks differ a little; an act "now" may arrive stamped a few seconds ahead. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

	private MeasureOrder() {
	}

	/** The measures a start would end (a change of measure), once it is allowed. */
	public record Decision(List<CoerciveMeasure> superseded) {

		public Decision {
			superseded = List.copyOf(superseded);
		}
	}

	/**
	 * Allows {@code kind} on {@code party} at {@code at}, or throws {@link CaseAlreadyClosed}, {@link MeasureOutOfOrder},
	 * {@link TimeInFuture} or {@link TimeBeforePredecessor}.
	 *
	 * @param measures all measures of the case (only the party's count)
	 */
	public static Decision check(Case c, @Nullable Party party, List<CoerciveMeasure> measures, MeasureKind kind, Instant at,
			Instant now) {
		Decision decision = order(c, party, measures, kind);
		requireNotFuture("startedAt", kind.label() + "开始时间", at, now);
		if (at.isBefore(c.filedAt())) {
			throw new TimeBeforePredecessor("startedAt", kind.label() + "开始时间",
					c.kind() == org.zhifa.intake.CaseKind.ADMINISTRATIVE ? "受案时间" : "立案时间", text(c.filedAt()));
		}
		for (CoerciveMeasure previous : decision.superseded()) {
			if (at.isBefore(previous.startedAt())) {
				throw new TimeBeforePredecessor("startedAt", kind.label() + "开始时间", "变更前的" + previous.kind().label() + "开始时间",
						text(previous.startedAt()));
			}
		}
		if (kind == MeasureKind.ARREST_REQUEST) {
			CoerciveMeasure detention = active(measures, party, MeasureKind.CRIMINAL_DETENTION).orElseThrow();
			if (at.isBefore(detention.startedAt())) {
				throw new TimeBeforePredecessor("startedAt", "提请批准逮捕时间", "刑事拘留时间", text(detention.startedAt()));
			}
		}
		if (kind == MeasureKind.ARREST) {
			CoerciveMeasure approval = unusedApproval(measures, party).orElseThrow();
			if (approval.endedAt() != null && at.isBefore(approval.endedAt())) {
				throw new TimeBeforePredecessor("startedAt", "执行逮捕时间", "检察院批准逮捕时间", text(approval.endedAt()));
			}
		}
		return decision;
	}

	/** The kinds that may start on the party now (the start dialog offers only these). */
	public static List<MeasureKind> allowed(Case c, @Nullable Party party, List<CoerciveMeasure> measures) {
		List<MeasureKind> allowed = new ArrayList<>();
		for (MeasureKind kind : MeasureKind.values()) {
			if (kind.onPerson() != (party != null)) {
				continue;
			}
			try {
				order(c, party, measures, kind);
				allowed.add(kind);
			}
			catch (MeasureOutOfOrder | CaseAlreadyClosed refused) {
				// not offered
			}
		}
		return allowed;
	}

	/** The legal order without the times. */
	static Decision order(Case c, @Nullable Party party, List<CoerciveMeasure> measures, MeasureKind kind) {
		if (!c.open()) {
			throw new CaseAlreadyClosed(c);
		}
		if (kind.caseKind() != c.kind()) {
			throw new MeasureOutOfOrder(kind.label() + "不适用于" + c.kind().label() + "。");
		}
		if (!kind.onPerson()) {
			return new Decision(List.of());
		}
		if (party == null) {
			throw new InvalidInput("partyId", kind.label() + "须指明对象（犯罪嫌疑人/违法嫌疑人）");
		}
		if (!party.suspect()) {
			throw new MeasureOutOfOrder("强制措施只能对嫌疑人采取，" + party.name() + "是" + party.role().label() + "。");
		}
		if (party.terminatedAt() != null) {
			throw new MeasureOutOfOrder("对" + party.name() + "已终止侦查，不能再采取强制措施。");
		}
		String who = party.name();
		Optional<CoerciveMeasure> held = active(measures, party, MeasureKind.CRIMINAL_DETENTION, MeasureKind.ARREST);
		Optional<CoerciveMeasure> pendingRequest = active(measures, party, MeasureKind.ARREST_REQUEST);
		List<CoerciveMeasure> appearances = all(measures, party, MeasureKind.APPEARANCE.toArray(MeasureKind[]::new));
		List<CoerciveMeasure> superseded = new ArrayList<>();
		switch (kind) {
			case SUMMONS, COMPELLED_APPEARANCE, QUESTIONING_PERIOD -> {
				if (held.isPresent()) {
					throw new MeasureOutOfOrder(who + "正处于" + held.get().kind().label() + "中，不能再" + kind.label() + "。");
				}
				if (!appearances.isEmpty()) {
					throw new MeasureOutOfOrder(who + "的" + appearances.get(0).kind().label() + "尚未结束，不能同时" + kind.label() + "。");
				}
			}
			case CRIMINAL_DETENTION -> {
				if (held.isPresent()) {
					throw new MeasureOutOfOrder(who + "已处于" + held.get().kind().label() + "中，同一嫌疑人同时只能有一项羁押措施。");
				}
				superseded.addAll(appearances);
				superseded.addAll(all(measures, party, MeasureKind.BAIL_PENDING_TRIAL, MeasureKind.RESIDENTIAL_SURVEILLANCE));
			}
			case ARREST_REQUEST -> {
				if (active(measures, party, MeasureKind.CRIMINAL_DETENTION).isEmpty()) {
					throw new MeasureOutOfOrder("只能对刑事拘留中的犯罪嫌疑人提请批准逮捕，" + who + "未处于刑事拘留中。");
				}
				if (pendingRequest.isPresent()) {
					throw new MeasureOutOfOrder("对" + who + "的提请批准逮捕正待检察院决定，不能重复提请。");
				}
			}
			case ARREST -> {
				if (active(measures, party, MeasureKind.ARREST).isPresent()) {
					throw new MeasureOutOfOrder(who + "已被逮捕。");
				}
				if (unusedApproval(measures, party).isEmpty()) {
					throw new MeasureOutOfOrder("逮捕须经检察院批准：对" + who + "没有已获批准的提请批准逮捕。");
				}
				superseded.addAll(all(measures, party, MeasureKind.RESTRAINING.toArray(MeasureKind[]::new)));
				superseded.addAll(appearances);
			}
			case BAIL_PENDING_TRIAL, RESIDENTIAL_SURVEILLANCE -> {
				if (pendingRequest.isPresent()) {
					throw new MeasureOutOfOrder("对" + who + "的提请批准逮捕正待检察院决定，决定前不能变更强制措施。");
				}
				if (active(measures, party, kind).isPresent()) {
					throw new MeasureOutOfOrder(who + "已处于" + kind.label() + "中。");
				}
				superseded.addAll(all(measures, party, MeasureKind.RESTRAINING.toArray(MeasureKind[]::new)));
				superseded.addAll(appearances);
			}
			case SEIZURE -> {
			}
		}
		return new Decision(superseded);
	}

	/** An act, a release or an extension happens after what it follows and not in the future. */
	static void requireBetween(String field, String what, Instant at, Instant notBefore, String predecessor, Instant now) {
		requireNotFuture(field, what, at, now);
		if (at.isBefore(notBefore)) {
			throw new TimeBeforePredecessor(field, what, predecessor, text(notBefore));
		}
	}

	static void requireNotFuture(String field, String what, Instant at, Instant now) {
		if (at.isAfter(now.plus(CLOCK_SKEW))) {
			throw new TimeInFuture(field, what);
		}
	}

	static String text(Instant at) {
		return TIME.format(at);
	}

	private static Optional<CoerciveMeasure> active(List<CoerciveMeasure> measures, Party party, MeasureKind... kinds) {
		return all(measures, party, kinds).stream().findFirst();
	}

	private static List<CoerciveMeasure> all(List<CoerciveMeasure> measures, Party party, MeasureKind... kinds) {
		List<MeasureKind> wanted = Arrays.asList(kinds);
		return measures.stream().filter(m -> m.active() && party.id().equals(m.partyId()) && wanted.contains(m.kind())).toList();
	}

	/** An approved 提请批准逮捕 of the party that no later arrest has used. */
	private static Optional<CoerciveMeasure> unusedApproval(List<CoerciveMeasure> measures, @Nullable Party party) {
		if (party == null) {
			return Optional.empty();
		}
		Optional<CoerciveMeasure> approval = measures.stream()
			.filter(m -> party.id().equals(m.partyId()) && m.kind() == MeasureKind.ARREST_REQUEST
					&& m.outcome() == CoerciveMeasure.Outcome.APPROVED)
			.reduce((a, b) -> b);
		if (approval.isEmpty()) {
			return approval;
		}
		Instant approvedAt = approval.get().startedAt();
		boolean used = measures.stream().anyMatch(m -> party.id().equals(m.partyId()) && m.kind() == MeasureKind.ARREST
				&& !m.startedAt().isBefore(approvedAt));
		return used ? Optional.empty() : approval;
	}
}
