package org.zhifa.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CitizenIdTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	/** The worked example of GB 11643-1999 Annex: 11010519491231002X. */
	@Test
	void theStandardsOwnExampleIsValidAndReadsAsAWomanBornOn31December1949() {
		CitizenId id = CitizenId.parse("idNumber", "11010519491231002x", TODAY);
		assertThat(id.value()).isEqualTo("11010519491231002X");
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(id.male()).isFalse();
		assertThat(id.regionCode()).isEqualTo("110105");
		assertThat(id.masked()).isEqualTo("1101**********002X");
	}

	@Test
	void aWrongCheckCharacterIsRefused() {
		assertThatThrownBy(() -> CitizenId.parse("idNumber", "110105194912310021", TODAY)).isInstanceOf(InvalidInput.class)
			.hasMessage("公民身份号码校验码错误，请核对");
	}

	@Test
	void wrongLengthLettersAndTheOld15DigitFormAreRefused() {
		assertThat(CitizenId.problem("11010519491231002", TODAY)).startsWith("公民身份号码须为18位");
		assertThat(CitizenId.problem("110105491231002", TODAY)).startsWith("公民身份号码须为18位");
		assertThat(CitizenId.problem("1101051949123100AX", TODAY)).startsWith("公民身份号码须为18位");
	}

	@Test
	void anUnknownProvincePrefixIsRefused() {
		String first17 = "99010519491231002";
		assertThat(CitizenId.problem(first17 + CitizenId.checkCharacter(first17), TODAY)).isEqualTo("公民身份号码的地址码无效：990105");
	}

	@Test
	void impossibleAndFutureBirthDatesAreRefused() {
		assertThat(CitizenId.problem(withCheck("11010520230229001"), TODAY)).isEqualTo("公民身份号码中的出生日期无效：20230229");
		assertThat(CitizenId.problem(withCheck("11010520240229001"), TODAY)).isNull();
		assertThat(CitizenId.problem(withCheck("11010520261123001"), TODAY)).isEqualTo("公民身份号码中的出生日期不合理：2026-11-23");
		assertThat(CitizenId.problem(withCheck("11010518991231001"), TODAY)).startsWith("公民身份号码中的出生日期不合理");
	}

	@Test
	void aPersonIsAMinorUntilTheEighteenthBirthday() {
		CitizenId id = CitizenId.parse("idNumber", withCheck("44030420081122001"), TODAY);
		assertThat(id.male()).isTrue();
		assertThat(id.minorOn(LocalDate.of(2026, 11, 21))).isTrue();
		assertThat(id.minorOn(TODAY)).isFalse();
		assertThat(id.ageOn(TODAY)).isEqualTo(18);
	}

	private static String withCheck(String first17) {
		return first17 + CitizenId.checkCharacter(first17);
	}
}
