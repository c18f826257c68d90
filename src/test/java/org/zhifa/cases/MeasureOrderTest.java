package org.zhifa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.zhifa.intake.CaseKind;
import org.zhifa.shared.InvalidInput;

/** The legal order of coercive measures, without Spring or a database. */
class MeasureOrderTest {

	private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
	private static final Instant FILED = NOW.minus(Duration.ofDays(5));

	private final Case criminal = legalCase(CaseKind.CRIMINAL, CaseStatus.OPEN);
	private final Case administrative = legalCase(CaseKind.ADMINISTRATIVE, CaseStatus.OPEN);
	private final Party suspect = party(criminal, PartyRole.SUSPECT);
	private final List<CoerciveMeasure> measures = new ArrayList<>();

	@Test
	void aFreshSuspectMayBeSummonedDetainedOrReleasedOnBailButNotArrested() {
		assertThat(MeasureOrder.allowed(criminal, suspect, measures)).containsExactly(MeasureKind.SUMMONS,
				MeasureKind.COMPELLED_APPEARANCE, MeasureKind.CRIMINAL_DETENTION, MeasureKind.BAIL_PENDING_TRIAL,
				MeasureKind.RESIDENTIAL_SURVEILLANCE);
		refused(MeasureKind.ARREST, "检察院批准");
		refused(MeasureKind.ARREST_REQUEST, "刑事拘留中");
	}

	@Test
	void nothingStartsOnAClosedCase() {
		Case closed = legalCase(CaseKind.CRIMINAL, CaseStatus.CLOSED);
		assertThatThrownBy(() -> MeasureOrder.check(closed, suspect, measures, MeasureKind.SUMMONS, NOW, NOW))
			.isInstanceOf(CaseAlreadyClosed.class);
		assertThat(MeasureOrder.allowed(closed, suspect, measures)).isEmpty();
	}

	@Test
	void theMeasureMustFitTheCaseKind() {
		refused(MeasureKind.QUESTIONING_PERIOD, "不适用于刑事案件");
		Party adminSuspect = party(administrative, PartyRole.SUSPECT);
		assertThatThrownBy(() -> MeasureOrder.check(administrative, adminSuspect, measures, MeasureKind.CRIMINAL_DETENTION, NOW, NOW))
			.isInstanceOf(MeasureOutOfOrder.class).hasMessageContaining("不适用于行政案件");
		assertThat(MeasureOrder.allowed(administrative, adminSuspect, measures)).containsExactly(MeasureKind.QUESTIONING_PERIOD);
		assertThat(MeasureOrder.allowed(administrative, null, measures)).containsExactly(MeasureKind.SEIZURE);
	}

	@Test
	void measuresOnAPersonNeedASuspectWhoseInvestigationGoesOn() {
		Party victim = party(criminal, PartyRole.VICTIM);
		assertThatThrownBy(() -> MeasureOrder.check(criminal, victim, measures, MeasureKind.SUMMONS, NOW, NOW))
			.isInstanceOf(MeasureOutOfOrder.class).hasMessageContaining("只能对嫌疑人");
		assertThatThrownBy(() -> MeasureOrder.check(criminal, null, measures, MeasureKind.SUMMONS, NOW, NOW))
			.isInstanceOf(InvalidInput.class);
		Party terminated = new Party(UUID.randomUUID(), criminal.id(), PartyRole.SUSPECT, "王五", null, true, null, false, NOW, 1);
		assertThatThrownBy(() -> MeasureOrder.check(criminal, terminated, measures, MeasureKind.SUMMONS, NOW, NOW))
			.isInstanceOf(MeasureOutOfOrder.class).hasMessageContaining("终止侦查");
	}

	@Test
	void aDetainedSuspectMayBeRequestedForArrestOrChangedButNotDetainedOrSummonedAgain() {
		CoerciveMeasure detention = active(MeasureKind.CRIMINAL_DETENTION, FILED.plus(Duration.ofHours(1)));
		assertThat(MeasureOrder.allowed(criminal, suspect, measures)).containsExactly(MeasureKind.ARREST_REQUEST,
				MeasureKind.BAIL_PENDING_TRIAL, MeasureKind.RESIDENTIAL_SURVEILLANCE);
		refused(MeasureKind.CRIMINAL_DETENTION, "同时只能有一项羁押措施");
		refused(MeasureKind.SUMMONS, "正处于刑事拘留中");
		assertThat(MeasureOrder.check(criminal, suspect, measures, MeasureKind.BAIL_PENDING_TRIAL, NOW, NOW).superseded())
			.containsExactly(detention);
	}

