package org.zhifa.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhifa.DemoActors;
import org.zhifa.TestActors;
import org.zhifa.officer.NewOfficer;
import org.zhifa.officer.OfficerKind;
import org.zhifa.officer.OfficerManagement;
import org.zhifa.officer.Qualification;
import org.zhifa.officer.QualificationLevel;
import org.zhifa.officer.Role;

/** What the evidence tests share: acting as a demo account, and a fresh qualified officer of a station to wear a camera. */
final class EvidenceTestSupport {

	private EvidenceTestSupport() {
	}

	/** The work's result, done as the demo account. */
	static <T> T as(JdbcClient jdbc, String username, Supplier<T> work) {
		List<T> result = new ArrayList<>();
		TestActors.runAs(DemoActors.account(jdbc, username), () -> result.add(work.get()));
		return result.getFirst();
	}

	/** A new case officer of the station with a random badge (registered by the system). */
	static UUID newOfficer(OfficerManagement officers, String namePrefix, UUID station) {
		SecurityContextHolder.clearContext();
		String badge = String.valueOf(600000 + ThreadLocalRandom.current().nextInt(299999));
		LocalDate today = LocalDate.now();
		return officers.register(new NewOfficer(namePrefix + badge, badge, OfficerKind.SWORN, station, Set.of(Role.CASE_OFFICER), false, null, null,
				new Qualification(QualificationLevel.BASIC, today.minusYears(1), today.plusYears(2)))).id();
	}
}
