package org.zhifa.cases;

import java.util.List;

import org.zhifa.calendar.Extension;
import org.zhifa.calendar.StatutoryClock;

/**
 * A case as its page shows it: the case, its 案由, unit and officers, the parties with the measures that may start on
 * each, the measures with their clocks and the acts and extensions still open, the case's own clocks and the timeline.
 */
public record CaseDetails(Case legalCase, Offence offence, String unitName, List<OfficerRef> officers, List<PartyView> parties,
		List<MeasureView> measures, List<StatutoryClock> caseClocks, List<Extension> casePeriodExtensions,
		List<MeasureKind> measuresWithoutParty, List<CaseEvent> timeline) {

	/** An officer by name and 警号. */
	public record OfficerRef(java.util.UUID id, String name, String badgeNumber) {
	}

	/** A party and the measures {@link MeasureOrder} allows on him or her now. */
	public record PartyView(Party party, List<MeasureKind> allowedMeasures, List<StatutoryClock> clocks) {
	}

	/** A measure with all its clocks, the acts that would still stop one, and the extensions its rule allows. */
	public record MeasureView(CoerciveMeasure measure, String partyName, List<StatutoryClock> clocks, List<MeasureAct> openActs,
			List<Extension> extensions) {
	}
}
