package org.zhifa.supervision.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhifa.cases.CaseClosed;
import org.zhifa.cases.CaseOpened;
import org.zhifa.cases.CoerciveMeasureEnded;
import org.zhifa.cases.CoerciveMeasureStarted;
import org.zhifa.intake.CaseFiled;
import org.zhifa.intake.CaseKind;
import org.zhifa.supervision.StalledCases;

/** Case events → what supervision knows of each case's progress (never the cases module's tables). */
@Component
class CaseActivityFeed {

	private final StalledCases stalledCases;

	CaseActivityFeed(StalledCases stalledCases) {
		this.stalledCases = stalledCases;
	}

	@ApplicationModuleListener
	void on(CaseFiled filed) {
		String label = kind(filed.kind()) + " " + filed.acceptanceNumber() + " " + abbreviated(filed.summary());
		stalledCases.recordFiled(filed.caseId(), label, filed.unitId(), filed.officerIds(), filed.filedAt());
	}

	@ApplicationModuleListener
	void on(CaseOpened opened) {
		stalledCases.recordOpened(opened.caseId(), kind(opened.kind()) + " " + opened.number(), opened.unitId(), opened.filedAt());
	}

	@ApplicationModuleListener
	void on(CoerciveMeasureStarted started) {
		stalledCases.recordProgress(started.caseId(), started.startedAt(), started.kind().label());
	}

	@ApplicationModuleListener
	void on(CoerciveMeasureEnded ended) {
		stalledCases.recordProgress(ended.caseId(), ended.endedAt(), ended.kind().label() + "结束：" + abbreviated(ended.reason()));
	}

	@ApplicationModuleListener
	void on(CaseClosed closed) {
		stalledCases.recordClosed(closed.caseId(), closed.closedAt(), closed.closing().label());
	}

	private static String kind(CaseKind kind) {
		return kind == CaseKind.CRIMINAL ? "刑事案件" : "行政案件";
	}

	private static String abbreviated(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "…";
	}
}