	@Test
	void noSecondRequestAndNoChangeWhileTheProcuratorateDecides() {
		active(MeasureKind.CRIMINAL_DETENTION, FILED.plus(Duration.ofHours(1)));
		active(MeasureKind.ARREST_REQUEST, FILED.plus(Duration.ofDays(2)));
		refused(MeasureKind.ARREST_REQUEST, "不能重复提请");
		refused(MeasureKind.BAIL_PENDING_TRIAL, "决定前不能变更");
		refused(MeasureKind.ARREST, "没有已获批准");
		assertThat(MeasureOrder.allowed(criminal, suspect, measures)).isEmpty();
	}

	@Test
	void arrestFollowsAnApprovedRequestOnceAndEndsTheDetention() {
		CoerciveMeasure detention = active(MeasureKind.CRIMINAL_DETENTION, FILED.plus(Duration.ofHours(1)));
		measures.add(decided(CoerciveMeasure.Outcome.APPROVED, FILED.plus(Duration.ofDays(2)), FILED.plus(Duration.ofDays(4))));
		assertThat(MeasureOrder.allowed(criminal, suspect, measures)).contains(MeasureKind.ARREST);
		assertThat(MeasureOrder.check(criminal, suspect, measures, MeasureKind.ARREST, NOW, NOW).superseded()).containsExactly(detention);
		assertThatThrownBy(() -> MeasureOrder.check(criminal, suspect, measures, MeasureKind.ARREST, FILED.plus(Duration.ofDays(3)), NOW))
			.isInstanceOf(TimeBeforePredecessor.class).hasMessageContaining("检察院批准逮捕时间");

		measures.remove(detention);
		measures.add(detention.ended(FILED.plus(Duration.ofDays(4)), "变更为逮捕", null));
		active(MeasureKind.ARREST, FILED.plus(Duration.ofDays(4)));
		refused(MeasureKind.ARREST, "已被逮捕");
	}

	@Test
	void aRefusedRequestDoesNotAllowArrest() {
		measures.add(decided(CoerciveMeasure.Outcome.REFUSED, FILED.plus(Duration.ofDays(2)), FILED.plus(Duration.ofDays(4))));
		refused(MeasureKind.ARREST, "没有已获批准");
	}

	@Test
	void anApprovalIsUsedByOneArrestOnly() {
		measures.add(decided(CoerciveMeasure.Outcome.APPROVED, FILED.plus(Duration.ofDays(2)), FILED.plus(Duration.ofDays(3))));
		CoerciveMeasure arrest = active(MeasureKind.ARREST, FILED.plus(Duration.ofDays(3)));
		measures.remove(arrest);
		measures.add(arrest.ended(FILED.plus(Duration.ofDays(4)), "变更为取保候审", null));
		active(MeasureKind.BAIL_PENDING_TRIAL, FILED.plus(Duration.ofDays(4)));
		refused(MeasureKind.ARREST, "没有已获批准");
	}

	@Test
	void detentionEndsARunningSummonsAndBail() {
		CoerciveMeasure summons = active(MeasureKind.SUMMONS, FILED.plus(Duration.ofHours(1)));
		refused(MeasureKind.COMPELLED_APPEARANCE, "尚未结束");
		assertThat(MeasureOrder.check(criminal, suspect, measures, MeasureKind.CRIMINAL_DETENTION, NOW, NOW).superseded())
			.containsExactly(summons);
		measures.clear();
		CoerciveMeasure bail = active(MeasureKind.BAIL_PENDING_TRIAL, FILED.plus(Duration.ofHours(1)));
		refused(MeasureKind.BAIL_PENDING_TRIAL, "已处于取保候审中");
		assertThat(MeasureOrder.check(criminal, suspect, measures, MeasureKind.CRIMINAL_DETENTION, NOW, NOW).superseded())
			.containsExactly(bail);
	}

	@Test
	void otherSuspectsMeasuresDoNotCount() {
		Party other = party(criminal, PartyRole.SUSPECT);
		measures.add(new CoerciveMeasure(UUID.randomUUID(), criminal.id(), other.id(), MeasureKind.CRIMINAL_DETENTION,
				CoerciveMeasure.Status.ACTIVE, null, List.of(), FILED, null, null, null, 0));
		assertThat(MeasureOrder.allowed(criminal, suspect, measures)).contains(MeasureKind.CRIMINAL_DETENTION);
	}

