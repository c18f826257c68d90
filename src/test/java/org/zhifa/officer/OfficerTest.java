package org.zhifa.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhifa.officer.TestOfficers.TODAY;
import static org.zhifa.officer.TestOfficers.UNIT;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhifa.organization.UnitId;
import org.zhifa.shared.InvalidInput;

class OfficerTest {

	private static NewOfficer newOfficer(String badge, OfficerKind kind, Set<Role> roles, LegalOfficerDesignation designation) {
		return new NewOfficer("张三", badge, kind, UNIT, roles, false, designation, null, null);
	}

	@Test
	void aRegisteredOfficerIsActiveInItsUnitAndTheRegistrationIsAnEvent() {
		OfficerId id = OfficerId.random();
		Officer officer = Officer.register(id, new NewOfficer(" 张三 ", "012345", OfficerKind.SWORN, UNIT,
				Set.of(Role.CASE_OFFICER), true, null, "13800001111", null), TODAY);

		assertThat(officer.name()).isEqualTo("张三");
		assertThat(officer.isActive()).isTrue();
		assertThat(officer.summary()).isEqualTo(new OfficerSummary(id.value(), "张三", "012345", OfficerKind.SWORN, UNIT,
				Set.of(Role.CASE_OFFICER), true, null));
		assertThat(officer.pullEvents()).containsExactly(new OfficerRegistered(id.value(), "012345", OfficerKind.SWORN, UNIT));
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345", "1234567", "F12345", "A12345", "１２３４５６", "" })
	void aSwornOfficersBadgeNumberIsSixDigits(String badge) {
		assertThatThrownBy(() -> Officer.register(OfficerId.random(), newOfficer(badge, OfficerKind.SWORN, Set.of(), null), TODAY))
			.isInstanceOf(InvalidInput.class)
			.hasMessage("民警警号须为6位数字");
	}

	@ParameterizedTest
	@ValueSource(strings = { "123456", "F12345", "F1234567", "X123456" })
	void anAuxiliarysNumberIsFFollowedBySixDigits(String number) {
		assertThatThrownBy(() -> Officer.register(OfficerId.random(), newOfficer(number, OfficerKind.AUXILIARY, Set.of(), null), TODAY))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("辅警编号须为字母F加6位数字");
	}

	@Test
	void anAuxiliarysNumberIsNormalisedToUpperCase() {
		Officer auxiliary = Officer.register(OfficerId.random(), newOfficer(" f000123", OfficerKind.AUXILIARY, Set.of(), null), TODAY);
		assertThat(auxiliary.badgeNumber()).isEqualTo("F000123");
	}

	@Test
	void aLegalOfficerNeedsADesignationAndOnlyALegalOfficerMayHaveOne() {
		assertThatThrownBy(() -> Officer.register(OfficerId.random(),
				newOfficer("100001", OfficerKind.SWORN, Set.of(Role.LEGAL_OFFICER), null), TODAY))
			.isInstanceOf(LegalOfficerWithoutDesignation.class);
		assertThatThrownBy(() -> Officer.register(OfficerId.random(),
				newOfficer("100002", OfficerKind.SWORN, Set.of(Role.CASE_OFFICER), LegalOfficerDesignation.FULL_TIME), TODAY))
			.isInstanceOf(DesignationWithoutLegalOfficerRole.class);

		Officer legal = Officer.register(OfficerId.random(),
				newOfficer("100003", OfficerKind.SWORN, Set.of(Role.LEGAL_OFFICER), LegalOfficerDesignation.STATIONED), TODAY);
		assertThat(legal.designation()).isEqualTo(LegalOfficerDesignation.STATIONED);
		assertThatThrownBy(() -> legal.assignRoles(Set.of(Role.CASE_OFFICER), LegalOfficerDesignation.STATIONED))
			.isInstanceOf(DesignationWithoutLegalOfficerRole.class);
		legal.pullEvents();
		assertThat(legal.assignRoles(Set.of(Role.CASE_OFFICER), null)).isTrue();
		assertThat(legal.designation()).isNull();
		assertThat(legal.pullEvents()).containsExactly(new OfficerRolesChanged(legal.id().value(), Set.of(Role.CASE_OFFICER), null));
		assertThat(legal.assignRoles(EnumSet.of(Role.CASE_OFFICER), null)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "LEGAL_OFFICER", "DEPARTMENT_HEAD", "LEGAL_REVIEWER", "BUREAU_LEADER", "INSPECTOR" })
	void auxiliariesHoldNoReviewApprovalLeadershipOrInspectionRole(Role role) {
		var designation = role == Role.LEGAL_OFFICER ? LegalOfficerDesignation.PART_TIME : null;
		assertThatThrownBy(() -> Officer.register(OfficerId.random(), newOfficer("F100001", OfficerKind.AUXILIARY, Set.of(role),
				designation), TODAY))
			.isInstanceOf(RoleNotOpenToAuxiliaries.class);
	}

	@Test
	void auxiliariesMayHoldAssistingRoles() {
		Officer auxiliary = Officer.register(OfficerId.random(), newOfficer("F100002", OfficerKind.AUXILIARY,
				Set.of(Role.CASE_OFFICER, Role.CUSTODY_STAFF, Role.PROPERTY_CUSTODIAN, Role.CASE_MANAGEMENT), null), TODAY);
		assertThat(auxiliary.roles()).hasSize(4);
	}

	@Test
	void theQualificationExpiresAfterItWasPassed() {
		LocalDate day = LocalDate.of(2025, 3, 1);
		assertThatThrownBy(() -> new Qualification(QualificationLevel.BASIC, day, day))
			.isInstanceOf(QualificationExpiryBeforePass.class);
		assertThatThrownBy(() -> new Qualification(QualificationLevel.BASIC, day, day.minusDays(1)))
			.isInstanceOf(QualificationExpiryBeforePass.class)
			.hasMessageContaining("须晚于取得日");
		assertThat(new Qualification(QualificationLevel.BASIC, day, day.plusDays(1)).expiresOn()).isEqualTo(day.plusDays(1));
	}

	@Test
	void aQualificationCannotBeRecordedBeforeItIsPassed() {
		Officer officer = TestOfficers.sworn("李四", "200001", null);
		assertThatThrownBy(() -> officer.qualify(new Qualification(QualificationLevel.BASIC, TODAY.plusDays(1), TODAY.plusYears(3)), TODAY))
			.isInstanceOf(QualificationPassedInFuture.class);
		officer.pullEvents();
		Qualification passedToday = new Qualification(QualificationLevel.INTERMEDIATE, TODAY, TODAY.plusYears(3));
		assertThat(officer.qualify(passedToday, TODAY)).isTrue();
		assertThat(officer.pullEvents()).containsExactly(new OfficerQualified(officer.id().value(),
				QualificationLevel.INTERMEDIATE, TODAY, TODAY.plusYears(3)));
		assertThat(officer.qualify(passedToday, TODAY)).isFalse();
	}

	@Test
	void theQualificationStatusFollowsTheExpiryDate() {
		int warningDays = 30;
		assertThat(QualificationStatus.of(null, TODAY, warningDays)).isEqualTo(QualificationStatus.NONE);
		assertThat(status(TODAY.plusDays(31), warningDays)).isEqualTo(QualificationStatus.VALID);
		assertThat(status(TODAY.plusDays(30), warningDays)).isEqualTo(QualificationStatus.EXPIRING);
		assertThat(status(TODAY, warningDays)).isEqualTo(QualificationStatus.EXPIRING);
		assertThat(status(TODAY.minusDays(1), warningDays)).isEqualTo(QualificationStatus.EXPIRED);
		assertThat(status(TODAY.plusDays(5), 0)).isEqualTo(QualificationStatus.VALID);
	}

	private static QualificationStatus status(LocalDate expiresOn, int warningDays) {
		return QualificationStatus.of(TestOfficers.basicUntil(expiresOn), TODAY, warningDays);
	}

	@Test
	void aTransferIsAnEventAndTheSameUnitIsNoTransfer() {
		Officer officer = TestOfficers.sworn("王五", "300001", null);
		officer.pullEvents();
		UnitId elsewhere = UnitId.of(UUID.randomUUID());
		assertThat(officer.transferTo(UnitId.of(UNIT))).isFalse();
		assertThat(officer.transferTo(elsewhere)).isTrue();
		assertThat(officer.pullEvents()).containsExactly(new OfficerTransferred(officer.id().value(), UNIT, elsewhere.value()));
	}

	@Test
	void theNameIsAtMostThirtyTwoCharactersAndThePhoneElevenDigitsStartingWithOne() {
		Officer officer = TestOfficers.sworn("赵六", "400001", null);
		assertThat(officer.rename("阿".repeat(32))).isTrue();
		assertThatThrownBy(() -> officer.rename("阿".repeat(33))).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> officer.changePhone("23800001111")).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> officer.changePhone("1380000111")).isInstanceOf(InvalidInput.class);
		assertThat(officer.changePhone("13800001111")).isTrue();
		assertThat(officer.changePhone(" ")).isTrue();
		assertThat(officer.phone()).isNull();
	}

	@Test
	void aDeactivatedOfficerIsKeptAsHeWas() {
		Officer officer = TestOfficers.sworn("孙七", "500001", null);
		officer.pullEvents();
		assertThatThrownBy(() -> officer.deactivate(" ")).isInstanceOf(InvalidInput.class);
		officer.deactivate("退休");
		assertThat(officer.isActive()).isFalse();
		assertThat(officer.pullEvents()).containsExactly(new OfficerDeactivated(officer.id().value(), "退休"));
		assertThatThrownBy(() -> officer.deactivate("再次")).isInstanceOf(OfficerNoLongerActive.class);
		assertThatThrownBy(() -> officer.rename("新名字")).isInstanceOf(OfficerNoLongerActive.class);
		assertThatThrownBy(() -> officer.qualify(TestOfficers.basicUntil(TODAY.plusYears(1)), TODAY))
			.isInstanceOf(OfficerNoLongerActive.class);
	}

	@Test
	void auditSummariesNameRolesQualificationsAndMaskPhones() {
		assertThat(OfficerManagement.roles(Set.of(Role.LEGAL_OFFICER, Role.CASE_OFFICER), LegalOfficerDesignation.FULL_TIME))
			.isEqualTo("办案民警、法制员(专职)");
		assertThat(OfficerManagement.roles(Set.of(), null)).isEqualTo("无");
		assertThat(OfficerManagement.qualification(new Qualification(QualificationLevel.BASIC, LocalDate.of(2024, 1, 1),
				LocalDate.of(2027, 1, 1)))).isEqualTo("基本级(2027-01-01到期)");
		assertThat(OfficerManagement.masked("13812345678")).isEqualTo("138****5678");
	}
}
