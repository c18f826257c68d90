package org.zhifa.officer;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Builds officers for plain unit tests (no database). */
final class TestOfficers {

	static final UUID UNIT = UUID.randomUUID();
	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	private TestOfficers() {
	}

	static Officer sworn(String name, String badge, @Nullable Qualification qualification) {
		return Officer.register(OfficerId.random(), new NewOfficer(name, badge, OfficerKind.SWORN, UNIT,
				Set.of(Role.CASE_OFFICER), false, null, null, qualification), TODAY);
	}

	static Officer auxiliary(String name, String number) {
		return Officer.register(OfficerId.random(), new NewOfficer(name, number, OfficerKind.AUXILIARY, UNIT,
				Set.of(Role.CASE_OFFICER), false, null, null, null), TODAY);
	}

	static Qualification basicUntil(LocalDate expiresOn) {
		return new Qualification(QualificationLevel.BASIC, LocalDate.of(2020, 1, 1), expiresOn);
	}
}
