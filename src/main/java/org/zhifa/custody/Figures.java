package org.zhifa.custody;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The centre's figures for a period, by handling unit: admissions (and of criminal suspects — the numerator of 入区率,
 * whose denominator, the suspects brought in under a measure, the statistics module takes from cases), average and
 * longest stay of those who left, alarms and alarms per 100 admissions.
 */
public record Figures(Instant from, Instant to, List<Line> units) {

	public record Line(UUID unitId, String unitName, long admissions, long criminalSuspectAdmissions, long discharged, double averageStayMinutes,
			long maxStayMinutes, long alarms, double alarmsPer100Admissions) {
	}
}
