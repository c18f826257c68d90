package org.zhifa.intake;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.zhifa.shared.SqlArrays;
import org.zhifa.shared.Visibility;

/** The data scope and day-range filters in SQL, shared by the incident and acceptance lists. */
final class ScopeSql {

	private ScopeSql() {
	}

	/** ALL: everything; UNIT / UNIT_AND_BELOW: the visible units; OWN: records the officer handles. */
	static void restrictTo(Visibility visibility, StringBuilder where, Map<String, Object> params) {
		switch (visibility.scope()) {
			case ALL -> {
			}
			case UNIT, UNIT_AND_BELOW -> {
				where.append(" AND unit_id = ANY(CAST(:scopeUnits AS uuid[]))");
				params.put("scopeUnits", SqlArrays.uuids(visibility.unitIds()));
			}
			case OWN -> {
				if (visibility.officerId() == null) {
					where.append(" AND FALSE");
				}
				else {
					where.append(" AND :self = ANY(officer_ids)");
					params.put("self", visibility.officerId());
				}
			}
		}
	}

	static void days(String column, @Nullable LocalDate from, @Nullable LocalDate to, ZoneId zone, StringBuilder where,
			Map<String, Object> params) {
		if (from != null) {
			where.append(" AND ").append(column).append(" >= :fromAt");
			params.put("fromAt", from.atStartOfDay(zone).toOffsetDateTime());
		}
		if (to != null) {
			where.append(" AND ").append(column).append(" < :toAt");
			ZonedDateTime end = to.plusDays(1).atStartOfDay(zone);
			params.put("toAt", end.toOffsetDateTime());
		}
	}
}