	@Test
	void theStartIsNeitherInTheFutureNorBeforeTheFilingNorBeforeWhatItReplaces() {
		assertThatThrownBy(() -> MeasureOrder.check(criminal, suspect, measures, MeasureKind.SUMMONS, NOW.plus(Duration.ofMinutes(5)), NOW))
			.isInstanceOf(TimeInFuture.class);
		assertThat(MeasureOrder.check(criminal, suspect, measures, MeasureKind.SUMMONS, NOW.plusSeconds(30), NOW).superseded()).isEmpty();
		assertThatThrownBy(() -> MeasureOrder.check(criminal, suspect, measures, MeasureKind.SUMMONS, FILED.minusSeconds(60), NOW))
			.isInstanceOf(TimeBeforePredecessor.class).hasMessageContaining("立案时间");
		Party adminSuspect = party(administrative, PartyRole.SUSPECT);
		assertThatThrownBy(() -> MeasureOrder.check(administrative, adminSuspect, measures, MeasureKind.QUESTIONING_PERIOD,
				FILED.minusSeconds(60), NOW)).isInstanceOf(TimeBeforePredecessor.class).hasMessageContaining("受案时间");
		active(MeasureKind.CRIMINAL_DETENTION, FILED.plus(Duration.ofDays(1)));
		assertThatThrownBy(() -> MeasureOrder.check(criminal, suspect, measures, MeasureKind.BAIL_PENDING_TRIAL, FILED.plus(Duration.ofHours(2)), NOW))
			.isInstanceOf(TimeBeforePredecessor.class).hasMessageContaining("变更前的刑事拘留");
		assertThatThrownBy(() -> MeasureOrder.check(criminal, suspect, measures, MeasureKind.ARREST_REQUEST, FILED.plus(Duration.ofHours(2)), NOW))
			.isInstanceOf(TimeBeforePredecessor.class).hasMessageContaining("刑事拘留时间");
	}

	@Test
	void everyKindIsDecidedForEveryStateOfASuspect() {
		// each kind either starts or is refused with a named reason, whatever the suspect's measures: never an unexpected error
		for (MeasureKind held : MeasureKind.values()) {
			measures.clear();
			if (held.onPerson()) {
				active(held, FILED.plus(Duration.ofHours(1)));
			}
			for (MeasureKind kind : MeasureKind.values()) {
				Party target = kind.onPerson() ? suspect : null;
				Case c = kind.caseKind() == CaseKind.CRIMINAL ? criminal : administrative;
				try {
					MeasureOrder.check(c, target, measures, kind, NOW, NOW);
				}
				catch (MeasureOutOfOrder expected) {
					assertThat(expected.detail()).isNotBlank();
				}
			}
		}
	}

	private void refused(MeasureKind kind, String why) {
		assertThatThrownBy(() -> MeasureOrder.check(criminal, suspect, measures, kind, NOW, NOW)).isInstanceOf(MeasureOutOfOrder.class)
			.hasMessageContaining(why);
		assertThat(MeasureOrder.allowed(criminal, suspect, measures)).doesNotContain(kind);
	}

	private CoerciveMeasure active(MeasureKind kind, Instant at) {
		CoerciveMeasure m = new CoerciveMeasure(UUID.randomUUID(), criminal.id(), suspect.id(), kind, CoerciveMeasure.Status.ACTIVE,
				null, List.of(), at, null, null, null, 0);
		measures.add(m);
		return m;
	}

	private CoerciveMeasure decided(CoerciveMeasure.Outcome outcome, Instant requested, Instant decided) {
		return new CoerciveMeasure(UUID.randomUUID(), criminal.id(), suspect.id(), MeasureKind.ARREST_REQUEST,
				CoerciveMeasure.Status.ENDED, outcome, List.of(), requested, decided, "decided", null, 1);
	}

	private static Case legalCase(CaseKind kind, CaseStatus status) {
		return new Case(UUID.randomUUID(), kind, "A110101000000202600001", UUID.randomUUID(), "XS-0101", "案情", "地点", null, null,
				List.of(UUID.randomUUID(), UUID.randomUUID()), FILED.minus(Duration.ofDays(1)), FILED, status,
				status == CaseStatus.CLOSED ? Closing.WITHDRAWN : null, null, status == CaseStatus.CLOSED ? NOW : null, 0);
	}

	private static Party party(Case c, PartyRole role) {
		return new Party(UUID.randomUUID(), c.id(), role, role == PartyRole.SUSPECT ? "张三" : "李四", "110101199003071234", false,
				null, false, (@Nullable Instant) null, 0);
	}
}
