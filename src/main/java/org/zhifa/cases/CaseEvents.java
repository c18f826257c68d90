package org.zhifa.cases;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case timeline in {@code case_event}: appended, never changed. */
@Repository
class CaseEvents {

	private final JdbcClient jdbc;

	CaseEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(UUID caseId, CaseEvent e) {
		jdbc.sql("""
				INSERT INTO case_event (id, case_id, at, recorded_at, actor_username, actor_name, kind, summary, clocks_started, clocks_stopped)
				VALUES (:id, :caseId, :at, :recordedAt, :username, :name, :kind, :summary, :started, :stopped)""")
			.param("id", UUID.randomUUID()).param("caseId", caseId).param("at", Cases.offset(e.at()))
			.param("recordedAt", Cases.offset(e.recordedAt())).param("username", e.actorUsername()).param("name", e.actorName())
			.param("kind", e.kind()).param("summary", e.summary())
			.param("started", e.clocksStarted().toArray(String[]::new)).param("stopped", e.clocksStopped().toArray(String[]::new))
			.update();
	}

	List<CaseEvent> ofCase(UUID caseId) {
		return jdbc.sql("""
				SELECT at, recorded_at, actor_username, actor_name, kind, summary, clocks_started, clocks_stopped FROM case_event
				WHERE case_id = :c ORDER BY at, seq""").param("c", caseId)
			.query((rs, n) -> new CaseEvent(Cases.instant(rs, "at"), Cases.instant(rs, "recorded_at"), rs.getString("actor_username"),
					rs.getString("actor_name"), rs.getString("kind"), rs.getString("summary"),
					Arrays.asList((String[]) rs.getArray("clocks_started").getArray()),
					Arrays.asList((String[]) rs.getArray("clocks_stopped").getArray())))
			.list();
	}

}
