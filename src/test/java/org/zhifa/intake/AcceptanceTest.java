package org.zhifa.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.zhifa.shared.InvalidInput;

/**
 * The filing decision's legal order without Spring: one decision, the right kind, a 案由 for every decision that opens a
 * case, 复议 then 复核, times in order.
 */
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
		a.decide(FilingDecision.FILE, null, " XS-0101 ", NOW, NOW);
		assertThat(a.status()).isEqualTo(AcceptanceStatus.FILED);
		assertThat(a.caseId()).isNotNull();
		assertThat(a.offenceCode()).isEqualTo("XS-0101");
		assertThatThrownBy(() -> a.decide(FilingDecision.REFUSE, "情节显著轻微", null, NOW, NOW)).isInstanceOf(StepOutOfOrder.class)
			.hasMessageContaining("已作出决定");
	}

	@Test
	void anAdministrativeAcceptanceProceedsAndIsNeverFiledAsCriminal() {
		Acceptance admin = acceptance(CaseKind.ADMINISTRATIVE);
		assertThatThrownBy(() -> admin.decide(FilingDecision.FILE, null, "XS-0101", NOW, NOW)).isInstanceOf(InvalidInput.class);
		admin.decide(FilingDecision.PROCEED, null, "ZA-0103", NOW, NOW);
		assertThat(admin.status()).isEqualTo(AcceptanceStatus.PROCEEDED);
		assertThat(admin.offenceCode()).isEqualTo("ZA-0103");
		Acceptance criminal = acceptance(CaseKind.CRIMINAL);
		assertThatThrownBy(() -> criminal.decide(FilingDecision.PROCEED, null, "ZA-0103", NOW, NOW)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void aRefusalAndAConversionNeedAReason() {
		Acceptance a = acceptance(CaseKind.CRIMINAL);
		assertThatThrownBy(() -> a.decide(FilingDecision.REFUSE, " ", null, NOW, NOW)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("理由");
		assertThatThrownBy(() -> a.decide(FilingDecision.CONVERT, null, "ZA-0103", NOW, NOW)).isInstanceOf(InvalidInput.class);
		assertThat(a.status()).isEqualTo(AcceptanceStatus.PENDING);
	}

	@Test
	void everyDecisionThatOpensACaseNeedsAnOffenceAndNothingChangesWithoutOne() {
		Acceptance criminal = acceptance(CaseKind.CRIMINAL);
		for (String missing : new String[] { null, "", "  " }) {
			assertThatThrownBy(() -> criminal.decide(FilingDecision.FILE, null, missing, NOW, NOW)).isInstanceOf(InvalidInput.class)
				.hasMessage("立案须选择案由")
				.satisfies(e -> assertThat(((InvalidInput) e).properties().get("errors")).asString().contains("field=offenceCode"));
		}
		assertThatThrownBy(() -> criminal.decide(FilingDecision.CONVERT, "情节轻微", null, NOW, NOW)).isInstanceOf(InvalidInput.class)
			.hasMessage("转为行政案件须选择案由");
		assertThatThrownBy(() -> criminal.decide(FilingDecision.FILE, null, "盗窃", NOW, NOW)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("案由代码格式不正确");
		assertThat(criminal.status()).isEqualTo(AcceptanceStatus.PENDING);
		assertThat(criminal.caseId()).isNull();
		assertThat(criminal.offenceCode()).isNull();
		assertThat(criminal.decidedAt()).isNull();

		Acceptance admin = acceptance(CaseKind.ADMINISTRATIVE);
		assertThatThrownBy(() -> admin.decide(FilingDecision.PROCEED, null, null, NOW, NOW)).isInstanceOf(InvalidInput.class)
			.hasMessage("行政案件受案办理须选择案由");
		assertThat(admin.status()).isEqualTo(AcceptanceStatus.PENDING);

		Acceptance converted = acceptance(CaseKind.CRIMINAL);
		converted.decide(FilingDecision.CONVERT, "情节轻微，不需追究刑事责任", "ZA-0101", NOW, NOW);
		assertThat(converted.offenceCode()).isEqualTo("ZA-0101");
		Acceptance refused = acceptance(CaseKind.CRIMINAL);
		refused.decide(FilingDecision.REFUSE, "没有犯罪事实", null, NOW, NOW);
		assertThat(refused.offenceCode()).isNull();
	}

	@Test
	void anOverturnedRefusalNeedsTheOffenceOfTheCaseItFilesAnUpheldOneDoesNot() {
		Acceptance a = acceptance(CaseKind.CRIMINAL);
		a.decide(FilingDecision.REFUSE, "没有犯罪事实", null, ACCEPTED, NOW);
		a.serveRefusalNotice(ACCEPTED, NOW);
		a.applyForReconsideration(ACCEPTED, NOW);
		assertThatThrownBy(() -> a.decideReconsideration(ChallengeOutcome.OVERTURNED, "应当立案", null, NOW, NOW))
			.isInstanceOf(InvalidInput.class).hasMessage("撤销不予立案、予以立案须选择案由");
		assertThat(a.status()).isEqualTo(AcceptanceStatus.RECONSIDERATION);
		assertThat(a.reconsiderationOutcome()).isNull();
		assertThat(a.reconsiderationDecidedAt()).isNull();
		assertThat(a.caseId()).isNull();
		a.decideReconsideration(ChallengeOutcome.UPHELD, "维持", null, NOW, NOW);
		assertThat(a.status()).isEqualTo(AcceptanceStatus.REFUSED);
		a.applyForReview(NOW, NOW);
		assertThatThrownBy(() -> a.decideReview(ChallengeOutcome.OVERTURNED, null, " ", NOW, NOW)).isInstanceOf(InvalidInput.class)
			.hasMessage("撤销不予立案、予以立案须选择案由");
		assertThat(a.status()).isEqualTo(AcceptanceStatus.REVIEW);
		a.decideReview(ChallengeOutcome.OVERTURNED, null, "XS-0102", NOW, NOW);
		assertThat(a.status()).isEqualTo(AcceptanceStatus.FILED);
		assertThat(a.offenceCode()).isEqualTo("XS-0102");
	}

	@Test
	void aDecisionCannotPrecedeTheAcceptanceNorLieInTheFuture() {
		Acceptance a = acceptance(CaseKind.CRIMINAL);
		assertThatThrownBy(() -> a.decide(FilingDecision.FILE, null, "XS-0101", ACCEPTED.minusSeconds(1), NOW))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("不能早于受案时间");
		assertThatThrownBy(() -> a.decide(FilingDecision.FILE, null, "XS-0101", NOW.plusSeconds(1), NOW))
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
		a.decideReconsideration(ChallengeOutcome.UPHELD, "维持", null, t.plusSeconds(180), NOW);
		assertThat(a.status()).isEqualTo(AcceptanceStatus.REFUSED);
		a.applyForReview(t.plusSeconds(240), NOW);
		assertThat(a.status()).isEqualTo(AcceptanceStatus.REVIEW);
		assertThatThrownBy(() -> a.decideReconsideration(ChallengeOutcome.UPHELD, null, null, NOW, NOW))
			.isInstanceOf(StepOutOfOrder.class);
		a.decideReview(ChallengeOutcome.OVERTURNED, "应当立案", "XS-0101", t.plusSeconds(300), NOW);
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
		a.decideReconsideration(ChallengeOutcome.OVERTURNED, null, "XS-0201", NOW, NOW);
		assertThat(a.status()).isEqualTo(AcceptanceStatus.FILED);
		assertThat(a.offenceCode()).isEqualTo("XS-0201");
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
