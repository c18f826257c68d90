package org.zhifa.property;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.shared.Visibility;

/**
 * The one definition of the property alarms that are not statutory clocks — 调用逾期未还 (a loan out past its due date),
 * 结案未处置 (the case closed, the item still kept) and 到期复核 (an item kept past its review date, {@link Reviews}) — used by
 * both the custodian's scoped list ({@link PropertyQueries#alarms}) and the 工作台 sweep ({@link PropertyAlerts}), so the two
 * cannot disagree. {@link #HOLDING} is one row per alarm that holds at {@code :now}: its {@code kind}, {@code subject_id}
 * (the loan for 调用逾期未还, else the item), {@code item_id}, {@code due_at} and the {@code officer_ids} it concerns (borrower
 * and requester; else who seized and registered the item).
 */
@Component
class PropertyAlarmConditions {

	static final String HOLDING = """
			SELECT 'LOAN_OVERDUE' AS kind, l.id AS subject_id, l.item_id, l.due_back_at AS due_at, ARRAY[l.borrower_id, l.requested_by] AS officer_ids
			FROM property_loan l
			WHERE l.status = 'OUT' AND l.due_back_at < :now
			UNION ALL
			SELECT 'CASE_CLOSED_UNDISPOSED', i.id, i.id, i.case_closed_at, i.seized_by || i.registered_by
			FROM property_item i
			WHERE i.case_closed_at IS NOT NULL AND i.status NOT IN ('TRANSFERRED', 'DISPOSED')
			UNION ALL
			SELECT 'REVIEW_DUE', i.id, i.id, coalesce(r.due_at, i.registered_at + CAST(:interval AS interval)), i.seized_by || i.registered_by
			FROM property_item i LEFT JOIN property_review r ON r.item_id = i.id
			WHERE i.case_closed_at IS NULL AND i.status NOT IN ('TRANSFERRED', 'DISPOSED')
			  AND coalesce(r.due_at, i.registered_at + CAST(:interval AS interval)) < :now""";

	private final JdbcClient jdbc;
	private final Reviews reviews;

	PropertyAlarmConditions(JdbcClient jdbc, Reviews reviews) {
		this.jdbc = jdbc;
		this.reviews = reviews;
	}

	/** The parameters {@link #HOLDING} needs at {@code now}. */
	Map<String, Object> params(Instant now) {
		Map<String, Object> p = new HashMap<>();
		p.put("now", PropertyItems.offset(now));
		p.put("interval", reviews.interval().toSeconds() + " seconds");
		return p;
	}

	/** The alarms holding at {@code now} on items in the scope, the longest-due first, at most {@code limit}. */
	List<PropertyAlarm> holding(Visibility scope, Instant now, int limit) {
		return jdbc.sql("SELECT " + PropertyItems.COLUMNS + ", h.kind AS alarm_kind, h.due_at AS alarm_due FROM (" + HOLDING + ") h"
				+ " JOIN property_item i ON i.id = h.item_id WHERE TRUE" + PropertyItems.scoped(scope) + " ORDER BY h.due_at, i.code LIMIT :limit")
			.params(params(now)).params(PropertyItems.scopeParams(scope)).param("limit", limit)
			.query((rs, n) -> {
				PropertyItem i = PropertyItems.map(rs, n);
				PropertyAlarm.Kind kind = PropertyAlarm.Kind.valueOf(rs.getString("alarm_kind"));
				Instant due = PropertyItems.instant(rs, "alarm_due");
				return new PropertyAlarm(kind, i.id(), i.code(), i.description(), i.caseLabel(), due, text(kind, due));
			}).list();
	}

	/** What the alarm says, after the item's code and description. */
	static String text(PropertyAlarm.Kind kind, Instant due) {
		String at = Labels.beijing(due);
		return switch (kind) {
			case LOAN_OVERDUE -> "调用应于 " + at + " 前归还，尚未归还";
			case CASE_CLOSED_UNDISPOSED -> "案件已于 " + at + " 结案，财物尚未处置或随案移交";
			case REVIEW_DUE -> "已于 " + at + " 到期复核，请延期保管并说明理由，或呈请处置";
			default -> throw new IllegalArgumentException(kind + " is a clock, not a condition");
		};
	}

	/** The officers of a {@link #HOLDING} row, each once. */
	static List<UUID> officers(ResultSet rs) throws SQLException {
		Array officers = rs.getArray("officer_ids");
		return Arrays.stream((UUID[]) officers.getArray()).distinct().toList();
	}
}
