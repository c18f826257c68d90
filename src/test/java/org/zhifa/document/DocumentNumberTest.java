package org.zhifa.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The 文号 and the date as official documents print them. */
class DocumentNumberTest {

	@Test
	void criminalNumberCarriesCategoryWordYearAndFiveDigits() {
		assertThat(new DocumentNumber("示公", "刑", "拘", 2026, 123).text()).isEqualTo("示公(刑)拘字〔2026〕00123号");
	}

	@Test
	void numberOfADocumentUsedInBothKindsOfCaseHasNoCategory() {
		assertThat(new DocumentNumber("示公城", null, "受", 2026, 7).text()).isEqualTo("示公城受字〔2026〕00007号");
	}

	@Test
	void sequenceOutsideTheFiveDigitsIsRefused() {
		assertThatThrownBy(() -> new DocumentNumber("示公", "行", "罚决", 2026, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new DocumentNumber("示公", "行", "罚决", 2026, 100_000)).isInstanceOf(IllegalArgumentException.class);
		assertThat(new DocumentNumber("示公", "行", "罚决", 2026, 99_999).text()).isEqualTo("示公(行)罚决字〔2026〕99999号");
	}

	@Test
	void dateIsWrittenInChineseNumerals() {
		assertThat(OfficialDate.of(LocalDate.of(2026, 3, 2))).isEqualTo("二〇二六年三月二日");
		assertThat(OfficialDate.of(LocalDate.of(2026, 12, 31))).isEqualTo("二〇二六年十二月三十一日");
		assertThat(OfficialDate.of(LocalDate.of(2030, 10, 10))).isEqualTo("二〇三〇年十月十日");
		assertThat(OfficialDate.of(LocalDate.of(2026, 11, 20))).isEqualTo("二〇二六年十一月二十日");
		assertThat(OfficialDate.of(LocalDate.of(2009, 1, 19))).isEqualTo("二〇〇九年一月十九日");
	}

	@Test
	void defaultAbbreviationTakesTheCityAndTheUnit() {
		var root = new org.zhifa.organization.UnitSummary(java.util.UUID.randomUUID(), "1", "示范市公安局",
				org.zhifa.organization.UnitKind.MUNICIPAL_BUREAU, null, true);
		var station = new org.zhifa.organization.UnitSummary(java.util.UUID.randomUUID(), "2", "城关派出所",
				org.zhifa.organization.UnitKind.POLICE_STATION, root.id(), true);
		assertThat(DocumentIssuers.defaultAbbreviation(java.util.List.of(root))).isEqualTo("示公");
		assertThat(DocumentIssuers.defaultAbbreviation(java.util.List.of(root, station))).isEqualTo("示公城");
		assertThat(DocumentIssuers.defaultName(java.util.List.of(root, station))).isEqualTo("示范市公安局城关派出所");
	}
}
