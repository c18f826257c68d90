package org.zhifa.supervision.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhifa.intake.CaseFiled;
import org.zhifa.supervision.StalledCases;

/** Case events → what supervision knows of each case's progress. */
@Component
class CaseActivityFeed {

	private final StalledCases stalledCases;

	CaseActivityFeed(StalledCases stalledCases) {
		this.stalledCases = stalledCases;
	}

	@ApplicationModuleListener
	void on(CaseFiled filed) {
		String label = (filed.kind() == org.zhifa.intake.CaseKind.CRIMINAL ? "刑事" : "行政") + "案件 " + filed.acceptanceNumber() + " "
				+ abbreviated(filed.summary());
		stalledCases.recordActivity(filed.caseId(), label, filed.unitId(), filed.officerIds(), filed.filedAt(), "立案/受案");
	}

	private static String abbreviated(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "…";
	}
}
