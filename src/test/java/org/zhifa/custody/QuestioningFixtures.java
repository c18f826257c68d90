package org.zhifa.custody;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.DemoActors;
import org.zhifa.TestActors;
import org.zhifa.cases.Case;
import org.zhifa.cases.CaseFixtures;
import org.zhifa.cases.CaseManagement;
import org.zhifa.cases.NewParty;
import org.zhifa.cases.Party;
import org.zhifa.cases.PartyRole;

/**
 * A suspect of a case brought into a centre by the demo {@code officer} and questioned in a given room over a given span,
 * with {@code custody} (办案中心管理员) doing the security check and information collection — for tests of what happens to
 * questioning sessions elsewhere (their recordings).
 */
public final class QuestioningFixtures {

	private final Admissions admissions;
	private final VisitSteps steps;
	private final Questioning questioning;
	private final CustodyQueries queries;
	private final CaseManagement cases;
	private final JdbcClient jdbc;

	public QuestioningFixtures(Admissions admissions, VisitSteps steps, Questioning questioning, CustodyQueries queries, CaseManagement cases,
			JdbcClient jdbc) {
		this.admissions = admissions;
		this.steps = steps;
		this.questioning = questioning;
		this.queries = queries;
		this.cases = cases;
		this.jdbc = jdbc;
	}

	/** A new suspect of the case, admitted half an hour before {@code start}, questioned in the room from start to end. */
	public QuestioningSession questioned(Case theCase, String suspectName, UUID centerId, UUID roomId, Instant start, Instant end) {
		return end(questioning(theCase, suspectName, centerId, roomId, start), end);
	}

	/** Ends a running session at {@code end}. */
	public QuestioningSession end(QuestioningSession s, Instant end) {
		Visit v = as("officer", () -> queries.get(s.visitId()).visit());
		return as("officer", () -> questioning.end(v.id(), v.version(), s.id(), end, null, null, null));
	}

	/** A new suspect of the case, admitted half an hour before {@code start}, being questioned in the room since then. */
	public QuestioningSession questioning(Case theCase, String suspectName, UUID centerId, UUID roomId, Instant start) {
		Party suspect = cases.addParty(theCase.id(), new NewParty(PartyRole.SUSPECT, suspectName, CaseFixtures.citizenId("19900303")), null);
		UUID staff = jdbc.sql("SELECT officer_id FROM account WHERE username = 'custody'").query(UUID.class).single();
		Visit a = as("officer", () -> admissions.admit(new NewAdmission(centerId, theCase.id(), suspect.id(), null, null, null, VisitReason.SUMMONS,
				start.minus(Duration.ofMinutes(30)), theCase.officerIds(), null)));
		Visit b = as("custody", () -> steps.securityCheck(a.id(), a.version(), start.minus(Duration.ofMinutes(25)), List.of(staff), "无", null,
				List.of(), List.of()));
		Visit c = as("custody", () -> steps.collectInformation(b.id(), b.version(), start.minus(Duration.ofMinutes(20)), List.of(staff),
				Set.of(CollectedItem.PHOTO)));
		return as("officer", () -> questioning.start(c.id(), c.version(), QuestioningKind.INTERROGATION, roomId, theCase.officerIds(), true,
				start));
	}

	private <T> T as(String username, Supplier<T> work) {
		List<T> result = new ArrayList<>();
		TestActors.runAs(DemoActors.account(jdbc, username), () -> result.add(work.get()));
		return result.getFirst();
	}
}
