package org.zhifa.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.officer.TestOfficers.TODAY;
import static org.zhifa.officer.TestOfficers.auxiliary;
import static org.zhifa.officer.TestOfficers.basicUntil;
import static org.zhifa.officer.TestOfficers.sworn;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class EnforcementEligibilityTest {

	private final Officer qualified = sworn("张三", "100001", basicUntil(TODAY.plusYears(2)));
	private final Officer alsoQualified = sworn("李四", "100002", basicUntil(TODAY.plusYears(1)));
	private final Officer unqualified = sworn("王五", "100003", null);
	private final Officer expired = sworn("赵六", "100004", basicUntil(TODAY.minusDays(1)));
	private final Officer expiresToday = sworn("钱七", "100005", basicUntil(TODAY));
	private final Officer helper = auxiliary("孙八", "F100001");
	private final Officer otherHelper = auxiliary("周九", "F100002");

	@Test
	void aSwornOfficerWithAValidQualificationMayAct() {
		assertThat(EnforcementEligibility.alone(qualified, TODAY)).isEqualTo(new Eligibility(true, List.of()));
	}

	@Test
	void aSwornOfficerWithoutAQualificationMayNotAct() {
		assertThat(EnforcementEligibility.alone(unqualified, TODAY).reasons()).containsExactly("王五（警号 100003）未取得执法资格");
	}

	@Test
	void aQualificationExpiredYesterdayNoLongerCounts() {
		var eligibility = EnforcementEligibility.alone(expired, TODAY);
		assertThat(eligibility.eligible()).isFalse();
		assertThat(eligibility.reasons()).containsExactly("赵六（警号 100004）的执法资格已于" + TODAY.minusDays(1) + "过期");
	}

	@Test
	void aQualificationExpiringTodayIsStillValidToday() {
		assertThat(EnforcementEligibility.alone(expiresToday, TODAY).eligible()).isTrue();
		assertThat(EnforcementEligibility.alone(expiresToday, TODAY.plusDays(1)).eligible()).isFalse();
	}

	@Test
	void aQualificationDoesNotCountBeforeTheDayItWasPassed() {
		Officer officer = sworn("吴十", "100006", new Qualification(QualificationLevel.BASIC, TODAY, TODAY.plusYears(3)));
		assertThat(EnforcementEligibility.alone(officer, TODAY).eligible()).isTrue();
		assertThat(EnforcementEligibility.alone(officer, TODAY.minusDays(1)).reasons())
			.singleElement().asString().contains("尚不具备执法资格");
	}

	@Test
	void anInactiveOfficerMayNotActEvenWithAValidQualification() {
		Officer retired = sworn("郑一", "100007", basicUntil(TODAY.plusYears(2)));
		retired.deactivate("退休");
		assertThat(EnforcementEligibility.alone(retired, TODAY).reasons()).containsExactly("郑一（警号 100007）已停用");
		assertThat(EnforcementEligibility.team(List.of(retired, helper), List.of(), TODAY).reasons())
			.containsExactly("郑一（警号 100007）已停用", "辅警不得单独执法");
	}

	@Test
	void anAuxiliaryNeverActsAlone() {
		var eligibility = EnforcementEligibility.alone(helper, TODAY);
		assertThat(eligibility.eligible()).isFalse();
		assertThat(eligibility.reasons()).containsExactly("辅警不得单独执法");
		assertThat(EnforcementEligibility.team(List.of(helper), List.of(), TODAY).reasons()).containsExactly("辅警不得单独执法");
	}

	@Test
	void twoAuxiliariesTogetherStillMayNotAct() {
		assertThat(EnforcementEligibility.team(List.of(helper, otherHelper), List.of(), TODAY).reasons())
			.containsExactly("辅警不得单独执法");
	}

	@Test
	void anAuxiliaryMayAssistAQualifiedSwornOfficer() {
		assertThat(EnforcementEligibility.team(List.of(qualified, helper), List.of(), TODAY).eligible()).isTrue();
	}

	@Test
	void twoQualifiedSwornOfficersMayActTogether() {
		assertThat(EnforcementEligibility.team(List.of(qualified, alsoQualified), List.of(), TODAY).eligible()).isTrue();
	}

	@Test
	void everyMemberOfATeamMustBeEligibleNotJustOne() {
		var eligibility = EnforcementEligibility.team(List.of(qualified, expired), List.of(), TODAY);
		assertThat(eligibility.eligible()).isFalse();
		assertThat(eligibility.reasons()).singleElement().asString().contains("赵六").contains("过期");
	}

	@Test
	void anAuxiliaryWithAnUnqualifiedSwornOfficerMayNotActAndBothReasonsAreGiven() {
		assertThat(EnforcementEligibility.team(List.of(unqualified, helper), List.of(), TODAY).reasons())
			.containsExactly("王五（警号 100003）未取得执法资格", "辅警不得单独执法");
	}

	@Test
	void anInactiveAuxiliarySpoilsTheTeam() {
		Officer gone = auxiliary("冯二", "F100003");
		gone.deactivate("离职");
		assertThat(EnforcementEligibility.team(List.of(qualified, gone), List.of(), TODAY).reasons())
			.containsExactly("冯二（辅警编号 F100003）已停用");
	}

	@Test
	void anEmptyTeamOrAnUnknownOfficerMayNotAct() {
		assertThat(EnforcementEligibility.team(List.of(), List.of(), TODAY).reasons()).containsExactly("未指定执法人员");
		UUID ghost = UUID.randomUUID();
		assertThat(EnforcementEligibility.team(List.of(qualified), List.of(ghost), TODAY).reasons())
			.containsExactly("人员不存在：" + ghost);
	}
}
