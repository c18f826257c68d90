package org.zhifa.property;

import java.sql.Array;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
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
 * loan is back, the keeping extended, or the item disposed of or transferred. Set-based: one statement raises what holds and is not announced, one clears what no longer
 * holds; each evaluation publishes one event for each. Run by {@code internal.PropertyAlertSweep}.
 */
@Service
public class PropertyAlerts {

	static final String SOURCE = "property";

	private static final String CONDITIONS = """
			WITH cond AS (
			  SELECT 'LOAN_OVERDUE' AS kind, l.id AS subject_id, i.id AS item_id, i.unit_id, i.case_id,
			    ARRAY[l.borrower_id, l.requested_by] AS officer_ids,
			    i.code || ' ' || i.description || '：调用应于 ' || to_char(l.due_back_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')
			      || ' 前归还，尚未归还' AS detail
			  FROM property_loan l JOIN property_item i ON i.id = l.item_id
			  WHERE l.status = 'OUT' AND l.due_back_at < :now
			  UNION ALL
			  SELECT 'CASE_CLOSED_UNDISPOSED', i.id, i.id, i.unit_id, i.case_id, i.seized_by || i.registered_by,
			    i.code || ' ' || i.description || '：案件已于 ' || to_char(i.case_closed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')
			      || ' 结案，财物尚未处置或随案移交'
			  FROM property_item i WHERE i.case_closed_at IS NOT NULL AND i.status NOT IN ('TRANSFERRED', 'DISPOSED')
			  UNION ALL
			  SELECT 'REVIEW_DUE', i.id, i.id, i.unit_id, i.case_id, i.seized_by || i.registered_by,
			    i.code || ' ' || i.description || '：已于 ' || to_char(coalesce(r.due_at, i.registered_at + CAST(:interval AS interval))
			      AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') || ' 到期复核，请延期保管并说明理由，或呈请处置'
			  FROM property_item i LEFT JOIN property_review r ON r.item_id = i.id
			  WHERE i.case_closed_at IS NULL AND i.status NOT IN ('TRANSFERRED', 'DISPOSED')
			    AND coalesce(r.due_at, i.registered_at + CAST(:interval AS interval)) < :now
			)
			""";

	static final String RAISE = CONDITIONS + """
			, raised AS (
			  INSERT INTO property_alert (id, kind, subject_id, item_id, raised_at)
			  SELECT gen_random_uuid(), c.kind, c.subject_id, c.item_id, :now FROM cond c
			  WHERE NOT EXISTS (SELECT 1 FROM property_alert a WHERE a.kind = c.kind AND a.subject_id = c.subject_id AND a.cleared_at IS NULL)
			  ON CONFLICT DO NOTHING
			  RETURNING id, kind, subject_id, raised_at)
			SELECT r.id, r.kind, r.raised_at, c.item_id, c.unit_id, c.case_id, c.officer_ids, c.detail
			FROM raised r JOIN cond c ON c.kind = r.kind AND c.subject_id = r.subject_id""";

	static final String CLEAR = CONDITIONS + """
			UPDATE property_alert a SET cleared_at = :now
			WHERE a.cleared_at IS NULL AND NOT EXISTS (SELECT 1 FROM cond c WHERE c.kind = a.kind AND c.subject_id = a.subject_id)
			RETURNING a.id""";

	private final JdbcClient jdbc;
	private final Reviews reviews;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PropertyAlerts(JdbcClient jdbc, Reviews reviews, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.reviews = reviews;
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
		var at = PropertyItems.offset(now);
		String interval = reviews.interval().toSeconds() + " seconds";
		List<UUID> cleared = jdbc.sql(CLEAR).param("now", at).param("interval", interval).query(UUID.class).list();
		List<Alert> raised = jdbc.sql(RAISE).param("now", at).param("interval", interval).query((rs, n) -> {
			PropertyAlarm.Kind kind = PropertyAlarm.Kind.valueOf(rs.getString("kind"));
			Array officers = rs.getArray("officer_ids");
			return new Alert(SOURCE, rs.getObject("id", UUID.class), "涉案财物预警：" + kind.label(), rs.getString("detail"),
					rs.getObject("unit_id", UUID.class), rs.getObject("case_id", UUID.class),
					Arrays.stream((UUID[]) officers.getArray()).distinct().toList(), "/property/items/" + rs.getObject("item_id", UUID.class),
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
