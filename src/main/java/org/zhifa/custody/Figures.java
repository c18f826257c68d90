package org.zhifa.custody;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The centre's figures for a period, by handling unit: admissions (and of criminal suspects), 入区率 — of the criminal
 * suspects brought in under 传唤, 拘传 or 刑事拘留 (cases module) or admitted as such, the share admitted to a centre —,
 * average and longest stay of those who left, alarms and alarms per 100 admissions.
 *
 * @param units one line per unit with admissions or suspects brought in; a unit whose suspects never came through a
 *        centre has a line with 入区率 0
 */
public record Figures(Instant from, Instant to, List<Line> units) {

	/**
	 * @param criminalSuspectsBroughtIn distinct (case, party) suspects of criminal cases brought in — the denominator; null
	 *        when the caller's scope does not cover the unit's cases (a centre's staff)
	 * @param criminalSuspectsThroughCentre of those, the ones admitted — the numerator
	 * @param entryRatePercent 入区率 in percent, one decimal; null when nobody was brought in or the denominator is not known
	 */
	public record Line(UUID unitId, String unitName, long admissions, long criminalSuspectAdmissions, @Nullable Long criminalSuspectsBroughtIn,
			long criminalSuspectsThroughCentre, @Nullable Double entryRatePercent, long discharged, double averageStayMinutes, long maxStayMinutes,
			long alarms, double alarmsPer100Admissions) {
	}
}
