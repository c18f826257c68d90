package org.zhifa.property;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.shared.Alert;
import org.zhifa.shared.AlertsCleared;
import org.zhifa.shared.AlertsRaised;

/**
 * Puts the property alarms that are not statutory clocks on the 工作台 — 调用逾期未还 to the borrower and the requester,
 * 结案未处置 and 到期复核 ({@link Reviews}) to the officers who seized and registered the item — and takes them off when the
 * loan is back, the keeping extended, or the item disposed of or transferred. What holds is {@link PropertyAlarmConditions}'
 * one definition, shared with the custodian's list. Set-based: one statement raises what holds and is not announced, one
 * clears what no longer holds; each evaluation publishes one event for each. Run by {@code internal.PropertyAlertSweep}.
 */
@Service
public class PropertyAlerts {

	static final String SOURCE = "property";

	private static final String CONDITIONS = "WITH cond AS (SELECT h.kind, h.subject_id, h.item_id, h.due_at, h.officer_ids, i.unit_id, i.case_id,"
			+ " i.code, i.description FROM (" + PropertyAlarmConditions.HOLDING + ") h JOIN property_item i ON i.id = h.item_id)\n";

	static final String RAISE = CONDITIONS + """
			, raised AS (
			  INSERT INTO property_alert (id, kind, subject_id, item_id, raised_at)
			  SELECT gen_random_uuid(), c.kind, c.subject_id, c.item_id, :now FROM cond c
			  WHERE NOT EXISTS (SELECT 1 FROM property_alert a WHERE a.kind = c.kind AND a.subject_id = c.subject_id AND a.cleared_at IS NULL)
			  ON CONFLICT DO NOTHING
			  RETURNING id, kind, subject_id, raised_at)
			SELECT r.id, r.kind, r.raised_at, c.item_id, c.unit_id, c.case_id, c.officer_ids, c.code, c.description, c.due_at
			FROM raised r JOIN cond c ON c.kind = r.kind AND c.subject_id = r.subject_id""";

	static final String CLEAR = CONDITIONS + """
			UPDATE property_alert a SET cleared_at = :now
			WHERE a.cleared_at IS NULL AND NOT EXISTS (SELECT 1 FROM cond c WHERE c.kind = a.kind AND c.subject_id = a.subject_id)
			RETURNING a.id""";

	private final JdbcClient jdbc;
	private final PropertyAlarmConditions conditions;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PropertyAlerts(JdbcClient jdbc, PropertyAlarmConditions conditions, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.conditions = conditions;
		this.events = events;
		this.clock = clock;
	}

	/** What one evaluation raised and cleared. */
	public record Evaluation(int raised, int cleared) {
	}

	@Transactional
	public Evaluation evaluate() {
		return evaluateAt(clock.instant());
	}

	@Transactional
	public Evaluation evaluateAt(Instant now) {
		var params = conditions.params(now);
		List<UUID> cleared = jdbc.sql(CLEAR).params(params).query(UUID.class).list();
		List<Alert> raised = jdbc.sql(RAISE).params(params).query((rs, n) -> {
			PropertyAlarm.Kind kind = PropertyAlarm.Kind.valueOf(rs.getString("kind"));
			String detail = rs.getString("code") + " " + rs.getString("description") + "：" + PropertyAlarmConditions.text(kind,
					PropertyItems.instant(rs, "due_at"));
			return new Alert(SOURCE, rs.getObject("id", UUID.class), "涉案财物预警：" + kind.label(), detail, rs.getObject("unit_id", UUID.class),
					rs.getObject("case_id", UUID.class), PropertyAlarmConditions.officers(rs), "/property/items/" + rs.getObject("item_id", UUID.class),
					PropertyItems.instant(rs, "raised_at"));
		}).list();
		if (!cleared.isEmpty()) {
			events.publishEvent(new AlertsCleared(SOURCE, cleared, now, null));
		}
		if (!raised.isEmpty()) {
			events.publishEvent(new AlertsRaised(raised));
		}
		return new Evaluation(raised.size(), cleared.size());
	}
}
