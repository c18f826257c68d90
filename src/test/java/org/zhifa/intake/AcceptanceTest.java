package org.zhifa.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.zhifa.shared.InvalidInput;

/** The filing decision's legal order without Spring: one decision, the right kind, 复议 then 复核, times in order. */
class AcceptanceTest {

	static final Instant NOW = IncidentTest.NOW;
	static final Instant ACCEPTED = NOW.minusSeconds(7200);

	static Acceptance acceptance(CaseKind kind) {
		Incident incident = IncidentTest.incident();
		return Acceptance.accept(UUID.randomUUID(), "S1", "H1", "ABCDEFGH", UUID.randomUUID(), incident, kind,
				List.of(new EvidenceItem("监控录像光盘", 1, "案发时段")), ACCEPTED);
	}

	@Test
	void filingOpensACaseAndCannotBeDecidedTwice() {
		Acceptance a = acceptance(CaseKind.CRIMINAL);
		a.decide(FilingDecision.FILE, null, "0501", NOW, NOW);
		assertThat(a.status()).isEqualTo(AcceptanceStatus.FILED);
		assertThat(a.caseId()).isNotNull();
		assertThat(a.offenceCode()).isEqualTo("0501");
		assertThatThrownBy(() -> a.decide(FilingDecision.REFUSE, "情节显著轻微", null, NOW, NOW)).isInstanceOf(StepOutOfOrder.class)
			.hasMessageContaining("已作出决定");
	}

	@Test
	void anAdministrativeAcceptanceProceedsAndIsNeverFiledAsCriminal() {
		Acceptance admin = acceptance(CaseKind.ADMINISTRATIVE);
		assertThatThrownBy(() -> admin.decide(FilingDecision.FILE, null, null, NOW, NOW)).isInstanceOf(InvalidInput.class);
		admin.decide(FilingDecision.PROCEED, null, null, NOW, NOW);
		assertThat(admin.status()).isEqualTo(AcceptanceStatus.PROCEEDED);
		Acceptance criminal = acceptance(CaseKind.CRIMINAL);
		assertThatThrownBy(() -> criminal.decide(FilingDecision.PROCEED, null, null, NOW, NOW)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void aRefusalAndAConversionNeedAReason() {
		Acceptance a = acceptance(CaseKind.CRIMINAL);
		assertThatThrownBy(() -> a.decide(FilingDecision.REFUSE, " ", null, NOW, NOW)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("理由");
		assertThatThrownBy(() -> a.decide(FilingDecision.CONVERT, null, null, NOW, NOW)).isInstanceOf(InvalidInput.class);
		assertThat(a.status()).isEqualTo(AcceptanceStatus.PENDING);
	}

	@Test
	void aDecisionCannotPrecedeTheAcceptanceNorLieInTheFuture() {
		Acceptance a = acceptance(CaseKind.CRIMINAL);
		assertThatThrownBy(() -> a.decide(FilingDecision.FILE, null, null, ACCEPTED.minusSeconds(1), NOW))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("不能早于受案时间");
		assertThatThrownBy(() -> a.decide(FilingDecision.FILE, null, null, NOW.plusSeconds(1), NOW))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("不能晚于当前时间");
	}

	@Test
	void reconsiderationNeedsTheServedNoticeAndReviewNeedsAnUpheldReconsideration() {
		Acceptance a = acceptance(CaseKind.CRIMINAL);
		Instant t = ACCEPTED.plusSeconds(60);
		a.decide(FilingDecision.REFUSE, "没有犯罪事实", null, t, NOW);
		assertThat(a.caseId()).isNull();
		assertThatThrownBy(() -> a.applyForReconsideration(t.plusSeconds(60), NOW)).isInstanceOf(StepOutOfOrder.class);
		assertThatThrownBy(() -> a.applyForReview(t.plusSeconds(60), NOW)).isInstanceOf(StepOutOfOrder.class);
		a.serveRefusalNotice(t.plusSeconds(60), NOW);
		assertThatThrownBy(() -> a.applyForReconsideration(t, NOW)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("不能早于不予立案通知书送达时间");
		a.applyForReconsideration(t.plusSeconds(120), NOW);
		assertThat(a.status()).isEqualTo(AcceptanceStatus.RECONSIDERATION);
		a.decideReconsideration(ChallengeOutcome.UPHELD, "维持", t.plusSeconds(180), NOW);
		assertThat(a.status()).isEqualTo(AcceptanceStatus.REFUSED);
		a.applyForReview(t.plusSeconds(240), NOW);
		assertThat(a.status()).isEqualTo(AcceptanceStatus.REVIEW);
		assertThatThrownBy(() -> a.decideReconsideration(ChallengeOutcome.UPHELD, null, NOW, NOW)).isInstanceOf(StepOutOfOrder.class);
		a.decideReview(ChallengeOutcome.OVERTURNED, "应当立案", t.plusSeconds(300), NOW);
		assertThat(a.status()).isEqualTo(AcceptanceStatus.FILED);
		assertThat(a.caseId()).isNotNull();
		assertThat(a.decidedAt()).isEqualTo(t.plusSeconds(300));
	}

	@Test
	void anOverturnedReconsiderationFilesTheCase() {
		Acceptance a = acceptance(CaseKind.CRIMINAL);
		a.decide(FilingDecision.REFUSE, "没有犯罪事实", null, ACCEPTED, NOW);
		a.serveRefusalNotice(ACCEPTED, NOW);
		a.applyForReconsideration(ACCEPTED, NOW);
		a.decideReconsideration(ChallengeOutcome.OVERTURNED, null, NOW, NOW);
		assertThat(a.status()).isEqualTo(AcceptanceStatus.FILED);
		assertThatThrownBy(() -> a.applyForReview(NOW, NOW)).isInstanceOf(StepOutOfOrder.class);
	}

	@Test
	void evidenceHandedInNeedsANameAndAPositiveQuantity() {
		Incident incident = IncidentTest.incident();
		assertThatThrownBy(() -> Acceptance.accept(UUID.randomUUID(), "S", "H", "ABCDEFGH", UUID.randomUUID(), incident,
				CaseKind.CRIMINAL, List.of(new EvidenceItem("手机", 0, null)), NOW)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("数量");
	}

	@Test
	void theQueryCodeAvoidsCharactersThatReadAlike() {
		var numbers = new IntakeNumbers(null);
		for (int i = 0; i < 200; i++) {
			assertThat(numbers.queryCode()).hasSize(8).doesNotContain("0", "O", "1", "I").matches("[2-9A-HJ-NP-Z]{8}");
		}
	}
}
